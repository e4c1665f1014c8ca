import { requireRole } from '../domains/accounts/index.js';
import { presentRegistry, type SubjectService } from '../domains/subjects/index.js';
import { systemActor, type Actor } from '../kernel/actor.js';
import { NotFoundError } from '../kernel/errors.js';
import type { MeSubject } from './pages/me-shell.js';

/** The signed-in `subject` account's subject id (anonymous: to the sign-in form; other accounts: 403). */
export function mySubjectId(actor: Actor): string {
  requireRole(actor, 'subject');
  if (!actor.subjectId) throw new NotFoundError('SUBJECT_NOT_FOUND', '未找到主体 / no such subject');
  return actor.subjectId;
}

/**
 * The account's own subject, for the /me page header. It may see everything
 * about itself (the archive's authorised level), so the registry lookup runs
 * with the platform's rights, as the archive's own does; the ID number stays masked.
 */
export async function ownSubject(subjects: Pick<SubjectService, 'getById'>, subjectId: string): Promise<MeSubject> {
  const s = presentRegistry(await subjects.getById(systemActor, subjectId));
  return { name: s.name, code: s.code, idNumberMasked: s.idNumberMasked };
}
