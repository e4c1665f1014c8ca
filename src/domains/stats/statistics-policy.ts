import type { Actor, Role } from '../../kernel/actor.js';

const OFFICE: ReadonlySet<Role> = new Set(['staff', 'reviewer', 'admin', 'auditor']);
const PLAN_EDITORS: ReadonlySet<Role> = new Set(['staff', 'admin']);

/** Dashboards, the assessment and the plan: the credit office, reviewers and auditors (SPEC §1: "sees dashboards"). */
export const readsStatistics = (a: Actor): boolean => a.kind !== 'anonymous' && OFFICE.has(a.role);
/** Plan progress, notes, indicators and department duties: credit office staff and administrators. */
export const editsPlan = (a: Actor): boolean => a.kind !== 'anonymous' && a.kind !== 'api_key' && PLAN_EDITORS.has(a.role);
