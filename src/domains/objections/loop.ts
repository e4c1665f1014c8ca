import { startLoop, type Loop, type LoopLog } from '../../kernel/loop.js';
import type { ObjectionService } from './service.js';

/** How often `serve` looks for overdue steps: deadlines are days, so once a minute is plenty. */
export const OBJECTION_LOOP_INTERVAL_MS = 60_000;

/** Runs escalateOverdue() every `intervalMs` (kernel/loop.ts: no overlap, unref'd, 0 runs nothing). */
export function startObjectionLoop(objections: Pick<ObjectionService, 'escalateOverdue'>, opts: { intervalMs?: number; log: LoopLog }): Loop {
  return startLoop('objections', async () => {
    const { escalated } = await objections.escalateOverdue();
    if (escalated.length > 0) opts.log.warn({ objections: escalated }, 'objections: steps past their deadline escalated to reviewers');
  }, { intervalMs: opts.intervalMs ?? OBJECTION_LOOP_INTERVAL_MS, log: opts.log });
}
