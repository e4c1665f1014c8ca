import { z } from 'zod';
import { systemActor, type Actor } from '../../kernel/actor.js';
import { chinaDate } from '../../kernel/clock.js';
import { ValidationError } from '../../kernel/errors.js';
import { presentPublic, presentRegistry, type Subject } from '../subjects/index.js';
import { audienceFor, isSelf, type GrantTerms } from './audience.js';
import type { ArchiveDeps } from './deps.js';
import { archiveDateInPast, pageTooDeep, subjectNotFound, subjectReferenceInvalid } from './errors.js';
import { granteeOf } from './policy.js';
import { statedPurpose } from './purpose.js';
import { createArchiveRepo, toGrantTerms } from './repo.js';
import { ARCHIVE_CATEGORIES, type ArchiveAudience, type ArchiveOverview, type ArchiveRecordPage, type OverviewQuery, type RecordsQuery, type SubjectReference } from './schema.js';
import { createViewerOf } from './viewer.js';

/** The public pages through at most this many records of a subject (anti-scraping). */
export const PUBLIC_RECORD_DEPTH = 1000;
export const MAX_ARCHIVE_PAGE_SIZE = 50;

/** Who reads which subject, at which level, on which day, for what. */
interface ReadContext {
  subject: Subject;
  audience: ArchiveAudience;
  at: string;
  purpose: string | null;
  /** the grant the read rests on (not for the subject itself) */
  grant: GrantTerms | null;
}

const isoDate = z.iso.date();

