import { describe, expect, it } from 'vitest';
import { noticeKindFor, type RecordEventFacts } from './notice-rules.js';

const event = (over: Partial<RecordEventFacts> = {}): RecordEventFacts => ({
  recordId: 'r', version: 1, subjectId: 's', typeCode: 'admin_penalty', category: 'penalty', decisionDate: '2026-05-20', publicityEnd: '2027-05-20', status: 'active', ...over,
});
const days = { today: '2026-06-15', eventDay: '2026-06-15' };

/** Which change earns which notice: only what the public may see (SPEC §3 disclosure, §3.2 publicity, end inclusive). */
describe('noticeKindFor', () => {
  const cases: Array<[string, string, Partial<RecordEventFacts>, { disclosure?: string; previousChange?: string | null; today?: string; eventDay?: string }, string | null]> = [
    ['a new public record', 'record.created', {}, {}, 'appeared'],
    ['a correction', 'record.updated', { version: 2 }, { previousChange: 'created' }, 'changed'],
    ['a resubmission after a withdrawal', 'record.updated', { version: 3 }, { previousChange: 'withdrawn' }, 'appeared'],
    ['a shared record', 'record.created', {}, { disclosure: 'shared' }, null],
    ['an internal record', 'record.updated', { version: 2 }, { disclosure: 'internal', previousChange: 'created' }, null],
    ['a record never published (minor, unpublished)', 'record.created', { publicityEnd: null }, {}, null],
    ['a record whose publicity ended yesterday', 'record.created', { publicityEnd: '2026-06-14' }, {}, null],
    ['a record on its last public day', 'record.created', { publicityEnd: '2026-06-15' }, {}, 'appeared'],
    ['an indefinite end', 'record.created', { publicityEnd: '2099-12-31' }, { today: '2150-01-01' }, 'appeared'],
    ['a withdrawal of a public record', 'record.withdrawn', { version: 2, status: 'withdrawn' }, { previousChange: 'created' }, 'removed'],
    ['a withdrawal after publicity ended', 'record.withdrawn', { version: 2, status: 'withdrawn', publicityEnd: '2026-06-01' }, { previousChange: 'created' }, null],
    ['a withdrawal the pump reads days later', 'record.withdrawn', { version: 2, status: 'withdrawn', publicityEnd: '2026-06-10' }, { eventDay: '2026-06-10', today: '2026-06-15' }, 'removed'],
    ['a withdrawal of a shared record', 'record.withdrawn', { version: 2, status: 'withdrawn' }, { disclosure: 'shared' }, null],
    ['a repair', 'record.repaired', { version: 2, publicityEnd: '2026-06-14' }, { previousChange: 'created' }, 'repaired'],
    ['a repair of a shared record', 'record.repaired', { version: 2 }, { disclosure: 'shared' }, null],
    ['a topic of another domain', 'list.entered', {}, {}, null],
  ];
  it.each(cases)('%s', (_name, topic, over, facts, expected) => {
    const kind = noticeKindFor(topic, event(over), { disclosure: facts.disclosure ?? 'public', previousChange: facts.previousChange ?? null }, {
      today: facts.today ?? days.today, eventDay: facts.eventDay ?? days.eventDay,
    });
    expect(kind).toBe(expected);
  });
});
