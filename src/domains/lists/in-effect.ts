import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { chinaDate, type Clock } from '../../kernel/clock.js';
import { INDEFINITE } from '../catalog/index.js';
import type { ListEntryRecord, RecordService } from '../records/index.js';
import { entriesRepo, type EntryRow } from './entries-repo.js';
import { createInEffectStatements } from './in-effect-statements.js';
import { listTypeNotFound } from './errors.js';
import type { ListTypes } from './list-types.js';
import { presentPublicSubject, type PublicListPage } from './present.js';
import type { ListEntryView, ListFeed, ListTypeDefinition } from './schema.js';

export interface InEffectDeps {
  db: Kysely<DB>;
  clock: Clock;
  types: ListTypes;
  records: Pick<RecordService, 'listEntryRecords' | 'countListEntryRecords'>;
}

/** Subjects per query: well under both engines' parameter limits. */
const CHUNK = 500;

/** Does a record stand as an entry of a list through this feed (the SQL filter, checked again on the row)? */
function feedTakes(f: ListFeed, r: ListEntryRecord, fields: () => Record<string, unknown>): boolean {
  if (r.typeCode !== f.typeCode) return false;
  if (f.severities && !f.severities.includes(r.severity as never)) return false;
  return !f.fieldEquals || fields()[f.fieldEquals.key] === f.fieldEquals.value;
}

/** An upstream entry's last day: valid-until or publicity end, the earlier; 2099-12-31 and later: no end. */
function upstreamEnd(r: ListEntryRecord): string | null {
  const ends = [r.validUntil, r.publicityEnd].filter((d): d is string => d !== null).sort();
  const end = ends[0] ?? null;
  return end === null || end >= INDEFINITE ? null : end;
}

function officeView(r: EntryRow, t: ListTypeDefinition): ListEntryView {
  return {
    entryId: r.id, listType: t.code, listName: t.name, listNameEn: t.nameEn, kind: t.kind, subjectId: r.subjectId, origin: 'office',
    decisionNo: r.decisionNo, decidedBy: r.decidingAuthority, legalBasis: r.legalBasis, effectiveFrom: r.effectiveFrom!, effectiveTo: r.effectiveTo,
  };
}

function upstreamView(r: ListEntryRecord, t: ListTypeDefinition): ListEntryView {
  return {
    entryId: r.id, listType: t.code, listName: t.name, listNameEn: t.nameEn, kind: t.kind, subjectId: r.subjectId, origin: 'upstream',
    decisionNo: r.docNo, decidedBy: r.departmentName, legalBasis: t.legalBasis.join('；'), effectiveFrom: r.decisionDate, effectiveTo: upstreamEnd(r),
  };
}

/** Each record once per upstream list that takes it. */
function upstreamViews(records: readonly ListEntryRecord[], upstream: readonly ListTypeDefinition[]): ListEntryView[] {
  const views: ListEntryView[] = [];
  for (const r of records) {
    let parsed: Record<string, unknown> | undefined;
    const fields = () => (parsed ??= JSON.parse(r.content) as Record<string, unknown>);
    for (const t of upstream) if (t.feeds.some((f) => feedTakes(f, r, fields))) views.push(upstreamView(r, t));
  }
  return views;
}

/** The list types as an in-effect read needs them. */
interface TypeShape {
  all: readonly ListTypeDefinition[];
  byCode: Map<string, ListTypeDefinition>;
  upstream: ListTypeDefinition[];
  feeds: ListFeed[];
  /** the record types feeding any upstream list, sorted and unique */
  feedTypes: string[];
}

function shapeOf(all: readonly ListTypeDefinition[]): TypeShape {
  const upstream = all.filter((t) => t.origin === 'upstream');
  const feeds = upstream.flatMap((t) => t.feeds);
  return { all, byCode: new Map(all.map((t) => [t.code, t])), upstream, feeds, feedTypes: [...new Set(feeds.map((f) => f.typeCode))].sort() };
}

/**
 * What is in effect on a day, from both origins. Office entries carry their own
 * dates (rules.ts inEffectOn); upstream entries are the records that stand on
 * that day, read at query time: nothing is copied, scheduled or synchronised.
 */
