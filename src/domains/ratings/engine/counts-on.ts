import { isPublicOn } from '../../catalog/index.js';
import type { RatingRecord } from './rating-record.js';

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
export function countsOn(record: Pick<RatingRecord, 'status' | 'decisionDate' | 'publicityEnd'>, date: string): boolean {
  return record.status === 'active' && record.decisionDate <= date && isPublicOn(record.publicityEnd, date);
}
