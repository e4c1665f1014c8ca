// Public API of the objections domain (异议, SPEC §8): anyone objects to a record and
// follows the case by query code; the office and the source department handle it on
// a working-day clock; overdue steps escalate; the record shows 异议处理中 meanwhile.
export { createObjectionService, type ObjectionService, type ObjectionServiceDeps } from './service.js';
export { createObjectionStats } from './stats-repo.js';
export { registerObjectionRoutes } from './routes.js';
export { startObjectionLoop, OBJECTION_LOOP_INTERVAL_MS } from './loop.js';
export type { Notify, NotificationInput } from './ports.js';
export {
  OBJECTION_STATUSES, OBJECTION_ACTIONS, OUTCOMES, OPEN_STATUSES, DEFAULT_DEADLINES, MAX_ATTACHMENTS, MAX_ATTACHMENT_BYTES, ATTACHMENT_TYPES,
  type ObjectionStatus, type ObjectionAction, type Outcome, type Deadlines, type AttachmentInput,
} from './schema.js';
export { TRANSITIONS, transition, allowedActions } from './machine.js';
export type { ObjectionDetail, ObjectorView, ObjectionSummary, ObjectionRecord } from './present.js';
