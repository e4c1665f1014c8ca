import { createConsumerCursors } from '../../db/consumer-cursors.js';
import type { Database } from '../../db/connect.js';
import type { Actor } from '../../kernel/actor.js';
import type { AuditTrail } from '../../kernel/audit.js';
import { authorize } from '../../kernel/authorize.js';
import { chinaDate, type Clock } from '../../kernel/clock.js';
import type { AccountsService } from '../accounts/index.js';
import type { CatalogService } from '../catalog/index.js';
import type { SubjectService } from '../subjects/index.js';
import { createDrain, type DrainResult } from './drain.js';
import { ratingModelInvalid, ratingModelNotPublished } from './errors.js';
import { inspectionPlan, type InspectionPlan } from './inspection-plan.js';
import { createModelStore } from './model-store.js';
import { pageContextOf } from './page-context.js';
import { canManageModels, isRatingStaff, type RatingViewer } from './policy.js';
import { previewModel, type PreviewOptions, type PreviewResult } from './preview.js';
import { rateAll, type RateAllProgress, type RateAllResult } from './rate-all.js';
import type { PageContext } from './rate-page.js';
import { createRatingRepo, type SubjectFilter } from './rating-repo.js';
import { createSubjectRatings } from './subject-ratings.js';

export interface RatingServiceDeps {
  database: Database;
  clock: Clock;
  audit: AuditTrail;
  catalog: Pick<CatalogService, 'list'>;
  subjects: Pick<SubjectService, 'getByCode'>;
  /** the department kind of staff (the credit office manages models) */
  accounts: Pick<AccountsService, 'getDepartment'>;
}

/**
 * Ratings and classified supervision (SPEC §7, issue 6): versioned models,
 * the engine run on subjects' records, the re-rating queue over the records
 * outbox, previews, grades in use (credit checks, inspection plans) and reads.
 */
