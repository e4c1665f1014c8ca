import type { Actor } from '../../kernel/actor.js';
import type { Viewer } from './audience.js';

/** Activation codes are issued by the credit office (staff of a `credit_office` department) and admins (the CLI included). */
export const canIssueActivationCodes = (v: Viewer) =>
  v.kind !== 'anonymous' && (v.role === 'admin' || (v.role === 'staff' && v.departmentKind === 'credit_office'));

/** The subject a signed-in `subject` account acts for, or null. */
export const subjectAccountOf = (a: Actor): string | null => (a.kind === 'user' && a.role === 'subject' ? a.subjectId : null);

/** Grants are held by users and API keys (consumer keys are the ones that can be named). */
export const granteeOf = (a: Actor): { type: 'user' | 'api_key'; id: string } | null =>
  (a.kind === 'user' || a.kind === 'api_key') && a.id !== null ? { type: a.kind, id: a.id } : null;
