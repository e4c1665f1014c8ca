/**
 * Uploaded files import in the background of the same process. The registry
 * knows which batches run here (so a second upload of the same file joins the
 * first instead of racing it), how far each has read, and stops them all when
 * the server closes (each at its next chunk boundary: nothing half-written).
 */
export function createUploadJobs() {
  const jobs = new Map<string, { controller: AbortController; done: Promise<void>; progress: number | null }>();
  return {
    isRunning: (batchId: string) => jobs.has(batchId),
    /** share of the file read, 0-1, or null when not running here */
    progress: (batchId: string) => jobs.get(batchId)?.progress ?? null,

    /** `onError` hears what went wrong beyond what the batch row records (the process stays up either way). */
    start(batchId: string, work: (signal: AbortSignal, report: (share: number) => void) => Promise<void>, onError: (err: unknown) => void): void {
      const controller = new AbortController();
      const job = { controller, progress: 0 as number | null, done: Promise.resolve() };
      job.done = work(controller.signal, (share) => (job.progress = share))
        .catch(onError)
        .finally(() => jobs.delete(batchId));
      jobs.set(batchId, job);
    },

    /** Waits for the running jobs, after asking them to stop. */
    async close(): Promise<void> {
      for (const job of jobs.values()) job.controller.abort();
      await Promise.all([...jobs.values()].map((j) => j.done));
    },

    /** Waits for a job to end (tests, graceful shutdown). */
    async settled(batchId: string): Promise<void> {
      await jobs.get(batchId)?.done;
    },
  };
}

export type UploadJobs = ReturnType<typeof createUploadJobs>;
