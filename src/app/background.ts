import type { Loop, LoopLog } from '../kernel/loop.js';
import type { AppContext } from './context.js';

/**
 * The platform's background work while `serve` runs: each domain's outbox
 * consumer or timer in its own loop (src/kernel/loop.ts). Every loop is
 * idempotent and resumes from its cursor after a restart, so stopping at any
 * moment loses nothing.
 */
export async function startBackground(ctx: AppContext, log: LoopLog): Promise<{ stop(): Promise<void> }> {
  const s = ctx.services;
  const [monitoring, ratings, repairs, objections, notifications, stats] = await Promise.all([
    import('../domains/monitoring/index.js'),
    import('../domains/ratings/index.js'),
    import('../domains/repairs/index.js'),
    import('../domains/objections/index.js'),
    import('../domains/notifications/index.js'),
    import('../domains/stats/index.js'),
  ]);
  const loops: Loop[] = [
    // followers' notices and webhooks (SPEC §4)
    monitoring.startMonitorLoop(s.monitoring, { intervalMs: ctx.config.monitoring.intervalMs, log }),
    // a changed record re-rates its subject (SPEC §7)
    ratings.startRatingLoop(s.ratings, { log }),
    // repair notices with every new penalty (两书同达), and list entries ending on a repair (SPEC §8)
    repairs.startRepairLoop(s, { log }),
    // objection steps past their deadline escalate to reviewers (SPEC §8)
    objections.startObjectionLoop(s.objections, { log }),
    // email/SMS delivery with retries
    notifications.startNotificationLoop(s.notifications, { log }),
    // the statistics' summary tables (SPEC §11)
    stats.startStatsLoop(s.statsAggregator, { log }),
  ];
  return {
    async stop() {
      for (const loop of loops) await loop.stop();
    },
  };
}
