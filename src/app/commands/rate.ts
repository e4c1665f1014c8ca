import { InvalidArgumentError, type Command } from 'commander';
import type { RateAllProgress } from '../../domains/ratings/index.js';
import { createProgress, int, percent, progressHead } from '../../kernel/progress.js';

/** One progress text: share of the subjects, subjects rated, subjects per second, ratings changed. */
export function rateProgressText(p: RateAllProgress, elapsedMs: number, bar: boolean): string {
  const share = p.total > 0 ? Math.min(1, p.done / p.total) : 1;
  const rate = elapsedMs > 0 ? (p.done * 1000) / elapsedMs : 0;
  return `${progressHead(share, bar, '评价 / rate')}${percent(share)}  ${int(p.done)}/${int(p.total)} subjects  ${int(rate)} subjects/s  (changed ${int(p.changed)})`;
}

/** Progress on stderr, as `xinyong import` draws it; the last step is always drawn. */
const progressReporter = (out: NodeJS.WriteStream) => createProgress(out, rateProgressText, { final: (p: RateAllProgress) => p.done >= p.total });

const positive = (value: string): number => {
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(n >= 1 && Number.isSafeInteger(n))) throw new InvalidArgumentError('须为正整数 / must be a positive integer');
  return n;
};

/**
 * `xinyong rate [--model M] [--subjects N] [--workers N]`: re-rates every
 * subject (or the first N in registry order) with every published model, or
 * one, reading and rating in N worker threads on SQLite (default: the cores);
 * progress on stderr, the summary as JSON on stdout. Exit 2 for an unknown or
 * unpublished model.
 */
export function registerRateCommand(program: Command): void {
  program
    .command('rate')
    .description('重新评价全部主体 / re-rate every subject with the published rating models')
    .option('--model <code>', '只用一个评价模型 / one model only, e.g. public_composite')
    .option('--subjects <n>', '只评价前 N 个主体 / only the first N subjects (registry order)', positive)
    .option('--workers <n>', '读取与评价的工作线程数（默认为CPU核数；1 = 不用工作线程；PostgreSQL 不用）/ worker threads that read and rate (default: the cores; 1 = none; not on PostgreSQL)', positive)
    .action(async (opts: { model?: string; subjects?: number; workers?: number }) => {
      const { openContext } = await import('../open-context.js');
      const { systemActor } = await import('../../kernel/actor.js');
      const { DomainError } = await import('../../kernel/errors.js');
      const ctx = await openContext();
      if (ctx.database.dialect === 'sqlite') {
        // This process only rates: a 256 MB page cache (the default is 2 MB) and reads through a memory map
        // (SQLite caps it at 2 GB) spare a system call per page of records — each subject's are spread over the file.
        const { sql } = await import('kysely');
        await sql`PRAGMA cache_size = -262144`.execute(ctx.database.db);
        await sql`PRAGMA mmap_size = 2147418112`.execute(ctx.database.db);
      }
      const progress = progressReporter(process.stderr);
      try {
        const result = await ctx.services.ratings.rateAll(systemActor, {
          ...(opts.model ? { model: opts.model } : {}), ...(opts.subjects ? { limit: opts.subjects } : {}), ...(opts.workers ? { workers: opts.workers } : {}),
          onProgress: progress.update,
        });
        progress.done();
        console.log(JSON.stringify(result));
      } catch (err) {
        progress.done();
        if (!(err instanceof DomainError) || err.status >= 500) throw err;
        process.stderr.write(`评价失败 / rating failed: [${err.code}] ${err.message}\n`);
        process.exitCode = 2;
      } finally {
        await ctx.database.close();
      }
    });
}
