// Public API of the archive domain (SPEC §4, issue 4): a subject's credit archive per audience, and subject self-service.
export { createArchiveService, type ArchiveService } from './service.js';
export type { ArchiveDeps } from './deps.js';
export { registerArchiveRoutes } from './routes.js';
export { audienceFor, isGrantInForce, SELF_PURPOSE, type Viewer, type GrantTerms } from './audience.js';
export { READ_ACTIONS } from './inquiries.js';
export { PUBLIC_RECORD_DEPTH, type SubjectPageRead, type SubjectTally } from './archive-reads.js';
export type { ListPage } from './paging.js';
export * from './schema.js';
