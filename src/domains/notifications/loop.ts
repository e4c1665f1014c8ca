import { startLoop, type Loop, type LoopLog } from '../../kernel/loop.js';
import type { NotificationService } from './service.js';

/** How often `serve` drains the notification outbox. */
export const NOTIFICATION_LOOP_INTERVAL_MS = 5000;

/** Runs notifications.drain() every `intervalMs` (kernel/loop.ts: no overlap, unref'd, 0 runs nothing). */
export function startNotificationLoop(notifications: Pick<NotificationService, 'drain'>, opts: { intervalMs?: number; log: LoopLog }): Loop {
  return startLoop('notifications', async () => {
    const r = await notifications.drain();
    if (r.failed > 0) opts.log.warn({ failed: r.failed }, 'notifications: messages given up after the last retry');
  }, { intervalMs: opts.intervalMs ?? NOTIFICATION_LOOP_INTERVAL_MS, log: opts.log });
}
