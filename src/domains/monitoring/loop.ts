import { startLoop, type Loop, type LoopLog } from '../../kernel/loop.js';
import type { MonitoringService } from './service.js';

export type { LoopLog };

/** Runs pump() and then deliverDue() every `intervalMs` (kernel/loop.ts: no overlap, unref'd, 0 runs nothing). */
export function startMonitorLoop(monitoring: Pick<MonitoringService, 'pump' | 'deliverDue'>, opts: { intervalMs: number; log: LoopLog }): Loop {
  return startLoop('monitoring', async () => {
    const pumped = await monitoring.pump();
    if (pumped.malformed.length > 0) opts.log.warn({ events: pumped.malformed }, 'monitoring: record events skipped, payload unreadable');
    await monitoring.deliverDue();
  }, opts);
}
