import type { HttpApp } from '../../kernel/http.js';
import { registerArchiveReadRoutes } from './archive-routes.js';
import { registerSelfServiceRoutes } from './self-service-routes.js';
import type { ArchiveService } from './service.js';

/** The archive's HTTP routes (docs/archive.md). */
export function registerArchiveRoutes(app: HttpApp, archive: ArchiveService): void {
  registerArchiveReadRoutes(app, archive);
  registerSelfServiceRoutes(app, archive);
}
