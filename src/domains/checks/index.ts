// Public API of the checks domain: the measure catalogue (联合奖惩措施), credit checks with signed receipts, batch checks and feedback (SPEC §6).
export { createChecksService, type ChecksService, type ChecksServiceDeps } from './service.js';
export { registerCheckRoutes } from './routes.js';
export { measureVocabulary } from './vocabulary.js';
export { noGrades, type GradesPort, type GradeView, type ListsPort, type ListEntryView, type MeasureVocabulary } from './ports.js';
export { matchMeasures, type MatchInput, type MatchResult, type RecordFact } from './match.js';
export { canonicalJson } from '../../kernel/canonical-json.js';
export { verifyReceipt, signedBytes } from './receipt-signer.js';
export { parseBatchCsv, batchCsv, BATCH_CSV_HEADER } from './batch-csv.js';
export { defaultMeasures, DEFAULT_MEASURE_INPUTS } from './defaults/index.js';
export { checkResultSchema, measureSchema, presentMeasure, type MeasureView } from './present.js';
export { checkStatsSchema, type CheckStats } from './stats.js';
export type { FeedbackView } from './feedback.js';
export * from './schema.js';
