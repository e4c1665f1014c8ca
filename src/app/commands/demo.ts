import { InvalidArgumentError, type Command } from 'commander';

/** The CLI takes as many demo subjects as XINYONG_DEMO_SUBJECTS allows (SPEC §14: a city of 5 million). */
const MAX_SUBJECTS = 5_000_000;
const MAX_SEED = 0xffff_ffff;
/** Above this many subjects, progress goes to stderr. */
const PROGRESS_FROM = 10_000;
/** Records per subject on average: 50 already makes 100,000 records of 2,000 subjects. */
const MAX_RECORDS_PER_SUBJECT = 50;

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
    .description('生成演示数据：信用主体及其信用记录（可重复运行，已有的跳过）/ generate deterministic demo subjects and their credit records (re-running is a no-op)')
    .option('--subjects <n>', '信用主体数 / number of subjects', integerIn('主体数', 'the number of subjects', MAX_SUBJECTS), 2000)
    .option('--seed <s>', '随机种子 / demo set seed', integerIn('种子', 'the seed', MAX_SEED), 1)
    .option('--records-per-subject <n>', '每个主体平均信用记录数（0 不生成）/ credit records per subject on average (0: none)',
      integerIn('每主体记录数', 'the records per subject', MAX_RECORDS_PER_SUBJECT), 2)
    .option('--no-records', '只生成信用主体，不生成信用记录 / subjects only, no credit records')
    .action(async (opts: { subjects: number; seed: number; recordsPerSubject: number; records: boolean }) => {
      const { openContext } = await import('../open-context.js');
      const { counted, generateDemoSubjects } = await import('../../domains/subjects/demo/index.js');
      const { seedDemoRecordsStep } = await import('../demo-records.js');
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
        const perSubject = opts.records ? opts.recordsPerSubject : 0;
        const recordsFrom = performance.now();
        const { counts, problems } = await seedDemoRecordsStep(ctx, {
          subjects: total, seed: opts.seed, perSubject,
          ...(total >= PROGRESS_FROM && {
            progress: (n: number, r: { counts: { created: number; unchanged: number } }) => void process.stderr.write(
              `演示信用记录 / demo records: ${n}/${total} subjects, ${r.counts.created + r.counts.unchanged} records, ${((performance.now() - recordsFrom) / 1000).toFixed(0)} s\n`),
          }),
        });
        if (perSubject > 0) {
          console.log(`演示数据：新建 ${counts.created} 条信用记录，${counts.unchanged} 条已存在，${counts.rejected} 条被拒 / demo data: ${counts.created} records created, ${counts.unchanged} already there, ${counts.rejected} rejected`);
        }
        for (const p of problems) process.stderr.write(`${p.typeCode}: ${p.errors.map((e) => `${e.field} ${e.code}`).join('; ')}\n`);
        console.log(JSON.stringify({ created, skipped, records: counts }));
      } finally {
        await ctx.database.close();
      }
    });
}
