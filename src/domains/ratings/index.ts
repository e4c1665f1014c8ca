// Public API of the ratings domain (SPEC §7): versioned rating models, the engine, re-rating, grades in use.
export { createRatingService, type RatingService, type RatingServiceDeps } from './service.js';
export { registerRatingRoutes } from './routes.js';
export { startRatingLoop, RATING_LOOP_INTERVAL_MS } from './loop.js';
export { ratingModelDefinitionSchema, type RatingModelDefinition, type RatingModelInput, type GradeDefinition, type Treatment } from './model-definition.js';
export { presetModels, PRESET_INPUTS, BLACK_LIST_TYPES } from './presets/index.js';
export { compileModel, rateSubject, countsOn, explanationJson, type Explanation, type Factor, type RatingRecord, type RatingResult } from './engine/index.js';
export type { DrainResult } from './drain.js';
export { OUTBOX_CONSUMER as RATINGS_OUTBOX_CONSUMER } from './drain.js';
export type { PreviewResult } from './preview.js';
export type { RateAllProgress, RateAllResult } from './rate-all.js';
export type { InspectionPlan } from './inspection-plan.js';
export type { StoredVersion } from './model-store.js';
export * from './schema.js';
