import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../../kernel/calendar/index.js';
import { dueDate, isOverdue } from './deadlines.js';
import { DEFAULT_DEADLINES, type ObjectionStatus } from './schema.js';

/**
 * SPEC §8 deadlines in working days on the 2025 State Council schedule
 * (reference.json): Spring Festival 01-28 … 02-04 off, Sunday 01-26 and
 * Saturday 02-08 worked; National Day 10-01 … 10-08 off, Sunday 09-28 and
 * Saturday 10-11 worked. The start day never counts.
 */
const cal = defaultCalendar();

describe('objection deadlines', () => {
  it.each([
    // accept or refuse: 2 working days
    ['submitted', '2025-01-24', '2025-01-27', 'Friday before the Festival: the adjusted Sunday 01-26 counts'],
    ['submitted', '2025-01-27', '2025-02-06', 'the eve of the Festival: the whole holiday is skipped'],
    ['submitted', '2025-02-07', '2025-02-10', 'the adjusted Saturday 02-08 counts'],
    ['submitted', '2025-09-26', '2025-09-29', 'Friday before National Day: the adjusted Sunday 09-28 counts'],
    ['submitted', '2025-09-30', '2025-10-10', 'the eve of National Day: 10-01 … 10-08 skipped'],
    ['submitted', '2025-10-03', '2025-10-10', 'filed during the holiday'],
    // platform self-check: 2
    ['self_check', '2025-10-09', '2025-10-11', 'the adjusted Saturday 10-11 is the second day'],
    // source department verification: 10
    ['verifying', '2025-01-27', '2025-02-17', 'ten days across the Festival and the adjusted Saturday'],
    ['verifying', '2025-09-30', '2025-10-21', 'ten days across National Day and the adjusted Saturday'],
    ['verifying', '2025-03-03', '2025-03-17', 'an ordinary fortnight'],
    // reply: 2
    ['verified', '2025-12-31', '2026-01-02', 'into a year without a loaded schedule: Monday-Friday'],
  ] as Array<[ObjectionStatus, string, string, string]>)('%s from %s is due %s (%s)', (status, start, due) => {
    expect(dueDate(cal, DEFAULT_DEADLINES, status, start)).toBe(due);
  });

  it('gives closed states no deadline', () => {
    for (const s of ['replied', 'refused', 'withdrawn'] as const) expect(dueDate(cal, DEFAULT_DEADLINES, s, '2025-10-09')).toBeNull();
  });

  it('uses the configured working days', () => {
    expect(dueDate(cal, { ...DEFAULT_DEADLINES, verifying: 15 }, 'verifying', '2025-09-30')).toBe('2025-10-28');
  });

  it('is overdue from the day after the last day', () => {
    expect(isOverdue('2025-10-10', '2025-10-10')).toBe(false);
    expect(isOverdue('2025-10-10', '2025-10-11')).toBe(true);
    expect(isOverdue(null, '2025-10-11')).toBe(false);
  });
});
