// Public API of the agencies domain: the credit service agency registry (信用服务机构备案, SPEC §11).
export { createAgencyService, type AgencyRegistry, type AgencyServiceDeps } from './service.js';
export { registerAgencyRoutes } from './routes.js';
export { seedDemoAgencies, DEMO_AGENCIES } from './demo.js';
export { AGENCY_SERVICES, AGENCY_STATUSES, type AgencyService, type AgencyStatus, type AgencyCreateInput } from './schema.js';
export { publicAgencySchema, agencyFileSchema, type PublicAgency, type AgencyFile, type AgencyPage } from './present.js';
export { mayChangeStatus } from './rules.js';
