import { addDays, addMonths } from '../../../kernel/calendar/index.js';
import { INDEFINITE } from '../../catalog/index.js';
import type { CompiledCondition, CompiledIndicator, CompiledModel, CompiledRule } from './compile-model.js';
import { countingOn } from './counts-on.js';
import type { Explanation, Factor, RuleHit } from './explanation.js';
import { fromHundredths, mulDivRound } from './points.js';
import type { RatingRecord } from './rating-record.js';

export interface RatingResult {
  grade: string | null;
  /** integer hundredths, or null */
  score: number | null;
  explanation: Explanation;
}

type Parts = Omit<Explanation, 'model' | 'modelVersion' | 'kind' | 'ratedOn' | 'reviewOn'>;

/** Keys in Explanation's order, whatever order the caller gave them in. */
function explanation(model: CompiledModel, date: string, p: Parts, reviewOn: string | null): Explanation {
  return {
    model: model.code, modelVersion: model.version, kind: model.definition.kind, ratedOn: date,
    grade: p.grade, score: p.score, base: p.base, bonus: p.bonus, deduction: p.deduction, factors: p.factors, caps: p.caps,
    bandGrade: p.bandGrade, vetoes: p.vetoes, directGrade: p.directGrade, requires: p.requires, reviewOn,
  };
}

/**
 * Tracks the first day a counted record stops counting: it leaves its
 * publicity window or a factor's window. Both days grow with the record's
 * dates (addDays and addMonths are monotone), so only the earliest publicity
 * end and, per window length, the earliest decision are kept; the calendar
 * arithmetic runs once per subject, in `day()`.
 */
class ReviewDay {
  private firstEnd: string | null = null;
  /** [window months, earliest decision counted under it] */
  private windows: Array<[number, string]> = [];
  /** the records counted by one factor */
  add(records: readonly RatingRecord[], windowMonths: number | null): void {
    if (records.length === 0) return;
    let firstDecision = records[0]!.decisionDate;
    for (const r of records) {
      if (r.decisionDate < firstDecision) firstDecision = r.decisionDate;
      const end = r.publicityEnd;
      if (end !== null && end < INDEFINITE && (this.firstEnd === null || end < this.firstEnd)) this.firstEnd = end;
    }
    if (windowMonths === null) return;
    const w = this.windows.find((x) => x[0] === windowMonths);
    if (!w) this.windows.push([windowMonths, firstDecision]);
    else if (firstDecision < w[1]) w[1] = firstDecision;
  }
  day(): string | null {
    let day = this.firstEnd === null ? null : addDays(this.firstEnd, 1);
    for (const [months, decision] of this.windows) {
      const leaves = addDays(addMonths(decision, months), 1);
      if (day === null || leaves < day) day = leaves;
    }
    return day;
  }
}

