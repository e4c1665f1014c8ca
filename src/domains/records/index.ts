// Public API of the records domain: credit records, their versions and provenance, the outbox events.
export { createRecordService, type RecordService, type RecordServiceDeps } from './service.js';
export type { IngestChunkOptions } from './ingest-chunk.js';
export { registerRecordRoutes } from './routes.js';
export type { RecordCatalog } from './catalog-port.js';
export { naturalKey, type NaturalKeyParts } from './natural-key.js';
export { RECORD_TOPICS, type RecordEventPayload } from './outbox.js';
export { setObjectionOpen } from './objection-flag.js';
export { repairedPublicityEnd, type MarkRepaired, type MarkRepairedInput } from './repair.js';
export * from './schema.js';
export {
  publicRecordSchema,
  governmentRecordSchema,
  internalRecordSchema,
  recordDetailSchema,
  recordVersionSchema,
  type PublicRecord,
  type GovernmentRecord,
  type InternalRecord,
  type RecordDetail,
} from './present.js';
// For public listings across subjects (domains/disclosure): the same row mapping and public presenter as a subject's records.
export { presentPublic as presentPublicRecord } from './present.js';
export { toStoredRecord, type RecordRow } from './repo.js';
// For the lists domain: records that stand as entries of upstream lists.
export { fieldNeedle, type ListEntryRecord, type ListEntryRecordQuery, type ListFeedFilter } from './repo.js';
