import { InvalidArgumentError, type Command } from 'commander';

/** The CLI takes as many demo subjects as XINYONG_DEMO_SUBJECTS allows (SPEC §14: a city of 5 million). */
const MAX_SUBJECTS = 5_000_000;
const MAX_SEED = 0xffff_ffff;
/** Above this many subjects, progress goes to stderr. */
const PROGRESS_FROM = 10_000;

/** A commander parser for a whole number 0 … max; anything else is a usage error (exit 2). */
function integerIn(zh: string, en: string, max: number) {
  return (value: string): number => {
    const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(n) || n > max) {
      throw new InvalidArgumentError(`${zh}须为 0 到 ${max} 之间的整数 / ${en} must be an integer from 0 to ${max}`);
    }
    return n;
  };
}

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('生成演示数据（可重复运行，已有主体跳过）/ generate deterministic demo data (re-running is a no-op)')
    .option('--subjects <n>', '信用主体数 / number of subjects', integerIn('主体数', 'the number of subjects', MAX_SUBJECTS), 2000)
    .option('--seed <s>', '随机种子 / demo set seed', integerIn('种子', 'the seed', MAX_SEED), 1)
    .action(async (opts: { subjects: number; seed: number }) => {
      const { openContext } = await import('../open-context.js');
      const { counted, generateDemoSubjects } = await import('../../domains/subjects/demo/index.js');
      const { systemActor } = await import('../../kernel/actor.js');
      const ctx = await openContext();
      try {
        const total = opts.subjects;
        const started = performance.now();
        const every = Math.max(PROGRESS_FROM, Math.ceil(total / 20));
        const progress = (n: number) => {
          if (total < PROGRESS_FROM) return;
          const s = (performance.now() - started) / 1000;
          process.stderr.write(`演示数据 / demo: ${n}/${total} (${Math.floor((100 * n) / total)}%), ${s.toFixed(0)} s\n`);
        };
        const subjects = counted(generateDemoSubjects({ count: total, seed: opts.seed }), every, progress);
        const { created, skipped } = await ctx.services.subjects.createMany(systemActor, subjects, { chunkSize: 2000, skipExisting: true });
        console.log(`演示数据：新建 ${created} 个信用主体，${skipped} 个已存在 / demo data: ${created} subjects created, ${skipped} already there`);
        console.log(JSON.stringify({ created, skipped }));
      } finally {
        await ctx.database.close();
      }
    });
}
