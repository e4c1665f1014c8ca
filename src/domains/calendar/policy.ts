import type { Actor } from '../../kernel/actor.js';

/** SPEC §8: the working-day calendar is data that administrators maintain. */
export const canManageCalendar = (actor: Actor): boolean => actor.kind !== 'anonymous' && actor.role === 'admin';
