// Public API of the repairs domain (信用修复, SPEC §8): eligibility, the repair notice
// (两书同达), applications and their decision; approval repairs the record (records domain).
export { createRepairService, type RepairService, type RepairServiceDeps, type RepairCandidate } from './service.js';
export { createRepairStats } from './stats-repo.js';
export { registerRepairRoutes } from './routes.js';
export { startRepairLoop, REPAIR_LOOP_INTERVAL_MS } from './loop.js';
export { REPAIR_STATUSES, REPAIR_STEPS, DECISION_WORKING_DAYS, ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, type RepairStatus, type RepairStep } from './schema.js';
export { repairEligibility, nextRepairStatus, isOverdue, type Eligibility, type EligibilityState } from './rules.js';
export { repairDetailSchema, repairSummarySchema, repairPageSchema, type RepairDetail, type RepairSummary, type RepairPage } from './present.js';
export { repairNoticeSchema, type RepairNotice } from './notice.js';
export type { Notify, NotificationInput } from './ports.js';
