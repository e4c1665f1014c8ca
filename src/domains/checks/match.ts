import { addMonths } from '../../kernel/calendar/index.js';
import { isPublicOn } from '../catalog/index.js';
import type { GradeView, ListEntryView } from './ports.js';
import type { AppliedMeasure, MeasureTarget, Scenario, StoredMeasure, Trigger, Verdict } from './schema.js';

/**
 * Measure matching (SPEC §6) as a pure function of what was in effect on the
 * day asked for. The rules:
 * - only measures of the catalogue (active, of the scenario) are ever returned;
 * - `restricted` comes from a punishment only; management measures give `caution`;
 * - warning before punishment: a watch-list entry never triggers a punishment
 *   (publishing such a measure is refused too), so a watch list alone gives at most `caution`;
 * - a list entry counts only on the days it is in effect; a record only while it is
 *   active, decided on or before the day, within its publicity window (publicity end,
 *   inclusive) and its validity (valid until, inclusive) on that day;
 * - rewards (联合激励) are for subjects without serious dishonesty (国发〔2016〕33号):
 *   none while a punishment applies or a black-list entry is in effect.
 */

/** What the matcher needs of a stored record. */
export interface RecordFact {
  id: string;
  typeCode: string;
  category: string;
  severity: string | null;
  polarity: string;
  status: string;
  docNo: string;
  decisionDate: string;
  publicityEnd: string | null;
  validUntil: string | null;
}

export interface MatchInput {
  measures: readonly StoredMeasure[];
  scenario: Scenario;
  /** YYYY-MM-DD */
  at: string;
  entries: readonly ListEntryView[];
  grades: readonly GradeView[];
  records: readonly RecordFact[];
}

export interface MatchResult {
  verdict: Verdict;
  measures: AppliedMeasure[];
  rewards: AppliedMeasure[];
}

export const entryInEffect = (e: ListEntryView, at: string) => e.effectiveFrom <= at && (e.effectiveTo === null || at <= e.effectiveTo);

/** A record that may carry a measure on `at`: active, decided, public and valid that day. */
export const recordCounts = (r: RecordFact, at: string) =>
  r.status === 'active' && r.decisionDate <= at && isPublicOn(r.publicityEnd, at) && (r.validUntil === null || at <= r.validUntil);

function entryTrigger(e: ListEntryView): Trigger {
  return {
    kind: 'list', id: e.entryId, listType: e.listType, listKind: e.kind, date: e.effectiveFrom,
    ...(e.decisionNo ? { decisionNo: e.decisionNo } : {}), ...(e.decidedBy ? { decidedBy: e.decidedBy } : {}), ...(e.effectiveTo ? { until: e.effectiveTo } : {}),
  };
}

function recordTrigger(r: RecordFact): Trigger {
  const until = [r.publicityEnd, r.validUntil].filter((d): d is string => d !== null).sort()[0];
  return {
    kind: 'record', id: r.id, typeCode: r.typeCode, decisionNo: r.docNo, date: r.decisionDate,
    ...(r.severity ? { severity: r.severity } : {}), ...(until ? { until } : {}),
  };
}

function triggersOf(target: MeasureTarget, kind: StoredMeasure['definition']['kind'], input: MatchInput): Trigger[] {
  const { at } = input;
  switch (target.kind) {
    case 'list':
      return input.entries
        .filter((e) => target.listTypes.includes(e.listType) && entryInEffect(e, at) && !(kind === 'punishment' && e.kind === 'watch'))
        .map(entryTrigger);
    case 'grade':
      return input.grades
        .filter((g) => g.model === target.model && target.grades.includes(g.grade))
        .map((g): Trigger => ({ kind: 'grade', id: g.ratingId, model: g.model, grade: g.grade, date: at }));
    case 'records': {
      const since = addMonths(at, -12 * target.withinYears);
      return input.records
        .filter((r) => recordCounts(r, at) && r.decisionDate >= since
          && (target.category === undefined || r.category === target.category)
          && (target.typeCodes === undefined || target.typeCodes.includes(r.typeCode))
          && (target.severities === undefined || (r.severity !== null && (target.severities as string[]).includes(r.severity)))
          && (target.polarity === undefined || r.polarity === target.polarity))
        .map(recordTrigger);
    }
  }
}

/** Newest trigger first; ties by id, so the same data always gives the same answer. */
const byRecency = (a: Trigger, b: Trigger) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? 1 : -1);
const KIND_ORDER = { punishment: 0, management: 1, reward: 2 } as const;

export function matchMeasures(input: MatchInput): MatchResult {
  const applied: AppliedMeasure[] = [];
  for (const m of input.measures) {
    const d = m.definition;
    if (!d.active || !d.scenarios.includes(input.scenario)) continue;
    const triggers = triggersOf(d.target, d.kind, input).sort(byRecency);
    if (triggers.length === 0) continue;
    applied.push({
      code: d.code, kind: d.kind, content: d.content, contentEn: d.contentEn, legalBasis: d.legalBasis,
      implementingBody: d.implementingBody, level: d.level, version: m.version, trigger: triggers[0]!, alsoTriggeredBy: triggers.slice(1),
    });
  }
  applied.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.code < b.code ? -1 : 1));
  const measures = applied.filter((m) => m.kind !== 'reward');
  const verdict: Verdict = measures.some((m) => m.kind === 'punishment') ? 'restricted' : measures.length > 0 ? 'caution' : 'clear';
  const blacklisted = input.entries.some((e) => e.kind === 'black' && entryInEffect(e, input.at));
  const rewards = verdict === 'restricted' || blacklisted ? [] : applied.filter((m) => m.kind === 'reward');
  return { verdict, measures, rewards };
}
