/** Where a CLI command draws its progress: stderr, or a fake in tests. */
export interface ProgressOut {
  write(text: string): unknown;
  isTTY?: boolean;
}

const BAR = 24;
const PLAIN_EVERY_MS = 5_000;
const TTY_EVERY_MS = 100;

/** A whole number with thousands separators, as progress lines print counts and rates. */
export const int = (n: number) => Math.round(n).toLocaleString('en-US');

/** `[████░░░░]` for a share in 0…1 (a terminal), or `label: ` (a log). */
export const progressHead = (share: number, bar: boolean, label: string) => {
  const filled = Math.round(Math.min(1, Math.max(0, share)) * BAR);
  return bar ? `[${'█'.repeat(filled)}${'░'.repeat(BAR - filled)}] ` : `${label}: `;
};

/** `  42%`: a share as a padded whole percentage. */
export const percent = (share: number) => `${Math.floor(Math.min(1, Math.max(0, share)) * 100)}%`.padStart(4);

/**
 * Progress on stderr for the CLI: a line redrawn in place when the stream is a
 * terminal, else a plain line every few seconds (logs stay readable). `text`
 * renders one progress value; `final` says when a value must be drawn however
 * soon it comes after the last one (the last step of a run).
 */
export function createProgress<P>(
  out: ProgressOut,
  text: (p: P, elapsedMs: number, bar: boolean) => string,
  opts: { final?: (p: P) => boolean; now?: () => number } = {},
) {
  const now = opts.now ?? (() => performance.now());
  const started = now();
  let last = -Infinity;
  let drawn = false;
  return {
    update(p: P): void {
      const t = now();
      if (!opts.final?.(p) && t - last < (out.isTTY ? TTY_EVERY_MS : PLAIN_EVERY_MS)) return;
      last = t;
      const line = text(p, t - started, out.isTTY === true);
      out.write(out.isTTY ? `\r${line}\x1b[K` : `${line}\n`);
      drawn = true;
    },
    /** Ends the bar's line, so what follows starts on its own. */
    done(): void {
      if (drawn && out.isTTY) out.write('\n');
    },
  };
}
