import { describe, expect, it } from 'vitest';
import { createProgressReporter, progressText } from './progress-reporter.js';

const at = (rows: number, bytesRead: number) => ({ rows, bytesRead, bytesTotal: 1000, counts: { created: rows, updated: 0, unchanged: 0, rejected: 0 } });

describe('progress on stderr', () => {
  it('shows share, rows and rows per second', () => {
    expect(progressText(at(50_000, 500), 2000, true)).toMatch(/^\[█{12}░{12}\]  50%  50,000 rows  25,000 rows\/s/);
    expect(progressText(at(50_000, 500), 2000, false)).toMatch(/^导入 \/ import:  50%  50,000 rows/);
  });

  it('redraws a bar in place on a terminal, and writes a plain line every few seconds elsewhere', () => {
    let t = 0;
    const tty: string[] = [];
    const bar = createProgressReporter({ isTTY: true, write: (s: string) => tty.push(s) }, () => t);
    const log: string[] = [];
    const plain = createProgressReporter({ isTTY: false, write: (s: string) => log.push(s) }, () => t);
    for (t = 0; t <= 10_000; t += 50) {
      bar.update(at(t, t / 10));
      plain.update(at(t, t / 10));
    }
    bar.done();
    expect(tty.length).toBeGreaterThan(90);
    expect(tty[0]!.startsWith('\r[')).toBe(true);
    expect(tty.at(-1)).toBe('\n');
    expect(log).toHaveLength(3);
    expect(log.every((l) => l.endsWith('\n'))).toBe(true);
  });
});
