export { createSubjectService, type SubjectService } from './service.js';
export { registerSubjectRoutes } from './routes.js';
export { createSearchIndex } from './search/create-search-index.js';
export type { SubjectSearchIndex } from './search/search-index.js';
export * from './schema.js';
export { presentPublic, presentRegistry, publicSubjectSchema, registrySubjectSchema, type PublicSubject, type RegistrySubject } from './present.js';
export { SUBJECT_TYPE_LABELS, SUBJECT_STATUS_LABELS, industryLabel } from './labels.js';
export { matchReason, type MatchReason } from './search/match-reason.js';
