import { startLoop, type Loop, type LoopLog } from '../../kernel/loop.js';
import type { ListService } from '../lists/index.js';
import type { RepairService } from './service.js';

/** How often `serve` runs the due-process pass (repair notices, list entries ended by repair). */
export const REPAIR_LOOP_INTERVAL_MS = 3000;

/** Sends repair notices for new negative records, then ends the list entries resting on repaired records (kernel/loop.ts: no overlap, unref'd). */
export function startRepairLoop(services: { repairs: Pick<RepairService, 'sendRepairNotices'>; lists: Pick<ListService, 'endRepairedEntries'> }, opts: { intervalMs?: number; log: LoopLog }): Loop {
  return startLoop('repairs', async () => {
    await services.repairs.sendRepairNotices();
    await services.lists.endRepairedEntries();
  }, { intervalMs: opts.intervalMs ?? REPAIR_LOOP_INTERVAL_MS, log: opts.log });
}
