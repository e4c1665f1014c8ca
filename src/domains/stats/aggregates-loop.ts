import { startLoop, type Loop, type LoopLog } from '../../kernel/loop.js';
import type { StatsAggregator } from './aggregates.js';

/** How often `serve` brings the statistics summary up to date. */
export const STATS_LOOP_INTERVAL_MS = 5000;

/** Runs aggregator.drain() every `intervalMs` (kernel/loop.ts: no overlap, unref'd, 0 runs nothing). */
export function startStatsLoop(aggregator: Pick<StatsAggregator, 'drain'>, opts: { intervalMs?: number; log: LoopLog }): Loop {
  return startLoop('stats', () => aggregator.drain().then(() => undefined), { intervalMs: opts.intervalMs ?? STATS_LOOP_INTERVAL_MS, log: opts.log });
}
