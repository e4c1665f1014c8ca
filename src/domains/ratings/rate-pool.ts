import { Worker } from 'node:worker_threads';
import type { PageAssessment } from './assess-page.js';
import type { CompiledModel } from './engine/index.js';
import type { RatingModelDefinition } from './model-definition.js';
import type { PageContext } from './rate-page.js';
import type { SubjectRef } from './subject-reads.js';

/** What a worker is started with: the database file, the models as data (compiled in the thread), the catalogue's domains, the rating date. */
export interface WorkerSetup {
  file: string;
  models: Array<{ definition: RatingModelDefinition; version: number }>;
  domainOf: Array<[string, string]>;
  typesOfDomain: Array<[string, readonly string[]]>;
  date: string;
}
export interface PageRequest { id: number; subjects: SubjectRef[] }
export type PageReply = ({ id: number } & PageAssessment) | { id: number; error: string } | { ready: true };

/**
 * Worker threads that assess pages of a full re-rating (rate-worker.js), each
 * on its own read-only SQLite connection. Pages go round-robin; a thread that
 * fails or stops fails every page it holds.
 */
export function createRatePool(size: number, file: string, ctx: PageContext, models: readonly CompiledModel[], date: string) {
  const setup: WorkerSetup = {
    file, date, models: models.map((m) => ({ definition: m.definition, version: m.version })),
    domainOf: [...ctx.domainOf], typesOfDomain: [...ctx.typesOfDomain],
  };
  const waiting = new Map<number, { worker: number; resolve: (a: PageAssessment) => void; reject: (e: Error) => void }>();
  let readyCount = 0;
  let allReady: () => void = () => undefined;
  let notReady: (err: Error) => void = () => undefined;
  let failure: Error | null = null;
  const whenReady = new Promise<void>((resolve, reject) => {
    allReady = resolve;
    notReady = reject;
  });
  whenReady.catch((err: Error) => (failure ??= err)); // kept for failed(): a caller need not wait for it
  let closing = false;
  const exited = new Set<number>();
  const readyOnes = new Set<number>();
  const failAll = (worker: number, err: Error) => {
    for (const [id, w] of waiting) {
      if (w.worker !== worker) continue;
      waiting.delete(id);
      w.reject(err);
    }
  };
  const workers = Array.from({ length: size }, (_, i) => {
    // A larger young generation than V8's default (16 MB semi-spaces): a page allocates tens of MB of rows and JSON, fewer scavenges.
    const worker = new Worker(new URL('./rate-worker.js', import.meta.url), { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
    worker.on('message', (reply: PageReply) => {
      if ('ready' in reply) {
        readyOnes.add(i);
        if (++readyCount === size) allReady();
        return;
      }
      const w = waiting.get(reply.id);
      if (!w) return;
      waiting.delete(reply.id);
      if ('error' in reply) w.reject(new Error(`rating worker: ${reply.error}`));
      else w.resolve({ seenSeq: reply.seenSeq, results: reply.results });
    });
    worker.on('error', (err) => {
      notReady(err);
      failAll(i, err);
    });
    worker.on('exit', (code) => {
      exited.add(i);
      const err = new Error(closing ? 'rating worker closed' : `rating worker stopped (exit ${code})`);
      notReady(err);
      failAll(i, err);
    });
    return worker;
  });
  let next = 0;

  return {
    size,
    /** Every thread has loaded its modules and opened its connection (pages sent before are queued, not lost). */
    ready: () => readyCount === size,
    /** The error of a thread that failed or stopped before every thread was ready, if one did. */
    failed: () => failure,
    /** Resolves once ready; rejects if a thread fails or stops first. */
    whenReady: () => whenReady,
    assess(subjects: SubjectRef[]): Promise<PageAssessment> {
      const id = next++;
      const worker = id % size;
      return new Promise((resolve, reject) => {
        if (exited.has(worker)) return reject(new Error('rating worker stopped'));
        waiting.set(id, { worker, resolve, reject });
        workers[worker]!.postMessage({ id, subjects } satisfies PageRequest);
      });
    },
    /** Stops every thread (each closes its connection first); pages still out are failed. */
    async close(): Promise<void> {
      closing = true;
      await Promise.all(workers.map((w, i) => new Promise<void>((resolve) => {
        if (exited.has(i)) return resolve();
        w.once('exit', () => resolve());
        // A thread still loading holds nothing: stop it rather than wait for it (a small run ends before the threads are up).
        if (!readyOnes.has(i)) return void w.terminate();
        w.postMessage({ close: true });
        setTimeout(() => void w.terminate(), 5_000).unref();
      })));
    },
  };
}

export type RatePool = ReturnType<typeof createRatePool>;
