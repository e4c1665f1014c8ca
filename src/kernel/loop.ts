/** Where a background loop reports a pass that failed. */
export interface LoopLog {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface Loop {
  /** Clears the timer and waits for a pass under way. */
  stop(): Promise<void>;
}

/**
 * Runs `pass` every `intervalMs`, timed from the end of the last pass, so
 * passes never overlap. The timer is unref'd: it never keeps a process alive.
 * A failed pass is logged and the loop goes on. intervalMs 0 runs nothing.
 */
export function startLoop(name: string, pass: () => Promise<void>, opts: { intervalMs: number; log: LoopLog }): Loop {
  if (opts.intervalMs <= 0) return { stop: async () => {} };
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const guarded = async () => {
    try {
      await pass();
    } catch (err) {
      opts.log.error({ err }, `${name}: pass failed`);
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = guarded().finally(schedule);
    }, opts.intervalMs);
    timer.unref();
  };
  schedule();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
