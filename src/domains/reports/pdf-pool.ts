import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ReportFonts } from './fonts.js';
import { renderPdf } from './render-pdf.js';
import type { ReportContent } from './schema.js';

/** Renders a report's PDF from its snapshot and verification code. */
export type PdfRenderer = (content: ReportContent, code: string) => Promise<Buffer>;

type Job = { id: number; content: ReportContent; code: string; resolve: (pdf: Buffer) => void; reject: (err: unknown) => void };
type Reply = { ready: true } | { job: number; pdf?: ArrayBuffer; error?: string };
interface Thread { worker: Worker; ready: boolean; busy: Job | null }

/** Rendering inline, on the calling thread. */
export const inlineRenderer = (fonts: () => ReportFonts): PdfRenderer => (content, code) => renderPdf(content, code, fonts());

/**
 * A pool of rendering threads (pdf-worker.js), one per core by default: PDF
 * layout is CPU-bound, so concurrent reports render side by side while the
 * calling thread goes on serving requests. Each thread takes one report at a
 * time; the rest queue in order. Threads start on first use and do not keep
 * the process alive while idle. If a thread fails, its report and every later
 * one render inline: a report is never lost, only its place changes.
 */
export function createPdfPool(opts: { size?: number; fonts: () => ReportFonts }): PdfRenderer & { close(): Promise<void> } {
  const size = Math.max(1, opts.size ?? availableParallelism());
  const inline = inlineRenderer(opts.fonts);
  const threads: Thread[] = [];
  const queue: Job[] = [];
  let failed = false;
  let next = 0;

  function fail(thread: Thread): void {
    failed = true;
    const stranded = [...threads.map((t) => t.busy).filter((j): j is Job => j !== null), ...queue.splice(0)];
    for (const t of threads) t.busy = null;
    for (const job of stranded) inline(job.content, job.code).then(job.resolve, job.reject);
    void thread.worker.terminate();
  }

  function start(): Thread {
    const worker = new Worker(new URL('./pdf-worker.js', import.meta.url));
    const thread: Thread = { worker, ready: false, busy: null };
    worker.on('message', (reply: Reply) => {
      if ('ready' in reply) {
        thread.ready = true;
      } else {
        const job = thread.busy;
        thread.busy = null;
        if (job && job.id === reply.job) {
          if (reply.pdf) job.resolve(Buffer.from(reply.pdf));
          else job.reject(new Error(`PDF rendering failed in its thread: ${reply.error}`));
        }
      }
      dispatch();
    });
    worker.on('error', () => fail(thread));
    worker.on('exit', () => { if (!failed) fail(thread); });
    worker.unref();
    threads.push(thread);
    return thread;
  }

  function dispatch(): void {
    while (queue.length > 0 && !failed) {
      const idle = threads.find((t) => t.ready && t.busy === null);
      if (!idle) {
        // a thread still starting will take the next job when it says it is ready
        if (threads.length < size && threads.every((t) => t.ready)) start();
        break;
      }
      const job = queue.shift()!;
      idle.busy = job;
      idle.worker.postMessage({ job: job.id, content: job.content, code: job.code });
    }
    // Work waiting or under way keeps the process alive (a thread still starting included); an idle pool does not.
    const pending = queue.length > 0 || threads.some((t) => t.busy !== null);
    for (const t of threads) if (pending) t.worker.ref(); else t.worker.unref();
  }

  const render = (content: ReportContent, code: string): Promise<Buffer> => {
    if (failed) return inline(content, code);
    return new Promise<Buffer>((resolve, reject) => {
      queue.push({ id: ++next, content, code, resolve, reject });
      if (threads.length === 0) start();
      dispatch();
    });
  };
  return Object.assign(render, {
    async close() {
      failed = true;
      await Promise.all(threads.map((t) => t.worker.terminate()));
    },
  });
}
