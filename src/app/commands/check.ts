import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';

interface CheckOptions {
  scenario: string;
  at?: string;
  batch?: string;
  out?: string;
}

const isoDate = (value: string): string => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InvalidArgumentError('须为 YYYY-MM-DD / must be YYYY-MM-DD');
  return value;
};

/** A refusal with a stable code (4xx): printed as JSON on stderr. */
const refusal = (err: unknown): { code: string; message: string; errors?: unknown } | null => {
  const e = err as { code?: unknown; status?: unknown; message?: string; errors?: unknown };
  return typeof e.code === 'string' && Number(e.status) >= 400 && Number(e.status) < 500
    ? { code: e.code, message: e.message ?? '', ...(e.errors ? { errors: e.errors } : {}) } : null;
};

/** The subjects of a batch file: a JSON array of codes or names, or CSV with the subject in the first column. */
async function readBatchFile(file: string): Promise<string[]> {
  if (!existsSync(file)) throw Object.assign(new Error(`文件不存在 / no such file: ${file}`), { code: 'FILE_NOT_FOUND', status: 404 });
  const text = readFileSync(file, 'utf8');
  if (extname(file).toLowerCase() === '.json' || text.trimStart().startsWith('[')) {
    const parsed = JSON.parse(text) as unknown;
    if (!Array.isArray(parsed) || parsed.some((v) => typeof v !== 'string')) {
      throw Object.assign(new Error('JSON 须为主体代码或名称的数组 / the JSON must be an array of subject codes or names'), { code: 'VALIDATION_FAILED', status: 400 });
    }
    return parsed as string[];
  }
  const { parseBatchCsv } = await import('../../domains/checks/index.js');
  return parseBatchCsv(text);
}

/**
 * `xinyong check CODE --scenario S [--at DATE]` (SPEC §13): the check result as
 * JSON, exit 0; 1 when the subject cannot be checked (not found, ambiguous),
 * 2 for unusable arguments. With `--batch FILE`: every subject of the file, in
 * transactions of 1,000; JSON on stdout, or `--out FILE.csv|FILE.json`; exit 0
 * when every subject was checked, 1 when some could not be, 2 when none.
 * The CLI is the local administrator: every check is stored with its receipt.
 */
export async function runCheckCommand(subject: string | undefined, opts: CheckOptions): Promise<number> {
  const { openContext } = await import('../open-context.js');
  const { systemActor } = await import('../../kernel/actor.js');
  const { MAX_BATCH, batchCsv } = await import('../../domains/checks/index.js');
  if ((subject === undefined) === (opts.batch === undefined)) {
    console.error('须给出 CODE 或 --batch FILE 之一 / give either CODE or --batch FILE');
    return 2;
  }
  let ctx: Awaited<ReturnType<typeof openContext>> | undefined;
  try {
    ctx = await openContext();
    const checks = ctx.services.checks;
    const scenario = opts.scenario as Parameters<typeof checks.check>[1]['scenario'];
    if (subject !== undefined) {
      const result = await checks.check(systemActor, { subject, scenario, ...(opts.at ? { at: opts.at } : {}) });
      console.log(JSON.stringify(result, null, 2));
      return 0;
    }
    const refs = await readBatchFile(opts.batch!);
    if (refs.length === 0) throw Object.assign(new Error('文件中没有主体 / no subjects in the file'), { code: 'VALIDATION_FAILED', status: 400 });
    const items: Awaited<ReturnType<typeof checks.checkBatch>> = [];
    for (let start = 0; start < refs.length; start += MAX_BATCH) {
      const part = await checks.checkBatch(systemActor, { subjects: refs.slice(start, start + MAX_BATCH), scenario, ...(opts.at ? { at: opts.at } : {}) });
      items.push(...part.map((i) => ({ ...i, index: i.index + start })));
    }
    const output = opts.out && extname(opts.out).toLowerCase() === '.csv' ? batchCsv(items) : `${JSON.stringify({ items }, null, 2)}\n`;
    if (opts.out) writeFileSync(opts.out, output);
    else process.stdout.write(output);
    const failed = items.filter((i) => i.error).length;
    console.error(JSON.stringify({ checked: items.length - failed, failed }));
    return failed === 0 ? 0 : failed === items.length ? 2 : 1;
  } catch (err) {
    const r = refusal(err);
    if (!r) throw err;
    console.error(JSON.stringify(r));
    return subject !== undefined && (r.code === 'SUBJECT_NOT_FOUND' || r.code === 'SUBJECT_AMBIGUOUS') ? 1 : 2;
  } finally {
    await ctx?.database.close();
  }
}

export function registerCheckCommand(program: Command): void {
  program
    .command('check')
    .argument('[code]', '统一社会信用代码、身份证号码或主体名称 / the subject: USCC, ID number or exact name')
    .addOption(new Option('--scenario <scenario>', '核查场景 / scenario (SPEC §6: government_procurement, bidding, public_funds, …)').makeOptionMandatory())
    .option('--at <date>', '按该日的数据核查 / answer as the data stood on this day (YYYY-MM-DD)', isoDate)
    .option('--batch <file>', '批量核查文件（CSV 首列或 JSON 数组）/ a file of subjects (CSV first column, or a JSON array)')
    .option('--out <file>', '批量结果输出 / write batch results to FILE.csv or FILE.json')
    .description('信用核查 / credit check: verdict, measures, rewards and a signed receipt, as JSON')
    .action(async (code: string | undefined, opts: CheckOptions) => {
      process.exitCode = await runCheckCommand(code, opts);
    });
}
