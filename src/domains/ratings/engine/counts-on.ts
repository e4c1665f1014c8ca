import { assertIsoDate } from '../../../kernel/calendar/index.js';
import { INDEFINITE, isPublicOn } from '../../catalog/index.js';
import type { RatingRecord } from './rating-record.js';

type Countable = Pick<RatingRecord, 'status' | 'decisionDate' | 'publicityEnd'>;

/**
 * A record counts for a rating on `date` when it is active, decided on or
 * before the date and inside its publicity window on the date (isPublicOn,
 * end day inclusive). The publicity end is computed for every record whatever
 * its disclosure level (catalogue periods: negative by tier, positive three
 * years, ratings their period or validity), and a credit repair moves it to
 * the day before the repair: so one rule covers public and non-public records,
 * expiry and repair (SPEC §3.2: after the end no punishment may rest on it).
 * A record without a publicity end (a minor record its type does not publish)
 * never counts.
 */
export function countsOn(record: Countable, date: string): boolean {
  return record.status === 'active' && record.decisionDate <= date && isPublicOn(record.publicityEnd, date);
}

/**
 * countsOn for many records on one date: the date is checked once, then
 * isPublicOn's rule (no end: never; INDEFINITE: always; else date ≤ end) is
 * applied inline — the engine runs it on every record of every subject.
 */
export function countingOn(date: string): (record: Countable) => boolean {
  assertIsoDate(date);
  return (r) => r.status === 'active' && r.decisionDate <= date && r.publicityEnd !== null && (r.publicityEnd >= INDEFINITE || date <= r.publicityEnd);
}
