import type { ImportProgress } from './schema.js';

const BAR = 24;
const PLAIN_EVERY_MS = 5_000;
const TTY_EVERY_MS = 100;
const int = (n: number) => Math.round(n).toLocaleString('en-US');

/** One progress text: share of the file, rows read, rows read per second since the start (a resumed run reads past committed rows fast). */
export function progressText(p: ImportProgress, elapsedMs: number, bar: boolean): string {
  const share = p.bytesTotal > 0 ? Math.min(1, p.bytesRead / p.bytesTotal) : 0;
  const rate = elapsedMs > 0 ? (p.rows * 1000) / elapsedMs : 0;
  const pct = `${Math.floor(share * 100)}%`.padStart(4);
  const filled = Math.round(share * BAR);
  const head = bar ? `[${'█'.repeat(filled)}${'░'.repeat(BAR - filled)}] ` : '导入 / import: ';
  return `${head}${pct}  ${int(p.rows)} rows  ${int(rate)} rows/s  (created ${int(p.counts.created)}, updated ${int(p.counts.updated)}, unchanged ${int(p.counts.unchanged)}, rejected ${int(p.counts.rejected)})`;
}

/**
 * Progress on stderr for the CLI: a bar redrawn in place when stderr is a
 * terminal, else a plain line every few seconds (logs stay readable).
 */
export function createProgressReporter(out: { write(text: string): unknown; isTTY?: boolean }, now: () => number = () => performance.now()) {
  const started = now();
  let last = -Infinity;
  let drawn = false;
  return {
    update(p: ImportProgress): void {
      const t = now();
      if (t - last < (out.isTTY ? TTY_EVERY_MS : PLAIN_EVERY_MS)) return;
      last = t;
      const text = progressText(p, t - started, out.isTTY === true);
      out.write(out.isTTY ? `\r${text}\x1b[K` : `${text}\n`);
      drawn = true;
    },
    /** Ends the bar's line, so what follows starts on its own. */
    done(): void {
      if (drawn && out.isTTY) out.write('\n');
    },
  };
}
