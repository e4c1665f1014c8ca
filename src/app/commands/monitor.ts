import type { Command } from 'commander';

/**
 * `xinyong monitor --once`: one monitoring pass by hand (outbox → notices →
 * deliveries, the expiry scan, then every due delivery), printed as JSON.
 * Without --once it keeps running passes until stopped (what `serve` does
 * in the background), for a deployment that sends webhooks from its own process.
 */
export function registerMonitorCommand(program: Command): void {
  program
    .command('monitor')
    .description('关注通知与回调投递 / run the monitoring pump and webhook deliveries')
    .option('--once', '运行一次后退出 / one pass, then exit')
    .action(async (opts: { once?: boolean }) => {
      const { openContext } = await import('../open-context.js');
      const { startMonitorLoop } = await import('../../domains/monitoring/index.js');
      const ctx = await openContext();
      const monitoring = ctx.services.monitoring;
      if (opts.once) {
        try {
          const pumped = await monitoring.pump();
          const delivered = await monitoring.deliverDue();
          console.log(JSON.stringify({ ...pumped, ...delivered }));
        } finally {
          await ctx.database.close();
        }
        return;
      }
      const loop = startMonitorLoop(monitoring, {
        intervalMs: ctx.config.monitoring.intervalMs || 5000,
        log: { warn: (o, m) => console.warn(m, JSON.stringify(o)), error: (o, m) => console.error(m, o) },
      });
      const keepAlive = setInterval(() => {}, 1 << 30);
      const stop = async () => {
        clearInterval(keepAlive);
        await loop.stop();
        await ctx.database.close();
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
    });
}
