import type { MeasureDefinitionInput, MeasureTarget, Scenario } from '../schema.js';
import type { BODY } from './legal-bases.js';

type Level = MeasureDefinitionInput['level'];

/** A default measure in one line of arguments: the body pair gives implementingBody and its English. */
export function measure(m: {
  code: string;
  kind: MeasureDefinitionInput['kind'];
  content: [string, string];
  target: MeasureTarget;
  scenarios: Scenario[];
  legalBasis: string;
  body: (typeof BODY)[keyof typeof BODY];
  level?: Level;
}): MeasureDefinitionInput {
  return {
    code: m.code, kind: m.kind, content: m.content[0], contentEn: m.content[1], target: m.target, scenarios: m.scenarios,
    legalBasis: m.legalBasis, implementingBody: m.body[0], implementingBodyEn: m.body[1], level: m.level ?? 'national',
  };
}

export const lists = (...listTypes: readonly string[]): MeasureTarget => ({ kind: 'list', listTypes: [...listTypes] });

/** A serious (严重) negative penalty-category record decided within the last `years` years. */
export const seriousPenaltyWithin = (years: number): MeasureTarget => ({
  kind: 'records', category: 'penalty', severities: ['serious'], polarity: 'negative', withinYears: years,
});
