import type { HttpApp } from '../kernel/http.js';
import type { AppContext } from './context.js';

/** Every domain's HTTP routes, registered in one place. */
export async function registerRoutes(app: HttpApp, ctx: AppContext): Promise<void> {
  void app;
  void ctx;
}
