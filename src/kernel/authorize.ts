import type { Actor } from './actor.js';
import { ForbiddenError, UnauthenticatedError } from './errors.js';

/**
 * The one way services enforce a policy decision: anonymous callers get 401,
 * signed-in callers without the right get 403.
 */
export function authorize(actor: Actor, allowed: boolean, what = '此操作'): void {
  if (allowed) return;
  if (actor.kind === 'anonymous') throw new UnauthenticatedError();
  throw new ForbiddenError(`无权执行${what} / not allowed`);
}
