// Public API of the statistics domain (SPEC §11): figures computed by query from what the other domains store.
export { createProviderQualityService, type ProviderQualityService, type ProviderQualityDeps } from './provider-quality.js';
export { registerProviderQualityRoutes } from './provider-quality-routes.js';
export { seesAllQuality, seesDepartmentQuality, readsQuality } from './provider-quality-policy.js';
export { TIMELINESS_TARGET_WORKING_DAYS, TIMELY_TYPES } from './provider-quality-schema.js';
export type { QualityReport, DepartmentQuality, TypeQuality, Timeliness, LatePage, LateRecord, DepartmentRef, QualityQuery, LateQuery } from './provider-quality-schema.js';
// Supervision statistics, dashboards, department assessment and plan tracking (issue 9, docs/statistics.md).
export { createStatsAggregator, startStatsLoop, STATS_LOOP_INTERVAL_MS, type StatsAggregator, type AggregatesPass } from './aggregates-index.js';
export { createStatisticsService, type StatisticsService, type StatisticsDeps } from './statistics.js';
export { noDueProcess, type DueProcessPort } from './statistics-ports.js';
export { readsStatistics, editsPlan } from './statistics-policy.js';
export type { Overview, Coverage, RecordStats, TimelinessStats, DueProcessStats, StatsFilter, RecordsLine, TimelinessLine, CoverageLine } from './statistics-schema.js';
export { createAssessmentService, ASSESSMENT_WEIGHTS, scorecardSchema, type AssessmentService, type Scorecard, type ScorecardLine } from './assessment.js';
export { createPlanService, type PlanService } from './plan.js';
export { PLAN_STATUSES, type PlanTask, type PlanNote, type PlanIndicator, type PlanTaskDetail, type PlanStatus } from './plan-schema.js';
export { registerStatisticsRoutes } from './statistics-routes.js';
