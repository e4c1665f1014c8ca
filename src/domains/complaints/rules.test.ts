import { describe, expect, it } from 'vitest';
import { NEXT_STATUS, refusalOf, stepsAllowedIn } from './rules.js';
import { COMPLAINT_STATUSES, type ComplaintStatus, type ComplaintTransition } from './schema.js';

/** Every step in every status: null = allowed, else the stable code it is refused with. */
const TABLE: Record<ComplaintTransition, Record<ComplaintStatus, string | null>> = {
  assign: { received: null, assigned: null, in_progress: null, concluded: 'COMPLAINT_CLOSED', rejected: 'COMPLAINT_CLOSED' },
  start: { received: 'COMPLAINT_NOT_ASSIGNED', assigned: null, in_progress: 'COMPLAINT_ALREADY_STARTED', concluded: 'COMPLAINT_CLOSED', rejected: 'COMPLAINT_CLOSED' },
  conclude: { received: 'COMPLAINT_NOT_ASSIGNED', assigned: 'COMPLAINT_NOT_STARTED', in_progress: null, concluded: 'COMPLAINT_CLOSED', rejected: 'COMPLAINT_CLOSED' },
  reject: { received: null, assigned: null, in_progress: 'COMPLAINT_ALREADY_STARTED', concluded: 'COMPLAINT_CLOSED', rejected: 'COMPLAINT_CLOSED' },
};

describe('complaint state machine', () => {
  const cases = (Object.keys(TABLE) as ComplaintTransition[]).flatMap((step) =>
    COMPLAINT_STATUSES.map((status) => ({ step, status, expected: TABLE[step][status] })));

  it.each(cases)('$step from $status → $expected', ({ step, status, expected }) => {
    const refusal = refusalOf(step, status);
    expect(refusal?.code ?? null).toBe(expected);
    if (refusal) expect(refusal.status).toBe(409);
  });

  it('leads each legal step to its status', () => {
    expect(NEXT_STATUS).toEqual({ assign: 'assigned', start: 'in_progress', conclude: 'concluded', reject: 'rejected' });
  });

  it('offers exactly the legal steps of each status', () => {
    expect(stepsAllowedIn('received')).toEqual(['assign', 'reject']);
    expect(stepsAllowedIn('assigned')).toEqual(['assign', 'start', 'reject']);
    expect(stepsAllowedIn('in_progress')).toEqual(['assign', 'conclude']);
    expect(stepsAllowedIn('concluded')).toEqual([]);
    expect(stepsAllowedIn('rejected')).toEqual([]);
  });
});
