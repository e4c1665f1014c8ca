import { sign as signInline, type KeyObject } from 'node:crypto';
import { Worker } from 'node:worker_threads';

/** Ed25519 signatures (base64) of UTF-8 texts. */
export interface TextSigner {
  sign(text: string): Promise<string>;
}

type Waiting = { text: string; resolve: (signature: string) => void; reject: (err: unknown) => void };
type Reply = { batch: number; signatures?: string[]; error?: string };

export const signText = (text: string, key: KeyObject): string => signInline(null, Buffer.from(text, 'utf8'), key).toString('base64');

function settleInline(waiting: readonly Waiting[], key: KeyObject): void {
  for (const w of waiting) {
    try {
      w.resolve(signText(w.text, key));
    } catch (err) {
      w.reject(err);
    }
  }
}

/**
 * Signs on a thread of its own (receipt-sign-worker.js), so that the Ed25519
 * signature of every check (the largest computation of a check) runs beside the
 * thread that serves requests instead of on it. Texts asked for in the same turn
 * of the event loop travel together, in one message each way. The thread starts
 * on first use and never keeps the process alive while idle. Should it fail, the
 * texts waiting for it and every later one are signed inline: a signature is
 * never lost, only its place changes.
 */
export function createSigningThread(key: KeyObject): TextSigner {
  let worker: Worker | undefined;
  let failed = false;
  let queue: Waiting[] = [];
  let scheduled = false;
  let next = 0;
  const inFlight = new Map<number, Waiting[]>();

  function fail(): void {
    if (failed) return;
    failed = true;
    const stranded = [...inFlight.values()].flat();
    inFlight.clear();
    settleInline(stranded, key);
    void worker?.terminate();
  }

  function started(): Worker {
    if (worker) return worker;
    const w = new Worker(new URL('./receipt-sign-worker.js', import.meta.url), { workerData: { key } });
    w.on('message', (reply: Reply) => {
      const waiting = inFlight.get(reply.batch);
      if (!waiting) return;
      inFlight.delete(reply.batch);
      if (inFlight.size === 0) w.unref();
      if (!reply.signatures || reply.signatures.length !== waiting.length) {
        settleInline(waiting, key);
        return;
      }
      waiting.forEach((x, i) => x.resolve(reply.signatures![i]!));
    });
    w.on('error', fail);
    w.on('exit', fail);
    w.unref();
    worker = w;
    return w;
  }

  function send(): void {
    scheduled = false;
    const batch = queue;
    queue = [];
    if (failed) {
      settleInline(batch, key);
      return;
    }
    const w = started();
    const id = ++next;
    if (inFlight.size === 0) w.ref();
    inFlight.set(id, batch);
    w.postMessage({ batch: id, texts: batch.map((x) => x.text) });
  }

  return {
    sign(text: string): Promise<string> {
      return new Promise((resolve, reject) => {
        if (failed) {
          settleInline([{ text, resolve, reject }], key);
          return;
        }
        queue.push({ text, resolve, reject });
        if (!scheduled) {
          scheduled = true;
          setImmediate(send);
        }
      });
    },
  };
}

/** One signing thread per key and process: services built again and again (tests) share it. */
const threads = new Map<KeyObject, TextSigner>();
export function signingThreadFor(key: KeyObject): TextSigner {
  let thread = threads.get(key);
  if (!thread) {
    thread = createSigningThread(key);
    threads.set(key, thread);
  }
  return thread;
}
