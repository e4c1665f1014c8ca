import type { Actor } from '../../kernel/actor.js';

/** Only administrators edit the catalogue (SPEC §1: staff/admin manage the catalogue; §3: editable by admins). */
export const canManageCatalog = (actor: Actor): boolean => actor.kind !== 'anonymous' && actor.role === 'admin';