/** SPEC §4: a subject's archive (overview and records) as the asking audience may see it; non-public reads are audited. */
export function createArchiveReads(deps: ArchiveDeps) {
  const { database, clock, audit, subjects, records, accounts } = deps;
  const db = database.db;
  const repo = createArchiveRepo();
  const viewerOf = createViewerOf(accounts);

  async function resolveSubject(ref: SubjectReference): Promise<Subject> {
    if ((ref.code === undefined) === (ref.subjectId === undefined)) throw subjectReferenceInvalid();
    // The archive decides who may read what; the registry lookup itself runs with the platform's rights.
    // A miss answers without echoing what was asked (it may be an ID number).
    try {
      return ref.code !== undefined ? await subjects.getByCode(ref.code) : await subjects.getById(systemActor, ref.subjectId!);
    } catch (err) {
      if ((err as { code?: string }).code === 'SUBJECT_NOT_FOUND') throw subjectNotFound();
      throw err;
    }
  }

  async function grantFor(actor: Actor, subjectId: string, today: string): Promise<GrantTerms | null> {
    const grantee = granteeOf(actor);
    if (!grantee || subjectId === actor.subjectId) return null;
    const row = await repo.grantInForce(db, subjectId, grantee.type, grantee.id, today);
    return row ? toGrantTerms(row) : null;
  }

  /** `resolved`: the subject the caller has already looked up (the portal's subject page), instead of `q`'s reference. */
  async function readContext(actor: Actor, q: OverviewQuery, resolved?: Subject): Promise<ReadContext> {
    const today = chinaDate(clock);
    if (q.at !== undefined && !isoDate.safeParse(q.at).success) {
      throw new ValidationError('日期格式应为 YYYY-MM-DD / at must be YYYY-MM-DD', [{ field: 'at', code: 'INVALID_FORMAT', message: 'YYYY-MM-DD' }]);
    }
    const subject = resolved ?? await resolveSubject(q);
    const viewer = await viewerOf(actor);
    const grant = await grantFor(actor, subject.id, today);
    const audience = audienceFor(viewer, subject, grant, today);
    // Persons do not exist for the public (SPEC §4: public views hide persons entirely).
    if (audience === 'public' && subject.type === 'person') throw subjectNotFound();
    const at = q.at ?? today;
    if (audience === 'public' && at < today) throw archiveDateInPast();
    const self = isSelf(viewer, subject.id);
    const usedGrant = audience === 'authorised' && !self ? grant : null;
    const purpose = statedPurpose(audience, q.purpose, { self, grant: usedGrant });
    return { subject, audience, at, purpose, grant: usedGrant };
  }

  /** One entry per read above the public level, in its own transaction, before the data is handed out. */
  async function logRead(actor: Actor, c: ReadContext, details: Record<string, unknown>): Promise<void> {
    if (c.audience === 'public') return;
    await db.transaction().execute((trx) =>
      audit.append(trx, actor, {
        action: 'archive.read', targetType: 'subject', targetId: c.subject.id, subjectId: c.subject.id, purpose: c.purpose,
        details: { audience: c.audience, ...details, ...(c.grant ? { grantId: c.grant.id } : {}) },
      }),
    );
  }

  /** The overview's counts from one grouped query (category × polarity), with the grouped rows themselves. */
  async function countOverview(c: ReadContext): Promise<{ body: Pick<ArchiveOverview, 'categories' | 'summary'>; tally: SubjectTally[] }> {
    const tally = await records.tallyForSubject(c.subject.id, { audience: c.audience, at: c.at });
    const byCategory: Record<string, number> = {};
    const summary = { positive: 0, negative: 0, neutral: 0 };
    for (const row of tally) {
      byCategory[row.category] = (byCategory[row.category] ?? 0) + row.count;
      if (row.polarity === 'positive' || row.polarity === 'negative' || row.polarity === 'neutral') summary[row.polarity] += row.count;
    }
    return { body: { categories: ARCHIVE_CATEGORIES.map((k) => ({ ...k, count: byCategory[k.category] ?? 0 })), summary }, tally };
  }

  function presentOverview(c: ReadContext, body: Pick<ArchiveOverview, 'categories' | 'summary'>): ArchiveOverview {
    return c.audience === 'public'
      ? { audience: 'public', subject: presentPublic(c.subject), ...body }
      : { audience: c.audience, subject: presentRegistry(c.subject), ...body };
  }

  function pagingOf(q: Pick<RecordsQuery, 'page' | 'pageSize'>): { page: number; pageSize: number } {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    if (!Number.isInteger(page) || page < 1 || !Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_ARCHIVE_PAGE_SIZE) {
      throw new ValidationError('分页参数无效 / page must be ≥ 1 and pageSize 1-50', [{ field: 'pageSize', code: 'TOO_BIG', message: 'page ≥ 1, pageSize 1-50' }]);
    }
    return { page, pageSize };
  }

  async function readRecords(actor: Actor, c: ReadContext, q: RecordsQuery, page: number, pageSize: number): Promise<ArchiveRecordPage> {
    if (c.audience === 'public' && page * pageSize > PUBLIC_RECORD_DEPTH) throw pageTooDeep();
    const { items, hasMore } = await records.listForSubject(c.subject.id, {
      audience: c.audience, at: c.at, page, pageSize,
      ...(q.category ? { category: q.category } : {}),
      ...(q.typeCodes ? { typeCodes: q.typeCodes } : {}),
    });
    await logRead(actor, c, { view: 'records', ...(q.category ? { category: q.category } : {}), ...(q.typeCodes ? { typeCodes: q.typeCodes } : {}), page });
    return { audience: c.audience, items, page, pageSize, hasMore } as ArchiveRecordPage;
  }

  return {
    /** The summary: the subject, how many records of each category and polarity this audience sees. */
    async overview(actor: Actor, q: OverviewQuery): Promise<ArchiveOverview> {
      const c = await readContext(actor, q);
      const { body } = await countOverview(c);
      await logRead(actor, c, { view: 'overview' });
      return presentOverview(c, body);
    },

    /** A page of records, newest decision first, in the shape of the audience's presenter. */
    async records(actor: Actor, q: RecordsQuery): Promise<ArchiveRecordPage> {
      const { page, pageSize } = pagingOf(q);
      const c = await readContext(actor, q);
      return readRecords(actor, c, q, page, pageSize);
    },

    /**
     * A subject's page in one read: what `overview` and `records` answer (and
     * log) for the same actor, with the subject the caller has already
     * resolved, the audience decided once and the records counted once; the
     * grouped counts (category × polarity) come along for the page's tabs.
     * `records: null` reads no records.
     */
    async subjectPage(actor: Actor, subject: Subject, q: { purpose?: string; at?: string; records: Omit<RecordsQuery, keyof OverviewQuery> | null }): Promise<SubjectPageRead> {
      const paging = q.records === null ? null : pagingOf(q.records);
      const ref: OverviewQuery = { subjectId: subject.id, ...(q.purpose === undefined ? {} : { purpose: q.purpose }), ...(q.at === undefined ? {} : { at: q.at }) };
      const c = await readContext(actor, ref, subject);
      const { body, tally } = await countOverview(c);
      await logRead(actor, c, { view: 'overview' });
      const page = q.records === null || paging === null ? null : await readRecords(actor, c, q.records, paging.page, paging.pageSize);
      return { overview: presentOverview(c, body), tally, records: page };
    },
  };
}

/** Records this audience sees, counted per category and polarity. */
export interface SubjectTally {
  category: string;
  polarity: string;
  count: number;
}

export interface SubjectPageRead {
  overview: ArchiveOverview;
  tally: SubjectTally[];
  records: ArchiveRecordPage | null;
}
