import type { Actor } from '../../kernel/actor.js';

/** Every signed-in account (staff, reviewers, subject accounts …) has its own notification centre; nobody reads another's. */
export const hasNotificationCentre = (a: Actor) => a.kind === 'user' && a.id !== null;
