import type { Actor } from '../../kernel/actor.js';
import type { Viewer } from './audience.js';
import type { ArchiveDeps } from './deps.js';

/** The actor with its department's kind: only staff need it (credit office staff read at the internal level). */
export function createViewerOf(accounts: ArchiveDeps['accounts']) {
  return async function viewerOf(actor: Actor): Promise<Viewer> {
    let departmentKind: string | null = null;
    if (actor.kind !== 'anonymous' && actor.role === 'staff' && actor.departmentId) {
      departmentKind = (await accounts.getDepartment(actor.departmentId)).kind;
    }
    return { kind: actor.kind, id: actor.id, role: actor.role, subjectId: actor.subjectId, apiKeyPurpose: actor.apiKeyPurpose, departmentKind };
  };
}
