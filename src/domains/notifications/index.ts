// Public API of the notifications domain (issue 7 item 6): in-app messages per
// account and an email/SMS outbox drained through a pluggable Deliverer.
export { createNotificationService, type NotificationService, type NotificationServiceDeps } from './service.js';
export { registerNotificationRoutes } from './routes.js';
export { startNotificationLoop, NOTIFICATION_LOOP_INTERVAL_MS } from './loop.js';
export { loggingDeliverer, type Deliverer, type OutgoingMessage } from './deliverer.js';
export { afterOutboxAttempt, OUTBOX_MAX_ATTEMPTS, OUTBOX_RETRY_DELAYS_MS, type DrainResult } from './drain.js';
export { maskContact, channelOf } from './contact.js';
export { CHANNELS, OUTBOX_STATUSES, type Channel, type NotificationInput, type Notify, type OutboxStatus } from './schema.js';
export { notificationViewSchema, notificationPageSchema, type NotificationPage, type NotificationView } from './present.js';
