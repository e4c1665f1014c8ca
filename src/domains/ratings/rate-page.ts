import type { Kysely } from 'kysely';
import type { Dialect } from '../../db/connect.js';
import type { DB } from '../../db/schema.js';
import { newId } from '../../kernel/ids.js';
import { sha256 } from './explanation-hash.js';
import { explanationIdentity, explanationJson, rateSubject, type CompiledModel, type RatingResult } from './engine/index.js';
import type { RatingRepo, CurrentValues, RatingValues } from './rating-repo.js';
import { countingRecords, type FieldPlan } from './record-reads.js';
import { relevanceOf, type RelevanceSql } from './relevance.js';
import type { SubjectRef } from './subject-reads.js';

export type RatingCause = 'record' | 'review' | 'model' | 'full';

/** Which fields a set of models reads, of which record types. */
export function fieldPlanOf(models: readonly CompiledModel[]): FieldPlan {
  const fields = [...new Set(models.flatMap((m) => [...m.fields]))].sort();
  return { fields, types: models.some((m) => m.fieldsOfAnyType) ? 'all' : new Set(models.flatMap((m) => [...m.fieldTypes])) };
}

export interface PageCounts {
  subjects: number;
  /** (subject, model) pairs rated */
  rated: number;
  /** pairs whose rating changed: a history row was written */
  changed: number;
}

export interface PageContext {
  dialect: Dialect;
  repo: RatingRepo;
  domainOf: ReadonlyMap<string, string>;
  /** the catalogue's record types per domain (for filters on domains pushed into the read) */
  typesOfDomain: ReadonlyMap<string, readonly string[]>;
}

/** What a set of models reads (fields, relevant records), worked out once per context and set of stored model versions. */
const readPlans = new WeakMap<PageContext, Map<string, { fields: FieldPlan; relevance: RelevanceSql | null }>>();
function readPlanOf(ctx: PageContext, models: readonly CompiledModel[]) {
  const key = models.map((m) => `${m.code}@${m.version}`).join(',');
  let plans = readPlans.get(ctx);
  if (!plans) readPlans.set(ctx, (plans = new Map()));
  // Version 0 is a definition not stored (a preview): never cached, its content may differ under the same key.
  let plan = models.every((m) => m.version > 0) ? plans.get(key) : undefined;
  if (!plan) {
    plan = { fields: fieldPlanOf(models), relevance: relevanceOf(models, ctx.typesOfDomain) };
    if (plans.size > 100) plans.clear();
    plans.set(key, plan);
  }
  return plan;
}

/** Runs the models on a page of subjects; `visit` gets every applicable (subject, model) result. Reads only. */
export async function evaluatePage(
  db: Kysely<DB>,
  ctx: PageContext,
  subjects: readonly SubjectRef[],
  models: readonly CompiledModel[],
  date: string,
  visit: (subject: SubjectRef, model: CompiledModel, result: RatingResult | null) => void,
): Promise<void> {
  const plan = readPlanOf(ctx, models);
  const records = await countingRecords(db, ctx.dialect, subjects.map((s) => s.id), date, plan.fields, ctx.domainOf, plan.relevance);
  for (const subject of subjects) {
    const own = records.get(subject.id) ?? [];
    for (const model of models) {
      const applies = (model.definition.subjectTypes as readonly string[]).includes(subject.type);
      visit(subject, model, applies ? rateSubject(model, own, date) : null);
    }
  }
}

/**
 * Re-rates a page of subjects with the models inside the caller's
 * transaction: reads their counting records and current ratings, rates, and
 * writes a history row and the current row only where the result changed
 * (the explanation without its date hashes differently). A result without a
 * grade ends a current rating (a history row with grade null). Idempotent:
 * running it again with nothing changed writes nothing.
 */
export async function ratePage(
  trx: Kysely<DB>,
  ctx: PageContext,
  subjects: readonly SubjectRef[],
  models: readonly CompiledModel[],
  at: { date: string; now: string; cause: RatingCause },
): Promise<PageCounts> {
  const counts: PageCounts = { subjects: subjects.length, rated: 0, changed: 0 };
  if (subjects.length === 0 || models.length === 0) return counts;
  const current = new Map((await ctx.repo.currentFor(trx, subjects.map((s) => s.id), models.map((m) => m.code))).map((c) => [`${c.subjectId}|${c.modelCode}`, c]));
  const history: RatingValues[] = [];
  const upserts: CurrentValues[] = [];
  const ended: Array<{ subjectId: string; modelCode: string }> = [];
  await evaluatePage(trx, ctx, subjects, models, at.date, (subject, model, result) => {
    const cur = current.get(`${subject.id}|${model.code}`);
    if (result === null || result.grade === null) {
      if (!cur) return;
      const explanation = result?.explanation;
      const json = explanation ? explanationJson(explanation) : JSON.stringify({ model: model.code, modelVersion: model.version, ratedOn: at.date, grade: null, reason: 'subjectTypeNotRated' });
      history.push([newId(), subject.id, model.code, model.version, null, null, at.date, at.now, null, json, sha256(json), at.cause]);
      ended.push({ subjectId: subject.id, modelCode: model.code });
      counts.changed += 1;
      return;
    }
    counts.rated += 1;
    const json = explanationJson(result.explanation);
    const hash = sha256(explanationIdentity(json, at.date));
    if (cur && cur.explanationHash === hash) return;
    const id = newId();
    const reviewOn = result.explanation.reviewOn;
    history.push([id, subject.id, model.code, model.version, result.grade, result.score, at.date, at.now, reviewOn, json, hash, at.cause]);
    upserts.push([subject.id, model.code, id, model.version, result.grade, result.score, at.date, reviewOn, hash, at.now]);
    counts.changed += 1;
  });
  await ctx.repo.insertRatings(trx, history);
  await ctx.repo.upsertCurrent(trx, upserts);
  await ctx.repo.deleteCurrent(trx, ended);
  return counts;
}
