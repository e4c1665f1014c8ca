import type { AgencyStatus } from './schema.js';

/**
 * Filing status changes (docs/agencies.md): a filed agency may be suspended
 * (暂停) or revoked (撤销备案); a suspended one restored or revoked; a revoked
 * filing is final (the agency files again, under a new filing number).
 */
const ALLOWED: Record<AgencyStatus, readonly AgencyStatus[]> = {
  filed: ['suspended', 'revoked'],
  suspended: ['filed', 'revoked'],
  revoked: [],
};

export const mayChangeStatus = (from: AgencyStatus, to: AgencyStatus) => ALLOWED[from].includes(to);
