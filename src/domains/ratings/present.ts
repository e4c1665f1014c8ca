import type { Explanation } from './engine/index.js';
import { fromHundredths } from './engine/index.js';
import type { RatingModelDefinition } from './model-definition.js';
import type { CurrentRow } from './rating-repo.js';
import type { FullSubjectRating, PublicSubjectRating } from './schema.js';

/** A current rating with what presenting it needs: the definition of the version it used and its explanation. */
export interface RatingView {
  current: CurrentRow;
  definition: RatingModelDefinition;
  explanation: Explanation;
}

function common(v: RatingView) {
  const g = v.definition.grades.find((x) => x.grade === v.current.grade);
  return {
    model: v.current.modelCode, modelName: v.definition.name, modelVersion: v.current.modelVersion, disclosure: v.definition.disclosure,
    grade: v.current.grade, gradeLabel: g?.label ?? v.current.grade, meaning: g?.meaning ?? '',
    score: v.current.score === null ? null : fromHundredths(v.current.score), ratedOn: v.current.ratedOn,
    treatment: g?.treatment ?? { inspectionRatioPercent: 0, inspectionFrequency: '—', incentives: [], measures: [] },
  };
}

/** The public: the grade, its meaning and treatment, and each factor's label and contribution; no record ids (a factor may rest on records that are not public). */
export function presentPublicRating(v: RatingView): PublicSubjectRating {
  return { ...common(v), factors: v.explanation.factors.map((f) => ({ label: f.label, contribution: f.contribution })) };
}

/** Staff and the subject itself: every factor with the records behind it, caps, vetoes and the direct grade. */
export function presentFullRating(v: RatingView): FullSubjectRating {
  const e = v.explanation;
  return {
    ...common(v), ratingId: v.current.ratingId, factors: e.factors, base: e.base, bonus: e.bonus, deduction: e.deduction, caps: e.caps,
    bandGrade: e.bandGrade, vetoes: e.vetoes, directGrade: e.directGrade, reviewOn: e.reviewOn,
  };
}
