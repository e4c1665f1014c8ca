import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../kernel/actor.js';
import { Html } from './html.js';
import type { View } from './view.js';
import { loginHref, redirect, sendPage } from './respond.js';
import type { WebContext } from './web-context.js';
import type { ConsoleSectionId, ConsoleUser } from './pages/console-shell.js';

/** What a console page handler gets: the request, its view, who is signed in. */
export interface ConsoleRequest {
  request: FastifyRequest;
  reply: FastifyReply;
  view: View;
  user: ConsoleUser;
  actor: Actor;
}

export type ConsoleHandler = (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply>;

/** Hidden from openapi.json: pages are not API. */
export const HIDDEN = { schema: { hide: true } } as const;

/** Staff of every kind and data providers; `subject` accounts and the public have no console. */
export const isConsoleActor = (a: Actor) => a.kind === 'user' && a.id !== null && a.role !== 'public' && a.role !== 'subject';

/** `?page=` as a page number from 1 (anything else: 1). */
export const pageNumber = (query: unknown) => {
  const n = Number((query as Record<string, unknown>).page);
  return Number.isInteger(n) && n >= 1 && n <= 1000 ? n : 1;
};

/** One text query parameter (the first, when repeated), or undefined. */
export const queryText = (query: unknown, name: string, max = 200): string | undefined => {
  const value = (query as Record<string, unknown> | undefined)?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first !== '' ? first.slice(0, max) : undefined;
};

/**
 * Wraps a console page: signs in first if need be; a user still on an initial
 * password changes it before anything else. The handler returns a page (sent
 * with 200) or a reply it has sent itself.
 */
export function createConsolePage(web: WebContext) {
  const { accounts } = web.services;

  async function loadUser(actor: Actor, view: View): Promise<ConsoleUser> {
    const u = await accounts.getUser(actor, actor.id!);
    const dept = u.departmentId ? await accounts.getDepartment(u.departmentId).catch(() => null) : null;
    const departmentName = dept ? (view.lang === 'en' ? (dept.nameEn ?? dept.name) : dept.name) : null;
    return { displayName: u.displayName, role: u.role, departmentName, mustChangePassword: u.mustChangePassword };
  }

  return (section: ConsoleSectionId, render: (c: ConsoleRequest) => Promise<Html | FastifyReply>): ConsoleHandler =>
    async (request, reply) => {
      const actor = request.actor;
      // A subject account has no console: its own area is /me (signing in again would not help).
      if (actor.kind === 'user' && actor.role === 'subject') return redirect(reply, '/me');
      if (!isConsoleActor(actor)) return redirect(reply, loginHref(request.url));
      const view = web.view(request, reply);
      const user = await loadUser(actor, view);
      if (user.mustChangePassword && section !== 'password') return redirect(reply, '/console/password');
      const page = await render({ request, reply, view, user, actor });
      return page instanceof Html ? sendPage(reply, view, 200, page) : page;
    };
}
