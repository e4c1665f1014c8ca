// Public API of the commitments domain (信用承诺, SPEC §8): templates, signing, the public
// register, fulfilment tracking; a breach becomes a negative record through records' ingestion.
export { createCommitmentService, type CommitmentService, type CommitmentServiceDeps, type SignWithin } from './service.js';
export { registerCommitmentRoutes } from './routes.js';
export { COMMITMENT_TEMPLATES, TEMPLATES as COMMITMENT_TEMPLATE_TEXTS, commitmentText, type CommitmentTemplateCode, type CommitmentTemplate } from './templates.js';
export { COMMITMENT_STATUSES, type CommitmentStatus } from './schema.js';
export { commitmentSchema, commitmentPageSchema, type Commitment, type CommitmentPage } from './present.js';
export type { Notify, NotificationInput } from './ports.js';
