import type { Actor } from '../../kernel/actor.js';

/**
 * Who does what with reports (SPEC §1, §9):
 * - anyone issues a public report and verifies any report by its number and code;
 * - a full report: the subject's own accounts and the parties it authorised (the archive decides: audience `authorised`), and the CLI;
 * - batches (procurement evaluations): signed-in users and API keys;
 * - the register of issued reports: government staff, reviewers, admins and auditors.
 */
const signedIn = (a: Actor) => a.kind !== 'anonymous';
export const canIssueFull = (a: Actor, audience: string) => audience === 'authorised' || a.kind === 'system';
export const canBatch = (a: Actor) => signedIn(a);
export const canReadRegister = (a: Actor) => signedIn(a) && (a.kind === 'system' || ['staff', 'reviewer', 'admin', 'auditor'].includes(a.role));
