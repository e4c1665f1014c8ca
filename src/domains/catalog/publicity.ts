import type { z } from 'zod';
import { addDays, addMonths, assertIsoDate } from '../../kernel/calendar/index.js';
import type { Severity, publicityRuleSchema } from './definition.js';

// Publicity periods (公示期, SPEC §3.2) as pure date arithmetic on YYYY-MM-DD text.
//
// Conventions, shared by every reader through isPublicOn:
// - A publicity end is INCLUSIVE: the last day on which the record is public.
//   end = decision date + period in calendar months, clamped to the month end
//   (民法典 第二百零一条: the decision day itself does not count, the period's
//   last day is the corresponding day of the last month, or that month's last day).
// - A repair ends publicity ON the repair date: the record is public up to the
//   day before, so end = min(computed end, repairedOn − 1 day). Repaired on the
//   decision day → an end before the decision date: never public.
// - null = not published at all (a minor record whose type has publishMinor false).
// - INDEFINITE (2099-12-31, the 双公示 "no end" value) or any later date never ends.
export { penaltySeverity } from './publicity-severity.js';

export type PublicityRule = z.infer<typeof publicityRuleSchema>;
export type Polarity = 'positive' | 'negative' | 'neutral' | 'mixed';

export const INDEFINITE = '2099-12-31';

/** SPEC §3.2 maxima per tier, in months; rule.maxMonths overrides per tier. */
export const DEFAULT_MAX_MONTHS: Readonly<Record<Severity, number>> = { minor: 3, general: 12, serious: 36 };
/** SPEC §8 minimum publicity before repair may be applied for; rule.minMonths overrides per tier. */
export const DEFAULT_MIN_MONTHS: Readonly<Record<Severity, number>> = { minor: 0, general: 3, serious: 12 };
/** Positive records (表彰奖励) publish 3 years by default (SPEC §3.2); rule.fixedMonths overrides. */
export const POSITIVE_DEFAULT_MONTHS = 36;

export interface PublicityInput {
  polarity: Polarity;
  /** null: no tier. A negative record without one is treated as `general`, the SPEC's default tier. */
  severity: Severity | null;
  decisionDate: string;
  rule: PublicityRule;
  /** An end the source states itself (CF_GSJZQ, a court's end date). */
  statedEnd?: string | null;
  /** Licences: 有效期至 (XK_YXQZI); 2099-12-31 = valid indefinitely. */
  validUntil?: string | null;
  /** The date a credit repair took effect. */
  repairedOn?: string | null;
}

/** True when a record with this publicity end is public on `date` (the end day included). */
export function isPublicOn(publicityEnd: string | null, date: string): boolean {
  if (publicityEnd === null) return false;
  return publicityEnd >= INDEFINITE || assertIsoDate(date) <= publicityEnd;
}

/** The last day the record is public, or null when it is not published at all. */
export function computePublicityEnd(input: PublicityInput): string | null {
  return endAfterRepair(endBeforeRepair(input), input.repairedOn ?? null);
}

/** A publicity end cut short by a repair: the record is public up to the day before the repair date (SPEC §8). */
export function endAfterRepair(end: string | null, repairedOn: string | null): string | null {
  if (end === null || repairedOn === null) return end;
  const lastDayBeforeRepair = addDays(repairedOn, -1);
  return lastDayBeforeRepair < end ? lastDayBeforeRepair : end;
}

/**
 * The first day a subject may apply for credit repair: decision date + the tier's
 * minimum period (minor 0: as soon as the obligation is met, general 3, serious 12
 * months), counted like the publicity end. No tier → general.
 */
export function repairEligibleFrom(input: { severity: Severity | null; decisionDate: string; rule: PublicityRule }): string {
  const tier = input.severity ?? 'general';
  return addMonths(input.decisionDate, input.rule.minMonths?.[tier] ?? DEFAULT_MIN_MONTHS[tier]);
}

function endBeforeRepair(input: PublicityInput): string | null {
  const stated = input.statedEnd == null ? null : assertIsoDate(input.statedEnd);
  switch (input.polarity) {
    case 'negative':
      return negativeEnd(input, input.severity ?? 'general', stated);
    case 'mixed': // e.g. 建筑市场良好/不良行为: a tier marks the bad conduct, none the good
      return input.severity === null ? positiveEnd(input, stated) : negativeEnd(input, input.severity, stated);
    case 'positive':
      return positiveEnd(input, stated);
    case 'neutral':
      return neutralEnd(input, stated);
  }
}

/**
 * Default: decision date + (fixedMonths ?? the tier maximum). A stated end wins but
 * never runs past the longest period the catalogue allows: the tier maximum
 * (rule.maxMonths overriding SPEC's 3/12/36), or fixedMonths where that is longer.
 * It may be shorter than the tier minimum: the source may end publicity early.
 */
function negativeEnd(input: PublicityInput, tier: Severity, stated: string | null): string | null {
  const { decisionDate, rule } = input;
  if (tier === 'minor' && rule.publishMinor === false) return null;
  const tierMaxMonths = rule.maxMonths?.[tier] ?? DEFAULT_MAX_MONTHS[tier];
  if (stated === null) return addMonths(decisionDate, rule.fixedMonths ?? tierMaxMonths);
  const latest = addMonths(decisionDate, Math.max(tierMaxMonths, rule.fixedMonths ?? 0));
  return stated < latest ? stated : latest;
}

/** A stated end, else decision date + (fixedMonths ?? 3 years). validUntil plays no part. */
function positiveEnd(input: PublicityInput, stated: string | null): string {
  return stated ?? addMonths(input.decisionDate, input.rule.fixedMonths ?? POSITIVE_DEFAULT_MONTHS);
}

/**
 * Licences and ratings: a stated end, else decision date + fixedMonths when the type
 * fixes one, else while valid: validUntil, or INDEFINITE (a rating stays until the
 * next period's rating replaces it).
 */
function neutralEnd(input: PublicityInput, stated: string | null): string {
  if (stated !== null) return stated;
  if (input.rule.fixedMonths !== undefined) return addMonths(input.decisionDate, input.rule.fixedMonths);
  return input.validUntil == null ? INDEFINITE : assertIsoDate(input.validUntil);
}
