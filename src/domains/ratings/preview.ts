import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { chinaDate, type Clock } from '../../kernel/clock.js';
import { fromHundredths, type CompiledModel } from './engine/index.js';
import { evaluatePage, type PageContext } from './rate-page.js';
import { subjectReads } from './subject-reads.js';

const PAGE = 2000;
const MAX_CHANGES_LISTED = 100;

export interface PreviewOptions {
  /** about this many subjects, every n-th in registry order; none = all */
  sample?: number | undefined;
  /** shifts which n-th subjects the sample takes */
  seed?: number | undefined;
}

export interface PreviewResult {
  model: string;
  /** the stored version previewed, or null for a definition not stored */
  version: number | null;
  ratedOn: string;
  /** 1 = every subject; n = every n-th */
  step: number;
  subjects: number;
  distribution: Array<{ grade: string; count: number }>;
  unrated: number;
  /** the same subjects' current grades (of the published version) */
  current: Array<{ grade: string; count: number }>;
  currentUnrated: number;
  changes: {
    total: number;
    transitions: Array<{ from: string | null; to: string | null; count: number }>;
    /** the first 100 subjects whose grade would change, in registry order */
    items: Array<{ subjectId: string; code: string | null; name: string; from: string | null; to: string | null; score: number | null }>;
  };
}

/**
 * Runs a model version on all or a sample of its subjects without writing
 * anything: the grade distribution it would give, and which subjects' grades
 * would change against their current grade under the model's code.
 */
export async function previewModel(
  deps: { db: Kysely<DB>; clock: Clock; ctx: PageContext },
  model: CompiledModel,
  storedVersion: number | null,
  opts: PreviewOptions,
): Promise<PreviewResult> {
  const { db, clock, ctx } = deps;
  const types = model.definition.subjectTypes;
  const total = await subjectReads.count(db, types);
  const step = opts.sample && opts.sample < total ? Math.ceil(total / opts.sample) : 1;
  const offset = step > 1 ? Math.abs(Math.trunc(opts.seed ?? 0)) % step : 0;
  const date = chinaDate(clock);
  const grades = model.definition.grades.map((g) => g.grade);
  const next = new Map<string, number>(grades.map((g) => [g, 0]));
  const now = new Map<string, number>(grades.map((g) => [g, 0]));
  const result: PreviewResult = {
    model: model.code, version: storedVersion, ratedOn: date, step, subjects: 0, distribution: [], unrated: 0, current: [], currentUnrated: 0,
    changes: { total: 0, transitions: [], items: [] },
  };
  const transitions = new Map<string, { from: string | null; to: string | null; count: number }>();
  const listed: Array<{ subjectId: string; from: string | null; to: string | null; score: number | null }> = [];
  let after = 0;
  for (;;) {
    const page = await subjectReads.page(db, { afterSeq: after, types, limit: PAGE, sample: { step, offset } });
    if (page.length === 0) break;
    after = page.at(-1)!.seq;
    const currentGrades = await ctx.repo.currentGrades(db, model.code, page.map((s) => s.id));
    await evaluatePage(db, ctx, page, [model], date, (subject, _m, r) => {
      result.subjects += 1;
      const to = r?.grade ?? null;
      const from = currentGrades.get(subject.id) ?? null;
      if (to === null) result.unrated += 1;
      else next.set(to, (next.get(to) ?? 0) + 1);
      if (from === null) result.currentUnrated += 1;
      else now.set(from, (now.get(from) ?? 0) + 1);
      if (from === to) return;
      result.changes.total += 1;
      const key = `${from}>${to}`;
      const t = transitions.get(key) ?? { from, to, count: 0 };
      t.count += 1;
      transitions.set(key, t);
      if (listed.length < MAX_CHANGES_LISTED) listed.push({ subjectId: subject.id, from, to, score: r?.score == null ? null : fromHundredths(r.score) });
    });
  }
  const labels = await subjectReads.labels(db, listed.map((l) => l.subjectId));
  result.changes.items = listed.map((l) => ({ ...l, code: labels.get(l.subjectId)?.code ?? null, name: labels.get(l.subjectId)?.name ?? '' }));
  result.changes.transitions = [...transitions.values()].sort((a, b) => b.count - a.count || String(a.from).localeCompare(String(b.from)) || String(a.to).localeCompare(String(b.to)));
  result.distribution = [...next].map(([grade, count]) => ({ grade, count }));
  result.current = [...now].map(([grade, count]) => ({ grade, count }));
  return result;
}
