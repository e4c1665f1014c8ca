// Public API of the complaints domain (投诉举报, SPEC §8, issue 7 item 5).
export { createComplaintService, type ComplaintService, type ComplaintServiceDeps } from './service.js';
export { registerComplaintRoutes } from './routes.js';
export {
  COMPLAINT_STATUSES, COMPLAINT_STEPS, COMPLAINT_OUTCOMES, COMPLAINT_ABOUT, OPEN_STATUSES, DEFAULT_COMPLAINT_DEADLINES,
  MAX_ATTACHMENTS, MAX_ATTACHMENT_BYTES, ATTACHMENT_TYPES,
  type ComplaintStatus, type ComplaintStep, type ComplaintOutcome, type ComplaintAbout, type ComplaintDeadlines, type ComplaintSubmitInput,
} from './schema.js';
export { refusalOf, stepsAllowedIn } from './rules.js';
export type { ComplaintDetail, ComplaintSummary, TrackView, Submitted } from './present.js';
export type { ComplaintStats } from './stats.js';
export type { Notify, NotificationInput } from './ports.js';
