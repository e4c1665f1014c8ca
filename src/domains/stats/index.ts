// Public API of the statistics domain (SPEC §11): figures computed by query from what the other domains store.
export { createProviderQualityService, type ProviderQualityService, type ProviderQualityDeps } from './provider-quality.js';
export { registerProviderQualityRoutes } from './provider-quality-routes.js';
export { seesAllQuality, seesDepartmentQuality, readsQuality } from './provider-quality-policy.js';
export { TIMELINESS_TARGET_WORKING_DAYS, TIMELY_TYPES } from './provider-quality-schema.js';
export type { QualityReport, DepartmentQuality, TypeQuality, Timeliness, LatePage, LateRecord, DepartmentRef, QualityQuery, LateQuery } from './provider-quality-schema.js';
