// Public API of the monitoring domain: follows, in-app notices and signed webhooks fed by the records outbox.
export { createMonitoringService, DEFAULT_FEED_LAG_MS, type MonitoringService, type PumpResult } from './service.js';
export type { MonitoringDeps } from './deps.js';
export { registerMonitoringRoutes } from './routes.js';
export { startMonitorLoop, type LoopLog } from './loop.js';
export { signWebhookBody, verifyWebhookSignature } from './webhook-signature.js';
export { createHttpTransport, type WebhookTransport, type WebhookResponse } from './webhook-transport.js';
export { RETRY_DELAYS_MS, MAX_ATTEMPTS, type DeliverResult } from './deliver.js';
export { FEED_CONSUMER } from './change-feed.js';
export { EXPIRY_CONSUMER } from './expiry-scan.js';
export * from './schema.js';
