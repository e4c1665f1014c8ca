/**
 * Why a subject has its grade: every factor with its contribution and the
 * records behind it. Built in a fixed key order with record ids sorted, so
 * that the same inputs give the same JSON byte for byte. Points are numbers
 * with at most two decimals (integer hundredths / 100).
 */
export interface Factor {
  key: string;
  label: string;
  measure: 'count' | 'presence' | 'sum' | 'mean' | 'latest';
  /** counted units (records, presence, the field's sum / mean / latest value ÷ per), two decimals */
  units: number;
  /** `latest` of a text field: the value */
  value: string | null;
  points: number;
  weight: number;
  contribution: number;
  /** the contribution before the indicator's maxPoints, when that cut it */
  uncapped: number | null;
  /** ids of the records counted, sorted */
  records: string[];
}

export interface RuleHit {
  key: string;
  label: string;
  grade: string;
  records: string[];
}

export interface Explanation {
  model: string;
  modelVersion: number;
  kind: 'computed' | 'ingested';
  ratedOn: string;
  /** null: the subject is not rated by this model (no source rating, or `requires` unmet) */
  grade: string | null;
  score: number | null;
  base: number | null;
  /** total bonus and deduction after their caps (positive numbers) */
  bonus: number | null;
  deduction: number | null;
  factors: Factor[];
  /** total caps and the score range that cut the result */
  caps: Array<{ kind: 'bonus' | 'deduction' | 'scoreMin' | 'scoreMax'; limit: number; before: number }>;
  /** the grade of the score band, before vetoes and direct grades */
  bandGrade: string | null;
  vetoes: RuleHit[];
  directGrade: RuleHit | null;
  /** the records that met `requires`, or null when the model has none */
  requires: { met: boolean; records: string[] } | null;
  /** the first day the result may differ with no record changing (a counted record leaves its window or publicity) */
  reviewOn: string | null;
}

/** The explanation as stored: canonical because every builder sets keys in the interface's order. */
export function explanationJson(e: Explanation): string {
  return JSON.stringify(e);
}

/**
 * The part that decides whether a re-rating changed anything: the stored JSON
 * with its rating date blanked (ratedOn is the fourth key, before any text of
 * the model's, so its first occurrence is the one).
 */
export function explanationIdentity(json: string, ratedOn: string): string {
  return json.replace(`"ratedOn":"${ratedOn}"`, '"ratedOn":""');
}
