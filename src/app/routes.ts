import type { HttpApp } from '../kernel/http.js';
import type { AppContext } from './context.js';
import { registerSubjectRoutes } from '../domains/subjects/index.js';
import { registerAccountRoutes } from '../domains/accounts/index.js';
import { registerWebRoutes } from '../web/routes.js';

/** Every domain's HTTP routes, registered in one place. */
export async function registerRoutes(app: HttpApp, ctx: AppContext): Promise<void> {
  registerAccountRoutes(app, ctx);
  registerSubjectRoutes(app, ctx.services.subjects);
  await registerWebRoutes(app, ctx);
}
