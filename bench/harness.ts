// A tiny benchmark harness: latency samples, percentiles, a table with the
// ratio of each row to its baseline row, and the results as JSON in bench/out/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'out');

export interface MeasureOptions {
  /** Timed calls. */
  iterations: number;
  /** Untimed calls first (JIT, statement and page caches). */
  warmup: number;
}

/** Calls fn(i) for i = 0 … warmup + iterations − 1 one after the other; returns the timed latencies in ms. */
export async function measure(fn: (i: number) => unknown, opts: MeasureOptions): Promise<number[]> {
  for (let i = 0; i < opts.warmup; i++) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < opts.iterations; i++) {
    const start = performance.now();
    await fn(opts.warmup + i);
    samples.push(performance.now() - start);
  }
  return samples;
}

/** Nearest-rank percentile (p in 0-100) of the samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export interface Row {
  name: string;
  n: number;
  p50: number;
  p95: number;
  p99: number;
  /** Calls per second at the mean latency (one caller). */
  opsPerSec: number;
  /** Name of the row this one is compared with. */
  baseline?: string;
  /** This row's p50 and p95 divided by its baseline's. */
  ratioP50?: number;
  ratioP95?: number;
}

export function summarize(name: string, samples: readonly number[], baseline?: string): Row {
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  return {
    name, n: samples.length,
    p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99),
    opsPerSec: 1000 / mean,
    ...(baseline !== undefined && { baseline }),
  };
}

/** Fills in each row's ratios against the row it names as baseline. */
export function withRatios(rows: readonly Row[]): Row[] {
  const byName = new Map(rows.map((r) => [r.name, r]));
  return rows.map((r) => {
    const base = r.baseline === undefined ? undefined : byName.get(r.baseline);
    return base ? { ...r, ratioP50: r.p50 / base.p50, ratioP95: r.p95 / base.p95 } : r;
  });
}

const ms = (v: number) => (v < 10 ? v.toFixed(3) : v.toFixed(1));

/** The table as Markdown, so it can be pasted into docs/benchmarks.md as printed. */
export function formatTable(rows: readonly Row[]): string {
  const head = ['name', 'n', 'p50 ms', 'p95 ms', 'p99 ms', 'ops/s', 'ratio p50', 'ratio p95'];
  const body = rows.map((r) => [
    r.name, String(r.n), ms(r.p50), ms(r.p95), ms(r.p99), r.opsPerSec.toFixed(0),
    r.ratioP50 === undefined ? '' : `${r.ratioP50.toFixed(2)}×`, r.ratioP95 === undefined ? '' : `${r.ratioP95.toFixed(2)}×`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...body.map(line)].join('\n');
}

/** Writes bench/out/<name>.json. */
export function writeResults(name: string, data: unknown): string {
  mkdirSync(OUT_DIR, { recursive: true });
  const file = join(OUT_DIR, `${name}.json`);
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  return file;
}

/** A benchmark as bench/run.ts runs it: prints its own tables, returns what goes into the JSON. */
export interface Benchmark {
  name: string;
  description: string;
  run(): Promise<unknown>;
}
