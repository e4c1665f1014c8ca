import { startLoop, type Loop, type LoopLog } from '../../kernel/loop.js';
import type { RatingService } from './service.js';

/** How often `serve` drains the re-rating queue. */
export const RATING_LOOP_INTERVAL_MS = 2000;

export type RatingLoopLog = LoopLog;

/** Runs ratings.drain() every `intervalMs` (kernel/loop.ts: no overlap, unref'd, 0 runs nothing). */
export function startRatingLoop(ratings: Pick<RatingService, 'drain'>, opts: { intervalMs?: number; log: RatingLoopLog }): Loop {
  return startLoop('ratings', () => ratings.drain().then(() => undefined), { intervalMs: opts.intervalMs ?? RATING_LOOP_INTERVAL_MS, log: opts.log });
}
