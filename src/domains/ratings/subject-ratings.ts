import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../kernel/actor.js';
import type { AuditTrail } from '../../kernel/audit.js';
import { authorize } from '../../kernel/authorize.js';
import { NotFoundError } from '../../kernel/errors.js';
import type { Clock } from '../../kernel/clock.js';
import type { SubjectService } from '../subjects/index.js';
import type { Explanation } from './engine/index.js';
import { fromHundredths } from './engine/index.js';
import type { ModelStore } from './model-store.js';
import { isRatingStaff, isSelf, seesFactors, visibleDisclosures } from './policy.js';
import { presentFullRating, presentPublicRating, type RatingView } from './present.js';
import type { RatingRepo } from './rating-repo.js';
import type { RatingHistory, SubjectRatings } from './schema.js';
import { subjectReads } from './subject-reads.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const notFound = () => new NotFoundError('SUBJECT_NOT_FOUND', '未找到主体 / no such subject');

/** A date (YYYY-MM-DD, the end of that day in China) or an ISO time, as the ISO instant ratings are compared with. */
export function instantOf(at: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(at)) return new Date(`${at}T23:59:59.999+08:00`).toISOString();
  const t = new Date(at);
  if (Number.isNaN(t.getTime())) throw new Error(`not a date or time: ${at}`);
  return t.toISOString();
}

/** A subject's grades as each audience may see them, its rating history, and the grades in force at a time (credit checks). */
export function createSubjectRatings(deps: { db: Kysely<DB>; clock: Clock; audit: AuditTrail; repo: RatingRepo; subjects: Pick<SubjectService, 'getByCode'>; models: ModelStore }) {
  const { db, audit, repo, models } = deps;

  /** By code; staff may also name a subject by id (persons have no code). Persons are never shown to the public. */
  async function resolve(actor: Actor, code: string): Promise<{ id: string; code: string | null; name: string; type: string }> {
    if (UUID.test(code)) {
      const s = await subjectReads.byId(db, code.toLowerCase());
      if (!s || !(isRatingStaff(actor) || isSelf(actor, s.id))) throw notFound();
      return s;
    }
    const s = await deps.subjects.getByCode(code);
    if (s.type === 'person' && !(isRatingStaff(actor) || isSelf(actor, s.id))) throw notFound();
    return s;
  }

  return {
    /** Current grades of the models this audience may see: the public gets grades, meanings and factor labels; staff and the subject itself every factor with its records (audited). */
    async forSubject(actor: Actor, code: string, opts: { purpose?: string | undefined } = {}): Promise<SubjectRatings> {
      const subject = await resolve(actor, code);
      const visible = visibleDisclosures(actor, subject.id);
      const current = await repo.currentOfSubject(db, subject.id);
      const explanations = await repo.explanations(db, current.map((c) => c.ratingId));
      const views: RatingView[] = [];
      for (const c of current) {
        const definition = await models.definitionAt(c.modelCode, c.modelVersion);
        if (!visible.has(definition.disclosure)) continue;
        views.push({ current: c, definition, explanation: JSON.parse(explanations.get(c.ratingId) ?? '{}') as Explanation });
      }
      const head = { code: subject.code, name: subject.name };
      if (!seesFactors(actor, subject.id)) return { audience: 'public', subject: head, ratings: views.map(presentPublicRating) };
      if (!isSelf(actor, subject.id)) {
        await db.transaction().execute((trx) => audit.append(trx, actor, {
          action: 'rating.read', targetType: 'subject', targetId: subject.id, subjectId: subject.id, purpose: opts.purpose ?? null,
          details: { models: views.map((v) => v.current.modelCode) },
        }));
      }
      return { audience: 'full', subject: head, ratings: views.map(presentFullRating) };
    },

    /** Every rating the subject was given, newest first: staff and the subject itself. */
    async history(actor: Actor, code: string, opts: { model?: string | undefined; page: number; pageSize: number }): Promise<RatingHistory> {
      const subject = await resolve(actor, code);
      authorize(actor, isRatingStaff(actor) || isSelf(actor, subject.id), '查看评价历史');
      const rows = await repo.history(db, subject.id, opts.model ?? null, opts.pageSize + 1, (opts.page - 1) * opts.pageSize);
      const visible = visibleDisclosures(actor, subject.id);
      const items = [];
      for (const r of rows.slice(0, opts.pageSize)) {
        if (!visible.has((await models.definitionAt(r.modelCode, r.modelVersion)).disclosure)) continue;
        items.push({ ratingId: r.id, model: r.modelCode, modelVersion: r.modelVersion, grade: r.grade, score: r.score === null ? null : fromHundredths(r.score), ratedOn: r.ratedOn, ratedAt: r.ratedAt, cause: r.cause });
      }
      return { items, page: opts.page, pageSize: opts.pageSize, hasMore: rows.length > opts.pageSize };
    },

    /**
     * The GradesPort of credit checks: per model, the grade of the latest
     * rating given at or before `at` (a date: the end of that day in China;
     * or an ISO time), leaving out models under which the subject was no
     * longer rated then. Sorted by model.
     */
    async gradesAt(subjectId: string, at: string): Promise<Array<{ model: string; grade: string; ratingId: string }>> {
      const rows = await repo.latestAt(db, subjectId, instantOf(at));
      return rows.filter((r) => r.grade !== null).map((r) => ({ model: r.modelCode, grade: r.grade!, ratingId: r.id })).sort((a, b) => a.model.localeCompare(b.model));
    },
  };
}