export function createInEffect({ db, clock, types, records }: InEffectDeps) {
  const statements = createInEffectStatements(db);
  let shape: TypeShape | undefined;

  /** types.all() hands out the same definitions while its cache holds: the shape is rebuilt only when they change. */
  async function typeShape(): Promise<TypeShape> {
    const all = await types.all();
    if (!shape || shape.all.length !== all.length || shape.all.some((t, i) => t !== all[i])) shape = shapeOf(all);
    return shape;
  }

  /** Black lists first, then watch, then red (sortOrder); newest first within a list type's rank. */
  const sortViews = (s: TypeShape, views: ListEntryView[]) => {
    const order = (v: ListEntryView) => s.byCode.get(v.listType)?.sortOrder ?? 0;
    return views.sort((a, b) => order(a) - order(b) || b.effectiveFrom.localeCompare(a.effectiveFrom));
  };

  async function many(subjectIds: readonly string[], at: string, opts: { publicOnly?: boolean } = {}): Promise<Map<string, ListEntryView[]>> {
    const s = await typeShape();
    const result = new Map<string, ListEntryView[]>(subjectIds.map((id) => [id, []]));
    const ids = [...result.keys()];
    for (let start = 0; start < ids.length; start += CHUNK) {
      const chunk = ids.slice(start, start + CHUNK);
      const [office, stood] = await Promise.all([
        entriesRepo.inEffectFor(db, chunk, at),
        records.listEntryRecords({ feeds: s.feeds, subjectIds: chunk, at, publicOnly: opts.publicOnly }),
      ]);
      for (const r of office) {
        const t = s.byCode.get(r.listType);
        if (t) result.get(r.subjectId)!.push(officeView(r, t));
      }
      for (const v of upstreamViews(stood, s.upstream)) result.get(v.subjectId)!.push(v);
    }
    for (const views of result.values()) sortViews(s, views);
    return result;
  }

  /** The one-subject form every credit check runs: the same answer as `many`, from two statements compiled once. */
  async function one(subjectId: string, at: string, opts: { publicOnly?: boolean } = {}): Promise<ListEntryView[]> {
    const s = await typeShape();
    const [office, stood] = await Promise.all([
      statements.office(db, subjectId, at),
      s.feedTypes.length > 0 ? statements.upstream(db, s.feedTypes, subjectId, at, opts.publicOnly === true) : [],
    ]);
    const views: ListEntryView[] = [];
    for (const r of office) {
      const t = s.byCode.get(r.listType);
      if (t) views.push(officeView(r, t));
    }
    for (const v of upstreamViews(stood, s.upstream)) views.push(v);
    return sortViews(s, views);
  }

  return {
    /** What was in effect on `at` for a subject, as the data stood then (credit checks rest on this). */
    entriesInEffect: one,

    /** The batch form, for batch checks: every subject asked for is a key, with [] when nothing applies. */
    entriesInEffectMany: many,

    /** How many entries each public list has in effect on `at` (today by default): the public list index. */
    async publicCounts(at: string = chinaDate(clock)): Promise<Map<string, number>> {
      const open = (await types.all()).filter((t) => t.public);
      const office = await entriesRepo.countInEffectByType(db, at);
      const counts = await Promise.all(open.map(async (t) =>
        [t.code, t.origin === 'office' ? (office.get(t.code) ?? 0) : await records.countListEntryRecords({ feeds: t.feeds, at, publicOnly: true })] as const));
      return new Map(counts);
    },

    /**
     * Who is on a public list on `at` (today by default), newest first: for the
     * public list pages and GET /api/v1/lists/{listType}. A list that is not public
     * does not exist here (LIST_TYPE_NOT_FOUND).
     */
    async publicEntries(listType: string, q: { page?: number; pageSize?: number; at?: string } = {}): Promise<PublicListPage> {
      const type = await types.get(listType);
      if (!type.public) throw listTypeNotFound(listType);
      const at = q.at ?? chinaDate(clock);
      const page = q.page ?? 1;
      const pageSize = q.pageSize ?? 20;
      const offset = (page - 1) * pageSize;
      const views = type.origin === 'office'
        ? (await entriesRepo.inEffectOfType(db, type.code, at, pageSize + 1, offset)).map((r) => officeView(r, type))
        : upstreamViews(await records.listEntryRecords({ feeds: type.feeds, subjectIds: null, at, publicOnly: true, limit: pageSize + 1, offset }), [type]);
      const shown = views.slice(0, pageSize);
      const subjects = await entriesRepo.subjects(db, shown.map((v) => v.subjectId));
      const items = shown.flatMap((v) => {
        const s = subjects.get(v.subjectId);
        return s ? [{
          entryId: v.entryId, subject: presentPublicSubject(s), decisionNo: v.decisionNo, decidedBy: v.decidedBy,
          legalBasis: v.legalBasis, effectiveFrom: v.effectiveFrom, effectiveTo: v.effectiveTo,
        }] : [];
      });
      return {
        listType: type.code, name: type.name, nameEn: type.nameEn, kind: type.kind, origin: type.origin, at,
        items, page, pageSize, hasMore: views.length > pageSize,
      };
    },
  };
}
