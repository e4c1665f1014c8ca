import type { Database } from '../../db/connect.js';
import { chinaDate, type Clock } from '../../kernel/clock.js';
import { normalizeCode } from '../identifiers/index.js';
import { isPublicOn, type CatalogService, type RecordTypeDefinition } from '../catalog/index.js';
import type { ListEntryView, ListService, PublicListPage } from '../lists/index.js';
import { presentPublicRecord, toStoredRecord } from '../records/index.js';
import { createDisclosureRepo, type ListedRow } from './repo.js';
import {
  DISCLOSURE_CATEGORY,
  type DisclosureItem, type DisclosureKind, type DisclosurePage, type DisclosureQuery, type DisclosureSource,
  type ListedSubject, type ListQuery, type PublicListTypes, type PublicTally,
} from './schema.js';

export interface DisclosureServiceDeps {
  database: Database;
  clock: Clock;
  catalog: Pick<CatalogService, 'get'>;
  lists: Pick<ListService, 'types' | 'publicCounts' | 'publicEntries' | 'entriesInEffect'>;
}

/** Persons appear by name and masked ID number only: no code, hence no link to a profile (SPEC §2, §4). */
function listedSubject(row: ListedRow): ListedSubject {
  const person = row.subjectType === 'person';
  return {
    code: person ? null : row.subjectCode,
    name: row.subjectName,
    type: row.subjectType,
    idNumberMasked: person ? row.subjectIdNumberMasked : null,
  };
}

/**
 * Public listings across subjects: the latest 双公示 licences and penalties,
 * and the public credit lists (the lists domain's public list types, and who
 * is on them). Everything here is public information read as the anonymous
 * public would (no actor, nothing to audit); the publicity window and the
 * lists' dates are applied on the day asked, at read time.
 */
export function createDisclosureService(deps: DisclosureServiceDeps) {
  const { database, clock, catalog, lists } = deps;
  const db = database.db;
  const repo = createDisclosureRepo();

  const definitionOf = async (row: Pick<ListedRow, 'typeCode' | 'typeVersion'>): Promise<RecordTypeDefinition> =>
    (await catalog.get(row.typeCode, Number(row.typeVersion))).definition;

  /** Rows → public items, each checked again against the window (the SQL filter and isPublicOn must agree). */
  async function present(rows: ListedRow[], today: string): Promise<DisclosureItem[]> {
    const items: DisclosureItem[] = [];
    for (const row of rows) {
      const record = toStoredRecord(row);
      if (record.status !== 'active' || !isPublicOn(record.publicityEnd, today)) continue;
      items.push({ ...presentPublicRecord(record, await definitionOf(row)), subject: listedSubject(row) });
    }
    return items;
  }

  return {
    /** The day public views are judged on when none is asked for: today in China. */
    today(): string {
      return chinaDate(clock);
    },

    /** The latest public licences or penalties of every subject, newest decision first, optionally by source department and decision dates. */
    async latest(kind: DisclosureKind, query: DisclosureQuery, at?: string): Promise<DisclosurePage> {
      const today = at ?? chinaDate(clock);
      const { page, pageSize } = query;
      const empty = { kind, items: [], page, pageSize, hasMore: false };
      let departmentId: string | null = null;
      if (query.department !== undefined) {
        departmentId = await repo.departmentIdByCode(db, normalizeCode(query.department));
        if (departmentId === null) return empty;
      }
      const rows = await repo.latest(db, {
        category: DISCLOSURE_CATEGORY[kind], today, departmentId, from: query.from ?? null, to: query.to ?? null,
        limit: pageSize + 1, offset: (page - 1) * pageSize,
      });
      return { kind, items: await present(rows.slice(0, pageSize), today), page, pageSize, hasMore: rows.length > pageSize };
    },

    /** Departments whose records the 双公示 listings may be filtered by. */
    async sources(): Promise<DisclosureSource[]> {
      return repo.sources(db);
    },

    /** The public list types, black first, with how many entries each has in effect on `at` (today by default). */
    async listTypes(at?: string): Promise<PublicListTypes> {
      const day = at ?? chinaDate(clock);
      const [types, counts] = await Promise.all([lists.types(), lists.publicCounts(day)]);
      const items = types.filter((t) => t.public).map((t) => ({
        code: t.code, name: t.name, nameEn: t.nameEn, kind: t.kind, origin: t.origin, legalBasis: t.legalBasis,
        decidingAuthority: t.decidingAuthority, count: counts.get(t.code) ?? 0,
      }));
      return { at: day, items };
    },

    /** Who is on a public list on `at` (today by default), newest first. An unknown or non-public type is LIST_TYPE_NOT_FOUND. */
    async listEntries(listType: string, query: ListQuery, at?: string): Promise<PublicListPage> {
      return lists.publicEntries(listType, { page: query.page, pageSize: query.pageSize, at: at ?? chinaDate(clock) });
    },

    /** The public lists a subject is on, on `at` (today by default): office and upstream entries alike, black first. */
    async listEntriesOf(subjectId: string, at?: string): Promise<ListEntryView[]> {
      const day = at ?? chinaDate(clock);
      const [types, entries] = await Promise.all([lists.types(), lists.entriesInEffect(subjectId, day, { publicOnly: true })]);
      const open = new Set(types.filter((t) => t.public).map((t) => t.code));
      return entries.filter((e) => open.has(e.listType));
    },

    /** What one subject has in public view today, per record type. (The portal's 信用概览 and tab counts come from `archive.subjectPage`, one grouped count per page.) */
    async tallyForSubject(subjectId: string, at?: string): Promise<PublicTally[]> {
      return repo.tallyForSubject(db, subjectId, at ?? chinaDate(clock));
    },
  };
}

export type DisclosureService = ReturnType<typeof createDisclosureService>;
