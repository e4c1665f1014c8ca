import { createConsumerCursors } from '../../db/consumer-cursors.js';
import { createChangeFeed } from './change-feed.js';
import { createDeliverer, type DeliverResult } from './deliver.js';
import type { MonitoringDeps } from './deps.js';
import { createExpiryScan } from './expiry-scan.js';
import { createFollows } from './follows.js';
import { createNoticeRepo } from './notice-repo.js';
import { createNotices } from './notices.js';
import { createNotifier } from './notifier.js';
import { createWebhookRepo } from './webhook-repo.js';
import { createHttpTransport } from './webhook-transport.js';
import { createWebhooks } from './webhooks.js';

export const DEFAULT_FEED_LAG_MS = 10_000;
/** Batches of 500 events one pump call handles at most, so that a timer tick stays short. */
const MAX_BATCHES_PER_PUMP = 20;

export interface PumpResult {
  events: number;
  notices: number;
  deliveries: number;
  /** publicity-end days scanned for expiries */
  scannedDays: number;
  /** ids of record events whose payload could not be read (skipped) */
  malformed: string[];
}

/**
 * Monitoring (issue 4 item 5): follows, in-app notices and signed webhooks,
 * fed by the records outbox. pump() and deliverDue() do the background work;
 * `serve` runs them on a timer (loop.ts), `xinyong monitor --once` by hand.
 */
export function createMonitoringService(deps: MonitoringDeps) {
  const { database, clock } = deps;
  const db = database.db;
  const cursors = createConsumerCursors(database.dialect);
  const noticeRepo = createNoticeRepo(database.dialect);
  const webhookRepo = createWebhookRepo(database.dialect);
  const notifier = createNotifier({ catalog: deps.catalog, notices: noticeRepo, webhooks: webhookRepo });
  const feed = createChangeFeed({ db, clock, cursors, notifier, lagMs: deps.feedLagMs ?? DEFAULT_FEED_LAG_MS });
  const expiry = createExpiryScan({ db, clock, cursors, notifier });
  const transport = deps.transport ?? createHttpTransport({ allowPrivate: deps.allowPrivateWebhookTargets });
  const deliverer = createDeliverer({ db, clock, repo: webhookRepo, secretBox: deps.secretBox, transport });
  const follows = createFollows(deps);
  const notices = createNotices({ ...deps, repo: noticeRepo });
  const webhooks = createWebhooks({ ...deps, repo: webhookRepo });

  return {
    follow: follows.follow,
    listFollows: follows.list,
    unfollow: follows.unfollow,
    listNotices: notices.list,
    markNoticeRead: notices.markRead,
    createWebhook: webhooks.create,
    listWebhooks: webhooks.list,
    deleteWebhook: webhooks.remove,
    listDeliveries: webhooks.deliveries,

    /** Outbox → notices → queued deliveries, then the expiry scan. Safe to run again, and from several processes. */
    async pump(): Promise<PumpResult> {
      const result: PumpResult = { events: 0, notices: 0, deliveries: 0, scannedDays: 0, malformed: [] };
      for (let i = 0; i < MAX_BATCHES_PER_PUMP; i++) {
        const batch = await feed.next();
        result.events += batch.events;
        result.notices += batch.notices;
        result.deliveries += batch.deliveries;
        result.malformed.push(...batch.malformed);
        if (batch.drained) break;
      }
      const scanned = await expiry.run();
      result.scannedDays = scanned.days;
      result.notices += scanned.notices;
      result.deliveries += scanned.deliveries;
      return result;
    },

    /** One attempt for every delivery that is due (at most 100 a call). */
    deliverDue(): Promise<DeliverResult> {
      return deliverer.deliverDue();
    },
  };
}

export type MonitoringService = ReturnType<typeof createMonitoringService>;
