import type { HttpApp } from '../../kernel/http.js';
import type { AccountsService } from './accounts-service.js';
import { registerAdminRoutes } from './admin-routes.js';
import { registerAuditRoutes } from './audit-routes.js';
import { registerAuthRoutes } from './auth-routes.js';

/** What the accounts routes need of the application context. */
export interface AccountRoutesContext {
  services: { accounts: AccountsService };
  config: { env: string };
}

/** Session cookies are Secure in production (behind HTTPS); plain http://localhost works in development. */
export const secureCookies = (config: { env: string }): boolean => config.env === 'production';

export function registerAccountRoutes(app: HttpApp, ctx: AccountRoutesContext): void {
  registerAuthRoutes(app, ctx.services.accounts, secureCookies(ctx.config));
  registerAdminRoutes(app, ctx.services.accounts);
  registerAuditRoutes(app, ctx.services.accounts);
}
