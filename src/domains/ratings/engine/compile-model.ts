import { addDays, addMonths } from '../../../kernel/calendar/index.js';
import type { Condition, GradeRule, Indicator, RatingModelDefinition, RecordFilter } from '../model-definition.js';
import { toHundredths } from './points.js';
import type { RatingRecord } from './rating-record.js';

export type RecordPredicate = (r: RatingRecord) => boolean;

export interface CompiledCondition {
  matches: RecordPredicate;
  windowMonths: number | null;
  atLeast: number;
}

export interface CompiledIndicator extends CompiledCondition {
  def: Indicator;
  pointsH: number;
  weightH: number;
  maxH: number | null;
  valuePointsH: ReadonlyMap<string, number> | null;
}

export interface CompiledRule extends CompiledCondition {
  def: GradeRule;
  rank: number;
}

/** A model ready to run: predicates built once, points in hundredths, grades ranked (0 = best). */
export interface CompiledModel {
  code: string;
  version: number;
  definition: RatingModelDefinition;
  rank: ReadonlyMap<string, number>;
  /** record types whose fields the model reads (the loader parses content only for these) */
  fieldTypes: ReadonlySet<string>;
  /** true when the model reads a field of records of any type (an indicator with a field but no type list) */
  fieldsOfAnyType: boolean;
  /** the field keys the model reads */
  fields: ReadonlySet<string>;
  computed: null | {
    baseH: number;
    rangeH: { min: number; max: number } | null;
    capBonusH: number | null;
    capDeductionH: number | null;
    requires: CompiledCondition | null;
    indicators: CompiledIndicator[];
    vetoes: CompiledRule[];
    directGrades: CompiledRule[];
    bands: Array<{ grade: string; minH: number | null }>;
  };
  /** the first day a record decided on or after counts, per (rating date, window) */
  windowStart(date: string, months: number): string;
}

function compileFilter(f: RecordFilter): RecordPredicate {
  const types = f.typeCodes ? new Set(f.typeCodes) : null;
  const excluded = f.excludeTypeCodes ? new Set(f.excludeTypeCodes) : null;
  const categories = f.categories ? new Set<string>(f.categories) : null;
  const severities = f.severities ? new Set<string>(f.severities) : null;
  const polarities = f.polarities ? new Set<string>(f.polarities) : null;
  const domains = f.domains ? new Set<string>(f.domains) : null;
  return (r) =>
    (types === null || types.has(r.typeCode)) &&
    (excluded === null || !excluded.has(r.typeCode)) &&
    (categories === null || categories.has(r.category)) &&
    (severities === null || severities.has(r.severity ?? 'none')) &&
    (polarities === null || polarities.has(r.polarity)) &&
    (domains === null || (r.domain !== null && domains.has(r.domain)));
}

const compileCondition = (c: Condition): CompiledCondition => ({ matches: compileFilter(c.filter), windowMonths: c.windowMonths ?? null, atLeast: c.atLeast });

/**
 * The earliest decision date inside a window of `months` on `date`: a record
 * counts while date ≤ decision date + months (the period's last day, counted
 * as publicity periods are, 民法典 第二百零一条). decision + months is monotone
 * in the decision date, so the window is every date from this one on.
 */
function firstDayInWindow(date: string, months: number): string {
  let d = addMonths(date, -months);
  while (addMonths(d, months) < date) d = addDays(d, 1);
  while (addMonths(addDays(d, -1), months) >= date) d = addDays(d, -1);
  return d;
}

export function compileModel(definition: RatingModelDefinition, version: number): CompiledModel {
  const rank = new Map(definition.grades.map((g, i) => [g.grade, i]));
  const fieldTypes = new Set<string>();
  const fields = new Set<string>();
  let fieldsOfAnyType = false;
  // Window starts of the last rating date asked (a run rates every subject on one date).
  let windowsDate = '';
  const windows = new Map<number, string>();
  const base = {
    code: definition.code,
    version,
    definition,
    rank,
    fieldTypes,
    fields,
    windowStart(date: string, months: number): string {
      if (date !== windowsDate) {
        windows.clear();
        windowsDate = date;
      }
      let start = windows.get(months);
      if (start === undefined) windows.set(months, (start = firstDayInWindow(date, months)));
      return start;
    },
  };
  if (definition.kind === 'ingested') {
    fieldTypes.add(definition.source.typeCode);
    fields.add(definition.source.gradeField);
    if (definition.source.scoreField) fields.add(definition.source.scoreField);
    return { ...base, fieldsOfAnyType, computed: null };
  }
  const ruleOf = (r: GradeRule): CompiledRule => ({ ...compileCondition(r.when), def: r, rank: rank.get(r.grade) ?? definition.grades.length - 1 });
  const indicators = definition.indicators.map((ind): CompiledIndicator => {
    if (ind.field) {
      fields.add(ind.field);
      if (ind.filter.typeCodes) ind.filter.typeCodes.forEach((t) => fieldTypes.add(t));
      else fieldsOfAnyType = true;
    }
    return {
      ...compileCondition({ filter: ind.filter, windowMonths: ind.windowMonths, atLeast: 1 }),
      def: ind,
      pointsH: toHundredths(ind.points),
      weightH: toHundredths(ind.weight),
      maxH: ind.maxPoints === undefined ? null : toHundredths(ind.maxPoints),
      valuePointsH: ind.valuePoints ? new Map(Object.entries(ind.valuePoints).map(([k, v]) => [k, toHundredths(v)])) : null,
    };
  });
  return {
    ...base,
    fieldsOfAnyType,
    computed: {
      baseH: toHundredths(definition.baseScore),
      rangeH: definition.scoreRange ? { min: toHundredths(definition.scoreRange.min), max: toHundredths(definition.scoreRange.max) } : null,
      capBonusH: definition.caps.bonus === undefined ? null : toHundredths(definition.caps.bonus),
      capDeductionH: definition.caps.deduction === undefined ? null : toHundredths(definition.caps.deduction),
      requires: definition.requires ? compileCondition(definition.requires) : null,
      indicators,
      vetoes: definition.vetoes.map(ruleOf),
      directGrades: definition.directGrades.map(ruleOf),
      bands: definition.bands.map((b) => ({ grade: b.grade, minH: b.min === null ? null : toHundredths(b.min) })),
    },
  };
}