export function createRatingService(deps: RatingServiceDeps) {
  const { database, clock, audit } = deps;
  const db = database.db;
  const repo = createRatingRepo(database.dialect);
  const cursors = createConsumerCursors(database.dialect);
  const models = createModelStore({ db, clock, audit, catalog: deps.catalog });

  /** The catalogue's domains per type, read again at most once a minute (types rarely change domain; a new type shows up within the minute). */
  let context: { at: number; ctx: PageContext } | undefined;
  async function pageContext(): Promise<PageContext> {
    if (context && clock.now().getTime() - context.at < 60_000 && clock.now().getTime() >= context.at) return context.ctx;
    const facts = await models.catalogFacts();
    context = { at: clock.now().getTime(), ctx: pageContextOf(database.dialect, repo, new Map([...facts].map(([code, t]) => [code, t.domain]))) };
    return context.ctx;
  }

  async function viewer(actor: Actor): Promise<RatingViewer> {
    const departmentKind = actor.kind !== 'anonymous' && actor.role === 'staff' && actor.departmentId ? (await deps.accounts.getDepartment(actor.departmentId)).kind : null;
    return { ...actor, departmentKind };
  }
  const requireManager = async (actor: Actor, what: string) => authorize(actor, canManageModels(await viewer(actor)), what);

  async function publishedModel(code: string) {
    const model = (await models.published()).find((m) => m.code === code);
    if (model) return model;
    await models.get(code);
    throw ratingModelNotPublished(code);
  }

  // One drain at a time in this process; a call while one runs waits for the next pass, which sees its events.
  let running: Promise<DrainResult> | null = null;
  let queued: Promise<DrainResult> | null = null;
  const drainOnce = createDrain({ db, clock, cursors, context: pageContext, models: () => models.published() });
  function drain(): Promise<DrainResult> {
    if (queued) return queued;
    if (!running) {
      running = drainOnce().finally(() => { running = null; });
      return running;
    }
    queued = running.catch(() => undefined).then(() => {
      queued = null;
      running = drainOnce().finally(() => { running = null; });
      return running;
    });
    return queued;
  }

  const reads = createSubjectRatings({ db, clock, audit, repo, subjects: deps.subjects, models });

  return {
    /** Re-rates what changed: outbox events, newly published versions, ratings due for review. `serve` calls it on a timer. */
    drain,
    /** Resolves when no drain is running (the app waits for it on close). */
    async idle(): Promise<void> {
      await Promise.allSettled([running, queued]);
    },

    listModels: async (actor: Actor) => {
      authorize(actor, isRatingStaff(actor), '查看评价模型');
      return models.list();
    },
    getModel: async (actor: Actor, code: string) => {
      authorize(actor, isRatingStaff(actor), '查看评价模型');
      return models.get(code);
    },
    getVersion: async (actor: Actor, code: string, version: number) => {
      authorize(actor, isRatingStaff(actor), '查看评价模型');
      return models.version(code, version);
    },
    /** Checks a definition without storing it: errors and warnings by path. */
    validate: async (actor: Actor, input: unknown) => {
      authorize(actor, isRatingStaff(actor), '校验评价模型');
      const result = await models.check(input);
      return { valid: result.errors.length === 0, errors: result.errors, warnings: result.warnings };
    },
    createModel: async (actor: Actor, input: unknown) => {
      await requireManager(actor, '新建评价模型');
      return models.create(actor, input);
    },
    createVersion: async (actor: Actor, code: string, input: unknown) => {
      await requireManager(actor, '新建评价模型版本');
      return models.createVersion(actor, code, input);
    },
    publish: async (actor: Actor, code: string, version: number) => {
      await requireManager(actor, '发布评价模型');
      return models.publish(actor, code, version);
    },

    /** A stored version run on all or a sample of subjects; nothing is written. */
    async preview(actor: Actor, code: string, version: number, opts: PreviewOptions = {}): Promise<PreviewResult> {
      await requireManager(actor, '预览评价模型');
      const stored = await models.version(code, version);
      return previewModel({ db, clock, ctx: await pageContext() }, models.compile(stored.definition, version), version, opts);
    },

    /** A definition not stored yet (the console editor), run the same way. */
    async previewDefinition(actor: Actor, input: unknown, opts: PreviewOptions = {}): Promise<PreviewResult> {
      await requireManager(actor, '预览评价模型');
      const check = await models.check(input);
      if (!check.definition || check.errors.length > 0) throw ratingModelInvalid(check.errors);
      return previewModel({ db, clock, ctx: await pageContext() }, models.compile(check.definition, 0), null, opts);
    },

    /** `xinyong rate`: every subject, with every published model or one; `workers` threads (default: the cores; 1 = this thread); audited once. */
    async rateAll(actor: Actor, opts: { model?: string; limit?: number; workers?: number; onProgress?: (p: RateAllProgress) => void } = {}): Promise<RateAllResult> {
      await requireManager(actor, '重新评价');
      const all = await models.published();
      const chosen = opts.model === undefined ? all : [await publishedModel(opts.model)];
      const result = await rateAll({ db, clock, cursors, ctx: await pageContext() }, chosen, opts);
      await db.transaction().execute((trx) => audit.append(trx, actor, {
        action: 'ratings.rate_all', targetType: 'rating_model', targetId: opts.model ?? null,
        details: { models: result.models, subjects: result.subjects, changed: result.changed, limit: opts.limit ?? null, workers: result.workers },
      }));
      return result;
    },

    async inspectionPlan(actor: Actor, code: string, opts: SubjectFilter & { seed?: string | undefined; maxListed: number }): Promise<InspectionPlan> {
      authorize(actor, isRatingStaff(actor), '查看抽查计划');
      const model = await publishedModel(code);
      return inspectionPlan({ db, repo }, model, { ...opts, seed: opts.seed ?? chinaDate(clock) });
    },

    async distribution(actor: Actor, code: string, opts: SubjectFilter & { by?: 'street' | 'industry' | undefined }) {
      authorize(actor, isRatingStaff(actor), '查看等级分布');
      const model = await publishedModel(code);
      const grades = model.definition.grades.map((g) => g.grade);
      const rows = await repo.distribution(db, code, opts.by ?? null, opts);
      const byKey = new Map<string | null, Map<string, number>>();
      for (const r of rows) {
        const m = byKey.get(r.key) ?? new Map<string, number>();
        m.set(r.grade, (m.get(r.grade) ?? 0) + r.n);
        byKey.set(r.key, m);
      }
      const line = (key: string | null, counts: Map<string, number>) => ({
        key, total: [...counts.values()].reduce((a, b) => a + b, 0), grades: grades.map((grade) => ({ grade, count: counts.get(grade) ?? 0 })),
      });
      const overall = new Map<string, number>();
      for (const r of rows) overall.set(r.grade, (overall.get(r.grade) ?? 0) + r.n);
      const lines = [...byKey].map(([key, counts]) => line(key, counts))
        .sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : a.key.localeCompare(b.key)));
      const total = line(null, overall);
      return { model: code, version: model.version, by: opts.by ?? null, grades, rows: opts.by ? lines : [], total: { total: total.total, grades: total.grades } };
    },

    forSubject: reads.forSubject,
    history: reads.history,
    gradesAt: reads.gradesAt,
    ensurePresets: models.ensurePresets,
  };
}

export type RatingService = ReturnType<typeof createRatingService>;