/** The records' ids, sorted: rateSubject keeps the counting records in id order, and every list here is a subsequence of them. */
const ids = (records: readonly RatingRecord[]) => records.map((r) => r.id);
const byId = (a: RatingRecord, b: RatingRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function matching(model: CompiledModel, c: CompiledCondition, records: readonly RatingRecord[], date: string): RatingRecord[] {
  const start = c.windowMonths === null ? null : model.windowStart(date, c.windowMonths);
  return records.filter((r) => (start === null || r.decisionDate >= start) && c.matches(r));
}

/** The latest record: latest decision, then the larger id (ids are time-ordered). */
function latestOf(records: readonly RatingRecord[]): RatingRecord | undefined {
  let best: RatingRecord | undefined;
  for (const r of records) if (!best || r.decisionDate > best.decisionDate || (r.decisionDate === best.decisionDate && r.id > best.id)) best = r;
  return best;
}

const numeric = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** One indicator's factor (null when no record matched), with the records its contribution rests on. */
function factorOf(ind: CompiledIndicator, matched: RatingRecord[]): { factor: Factor; counted: RatingRecord[]; contributionH: number } | null {
  if (matched.length === 0) return null;
  const d = ind.def;
  const per = d.per;
  let unitsH: number;
  let contribution: number;
  let value: string | null = null;
  let counted = matched;
  switch (d.measure) {
    case 'count':
    case 'presence': {
      const units = d.measure === 'count' ? matched.length : 1;
      unitsH = units * 100;
      contribution = mulDivRound([units, ind.pointsH, ind.weightH], 100);
      break;
    }
    case 'sum':
    case 'mean': {
      counted = matched.filter((r) => numeric(r.fields?.[d.field!]));
      if (counted.length === 0) return null;
      const sum = counted.reduce((s, r) => s + (r.fields![d.field!] as number), 0);
      const n = d.measure === 'mean' ? counted.length : 1;
      unitsH = mulDivRound([sum, 100], n * per);
      contribution = mulDivRound([sum, ind.pointsH, ind.weightH], n * per * 100);
      break;
    }
    case 'latest': {
      const latest = latestOf(matched)!;
      counted = [latest];
      const v = latest.fields?.[d.field!];
      if (numeric(v)) {
        unitsH = mulDivRound([v, 100], per);
        contribution = mulDivRound([v, ind.pointsH, ind.weightH], per * 100);
      } else {
        value = typeof v === 'string' ? v : null;
        unitsH = 100;
        contribution = mulDivRound([value === null ? 0 : (ind.valuePointsH?.get(value) ?? 0), ind.weightH], 100);
      }
      break;
    }
  }
  let uncapped: number | null = null;
  if (ind.maxH !== null && Math.abs(contribution) > ind.maxH) {
    uncapped = contribution;
    contribution = Math.sign(contribution) * ind.maxH;
  }
  const factor: Factor = {
    key: d.key, label: d.label, measure: d.measure, units: fromHundredths(unitsH), value, points: fromHundredths(ind.pointsH),
    weight: fromHundredths(ind.weightH), contribution: fromHundredths(contribution), uncapped: uncapped === null ? null : fromHundredths(uncapped),
    records: ids(counted),
  };
  return { factor, counted, contributionH: contribution };
}

function ruleHits(model: CompiledModel, rules: readonly CompiledRule[], records: readonly RatingRecord[], date: string, review: ReviewDay): Array<RuleHit & { rank: number }> {
  const hits: Array<RuleHit & { rank: number }> = [];
  for (const rule of rules) {
    const matched = matching(model, rule, records, date);
    if (matched.length < rule.atLeast) continue;
    review.add(matched, rule.windowMonths);
    hits.push({ key: rule.def.key, label: rule.def.label, grade: rule.def.grade, records: ids(matched), rank: rule.rank });
  }
  return hits;
}

const worst = <T extends { rank: number }>(hits: readonly T[]): T | undefined => hits.reduce<T | undefined>((w, h) => (!w || h.rank > w.rank ? h : w), undefined);
const stripRank = ({ key, label, grade, records }: RuleHit): RuleHit => ({ key, label, grade, records });

/**
 * Rates one subject on `date` (YYYY-MM-DD) with a compiled model: pure and
 * deterministic. `records` may hold records that do not count (countsOn
 * filters them); their order does not matter.
 */
export function rateSubject(model: CompiledModel, allRecords: readonly RatingRecord[], date: string): RatingResult {
  const records = allRecords.filter(countingOn(date)).sort(byId);
  const review = new ReviewDay();
  const def = model.definition;
  if (def.kind === 'ingested') {
    const source = latestOf(records.filter((r) => r.typeCode === def.source.typeCode));
    const value = source?.fields?.[def.source.gradeField];
    const grade = typeof value === 'string' && model.rank.has(value) ? value : null;
    const scoreValue = def.source.scoreField ? source?.fields?.[def.source.scoreField] : undefined;
    const score = grade !== null && numeric(scoreValue) ? scoreValue * 100 : null;
    const factors: Factor[] = source && grade !== null
      ? [{ key: 'source', label: def.source.typeCode, measure: 'latest', units: 1, value: grade, points: 0, weight: 1, contribution: 0, uncapped: null, records: [source.id] }]
      : [];
    if (source && grade !== null) review.add([source], null);
    const parts: Parts = { grade, score: score === null ? null : fromHundredths(score), base: null, bonus: null, deduction: null, factors, caps: [], bandGrade: null, vetoes: [], directGrade: null, requires: null };
    return { grade, score, explanation: explanation(model, date, parts, grade === null ? null : review.day()) };
  }

  const c = model.computed!;
  const directHits = ruleHits(model, c.directGrades, records, date, review);
  const direct = worst(directHits);
  let requires: Parts['requires'] = null;
  if (c.requires) {
    const matched = matching(model, c.requires, records, date);
    const met = matched.length >= c.requires.atLeast;
    if (met) review.add(matched, c.requires.windowMonths);
    requires = { met, records: met ? ids(matched) : [] };
    if (!met && !direct) {
      const parts: Parts = { grade: null, score: null, base: null, bonus: null, deduction: null, factors: [], caps: [], bandGrade: null, vetoes: [], directGrade: null, requires };
      return { grade: null, score: null, explanation: explanation(model, date, parts, null) };
    }
  }

  const factors: Factor[] = [];
  let bonusH = 0;
  let deductionH = 0;
  for (const ind of c.indicators) {
    const made = factorOf(ind, matching(model, ind, records, date));
    if (!made) continue;
    factors.push(made.factor);
    review.add(made.counted, ind.windowMonths);
    const h = made.contributionH;
    if (h > 0) bonusH += h;
    else deductionH -= h;
  }
  const caps: Explanation['caps'] = [];
  if (c.capBonusH !== null && bonusH > c.capBonusH) {
    caps.push({ kind: 'bonus', limit: fromHundredths(c.capBonusH), before: fromHundredths(bonusH) });
    bonusH = c.capBonusH;
  }
  if (c.capDeductionH !== null && deductionH > c.capDeductionH) {
    caps.push({ kind: 'deduction', limit: fromHundredths(c.capDeductionH), before: fromHundredths(deductionH) });
    deductionH = c.capDeductionH;
  }
  let score = c.baseH + bonusH - deductionH;
  if (c.rangeH && score < c.rangeH.min) {
    caps.push({ kind: 'scoreMin', limit: fromHundredths(c.rangeH.min), before: fromHundredths(score) });
    score = c.rangeH.min;
  } else if (c.rangeH && score > c.rangeH.max) {
    caps.push({ kind: 'scoreMax', limit: fromHundredths(c.rangeH.max), before: fromHundredths(score) });
    score = c.rangeH.max;
  }
  const bandGrade = c.bands.find((b) => b.minH === null || score >= b.minH)!.grade;
  const vetoHits = ruleHits(model, c.vetoes, records, date, review);
  let grade = bandGrade;
  const veto = worst(vetoHits);
  if (veto && veto.rank > (model.rank.get(bandGrade) ?? 0)) grade = veto.grade;
  if (direct) grade = direct.grade;
  const parts: Parts = {
    grade, score: fromHundredths(score), base: fromHundredths(c.baseH), bonus: fromHundredths(bonusH), deduction: fromHundredths(deductionH),
    factors, caps, bandGrade, vetoes: vetoHits.map(stripRank), directGrade: direct ? stripRank(direct) : null, requires,
  };
  return { grade, score, explanation: explanation(model, date, parts, review.day()) };
}
