// Public API of the disclosure domain: public listings across subjects (双公示 licences and penalties, the public credit lists and who is on them).
export { createDisclosureService, type DisclosureService, type DisclosureServiceDeps } from './service.js';
export { registerDisclosureRoutes } from './routes.js';
export * from './schema.js';
