import type { Actor } from '../../kernel/actor.js';
import type { RatingDisclosure } from './model-definition.js';

/** Who asks, with the kind of their department (credit_office, government, …), which the actor does not carry. */
export type RatingViewer = Actor & { departmentKind: string | null };

const STAFF_ROLES = new Set(['staff', 'reviewer', 'admin', 'auditor']);

/** Government staff and auditors: every model, every grade, full explanations. */
export const isRatingStaff = (a: Actor): boolean => a.kind !== 'anonymous' && STAFF_ROLES.has(a.role);

/** Models are defined, previewed and published by administrators and the credit office (staff of a `credit_office` department); the CLI is an administrator. */
export const canManageModels = (v: RatingViewer): boolean =>
  v.kind !== 'anonymous' && (v.role === 'admin' || (v.role === 'staff' && v.departmentKind === 'credit_office'));

/** A `subject` account reading its own subject. */
export const isSelf = (a: Actor, subjectId: string): boolean => a.kind === 'user' && a.role === 'subject' && a.subjectId === subjectId;

/** Which models' grades an audience sees: the public only public ones, the subject itself public and shared ones, staff all. */
export function visibleDisclosures(a: Actor, subjectId: string): ReadonlySet<RatingDisclosure> {
  if (isRatingStaff(a)) return new Set(['public', 'shared', 'internal']);
  if (isSelf(a, subjectId)) return new Set(['public', 'shared']);
  return new Set(['public']);
}

/** Full factors with record ids: staff and the subject itself; the public sees grades, meanings and factor labels. */
export const seesFactors = (a: Actor, subjectId: string): boolean => isRatingStaff(a) || isSelf(a, subjectId);
