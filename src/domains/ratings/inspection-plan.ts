import * as crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { RatingModelDefinition } from './model-definition.js';
import type { RatingRepo, SubjectFilter } from './rating-repo.js';

const PAGE = 5000;

export interface InspectionPlanGrade {
  grade: string;
  label: string;
  count: number;
  ratioPercent: number;
  frequency: string;
  /** ceil(count × ratio / 100): how many of the grade's subjects to inspect */
  sampleSize: number;
  /** the drawn subjects, at most `maxListed` of them */
  sample: Array<{ subjectId: string; code: string | null; name: string }>;
}

export interface InspectionPlan {
  model: string;
  version: number;
  seed: string;
  street: string | null;
  industry: string | null;
  grades: InspectionPlanGrade[];
}

/** The draw: SHA-256 of seed and subject id, smallest first; the same seed draws the same subjects whatever order they are read in. */
const drawKey = (seed: string, subjectId: string) => crypto.createHash('sha256').update(`${seed}\u0000${subjectId}`).digest('hex');

/**
 * 双随机一公开 by grade: per grade of the model's published version, how many
 * subjects it has (in the street and industry asked), the grade's inspection
 * ratio, the sample size, and a deterministic seeded random draw of that many
 * subjects (each grade's subjects read a page at a time; only the smallest
 * draw keys are kept).
 */
export async function inspectionPlan(
  deps: { db: Kysely<DB>; repo: RatingRepo },
  model: { code: string; version: number; definition: RatingModelDefinition },
  opts: SubjectFilter & { seed: string; maxListed: number },
): Promise<InspectionPlan> {
  const { db, repo } = deps;
  const counts = new Map((await repo.distribution(db, model.code, null, opts)).map((r) => [r.grade, r.n]));
  const grades: InspectionPlanGrade[] = [];
  for (const g of model.definition.grades) {
    const count = counts.get(g.grade) ?? 0;
    const ratioPercent = g.treatment.inspectionRatioPercent;
    const sampleSize = Math.ceil((count * Math.round(ratioPercent * 100)) / 10_000);
    const keep = Math.min(sampleSize, opts.maxListed);
    let drawn: Array<{ key: string; subjectId: string; code: string | null; name: string }> = [];
    let after = '';
    while (keep > 0) {
      const page = await repo.subjectsOfGrade(db, model.code, g.grade, opts, after, PAGE);
      if (page.length === 0) break;
      after = page.at(-1)!.id;
      for (const s of page) drawn.push({ key: drawKey(opts.seed, s.id), subjectId: s.id, code: s.code, name: s.name });
      if (drawn.length > 4 * keep + PAGE) drawn = smallest(drawn, keep);
    }
    grades.push({
      grade: g.grade, label: g.label, count, ratioPercent, frequency: g.treatment.inspectionFrequency, sampleSize,
      sample: smallest(drawn, keep).map(({ subjectId, code, name }) => ({ subjectId, code, name })),
    });
  }
  return { model: model.code, version: model.version, seed: opts.seed, street: opts.street ?? null, industry: opts.industry ?? null, grades };
}

function smallest<T extends { key: string; subjectId: string }>(items: T[], n: number): T[] {
  return items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.subjectId < b.subjectId ? -1 : 1)).slice(0, n);
}
