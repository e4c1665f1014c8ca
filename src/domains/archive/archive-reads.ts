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

  async function readContext(actor: Actor, q: OverviewQuery): Promise<ReadContext> {
    const today = chinaDate(clock);
    if (q.at !== undefined && !isoDate.safeParse(q.at).success) {
      throw new ValidationError('日期格式应为 YYYY-MM-DD / at must be YYYY-MM-DD', [{ field: 'at', code: 'INVALID_FORMAT', message: 'YYYY-MM-DD' }]);
    }
    const subject = await resolveSubject(q);
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

  return {
    /** The summary: the subject, how many records of each category and polarity this audience sees. */
    async overview(actor: Actor, q: OverviewQuery): Promise<ArchiveOverview> {
      const c = await readContext(actor, q);
      const [byCategory, byPolarity] = await Promise.all([
        records.countsForSubject(c.subject.id, { audience: c.audience, at: c.at }),
        records.countsForSubject(c.subject.id, { audience: c.audience, at: c.at, by: 'polarity' }),
      ]);
      const body = {
        categories: ARCHIVE_CATEGORIES.map((k) => ({ ...k, count: byCategory[k.category] ?? 0 })),
        summary: { positive: byPolarity.positive ?? 0, negative: byPolarity.negative ?? 0, neutral: byPolarity.neutral ?? 0 },
      };
      await logRead(actor, c, { view: 'overview' });
      return c.audience === 'public'
        ? { audience: 'public', subject: presentPublic(c.subject), ...body }
        : { audience: c.audience, subject: presentRegistry(c.subject), ...body };
    },

    /** A page of records, newest decision first, in the shape of the audience's presenter. */
    async records(actor: Actor, q: RecordsQuery): Promise<ArchiveRecordPage> {
      const page = q.page ?? 1;
      const pageSize = q.pageSize ?? 20;
      if (!Number.isInteger(page) || page < 1 || !Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_ARCHIVE_PAGE_SIZE) {
        throw new ValidationError('分页参数无效 / page must be ≥ 1 and pageSize 1-50', [{ field: 'pageSize', code: 'TOO_BIG', message: 'page ≥ 1, pageSize 1-50' }]);
      }
      const c = await readContext(actor, q);
      if (c.audience === 'public' && page * pageSize > PUBLIC_RECORD_DEPTH) throw pageTooDeep();
      const { items, hasMore } = await records.listForSubject(c.subject.id, {
        audience: c.audience, at: c.at, page, pageSize,
        ...(q.category ? { category: q.category } : {}),
        ...(q.typeCodes ? { typeCodes: q.typeCodes } : {}),
      });
      await logRead(actor, c, { view: 'records', ...(q.category ? { category: q.category } : {}), ...(q.typeCodes ? { typeCodes: q.typeCodes } : {}), page });
      return { audience: c.audience, items, page, pageSize, hasMore } as ArchiveRecordPage;
    },
  };
}
