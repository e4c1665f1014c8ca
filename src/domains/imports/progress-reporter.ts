import { createProgress, int, percent, progressHead, type ProgressOut } from '../../kernel/progress.js';
import type { ImportProgress } from './schema.js';

/** One progress text: share of the file, rows read, rows read per second since the start (a resumed run reads past committed rows fast). */
export function progressText(p: ImportProgress, elapsedMs: number, bar: boolean): string {
  const share = p.bytesTotal > 0 ? Math.min(1, p.bytesRead / p.bytesTotal) : 0;
  const rate = elapsedMs > 0 ? (p.rows * 1000) / elapsedMs : 0;
  return `${progressHead(share, bar, '导入 / import')}${percent(share)}  ${int(p.rows)} rows  ${int(rate)} rows/s  (created ${int(p.counts.created)}, updated ${int(p.counts.updated)}, unchanged ${int(p.counts.unchanged)}, rejected ${int(p.counts.rejected)})`;
}

/** The import's progress on stderr (src/app/progress.ts: a bar on a terminal, a line every few seconds in a log). */
export function createProgressReporter(out: ProgressOut, now: () => number = () => performance.now()) {
  return createProgress(out, progressText, { now });
}
