import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { Option, type Command } from 'commander';

interface ReportOptions {
  out: string;
  full?: boolean;
  purpose?: string;
  batch?: string;
}

/** A refusal with a stable code (4xx): printed as JSON on stderr. */
const refusal = (err: unknown): { code: string; message: string } | null => {
  const e = err as { code?: unknown; status?: unknown; message?: string };
  return typeof e.code === 'string' && Number(e.status) >= 400 && Number(e.status) < 500 ? { code: e.code, message: e.message ?? '' } : null;
};

/** The subjects of a batch file: a JSON array of codes, or one code per line (the first CSV column; a header line without a digit is skipped). */
function readSubjects(file: string): string[] {
  if (!existsSync(file)) throw Object.assign(new Error(`文件不存在 / no such file: ${file}`), { code: 'FILE_NOT_FOUND', status: 404 });
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  if (text.trimStart().startsWith('[')) return (JSON.parse(text) as unknown[]).map(String);
  return text.split(/\r?\n/).map((l) => l.split(',')[0]!.trim().replace(/^"|"$/g, '')).filter((v) => v !== '' && /\d/.test(v));
}

/**
 * `xinyong report CODE --out FILE` (SPEC §13): the public report (or with
 * `--full` the full one) as PDF or HTML by the file's extension; the report
 * number, verification code and digests as JSON on stdout. `--batch FILE
 * --out FILE.zip`: a report for every subject of the file in one zip with
 * manifest.csv. Exit 0 when done, 1 when a subject got no report, 2 for
 * unusable arguments. The CLI is the local administrator: every report is
 * stored in the register like any other.
 */
export async function runReportCommand(subject: string | undefined, opts: ReportOptions): Promise<number> {
  const { openContext } = await import('../open-context.js');
  const { systemActor } = await import('../../kernel/actor.js');
  if ((subject === undefined) === (opts.batch === undefined)) {
    console.error('须给出 CODE 或 --batch FILE 之一 / give either CODE or --batch FILE');
    return 2;
  }
  const ext = extname(opts.out).toLowerCase();
  const wanted = opts.batch ? ['.zip'] : ['.pdf', '.html', '.htm'];
  if (!wanted.includes(ext)) {
    console.error(`--out 须以 ${wanted.join(' / ')} 结尾 / --out must end in ${wanted.join(', ')}`);
    return 2;
  }
  const kind = opts.full ? 'full' : 'public';
  // The CLI reads a full report at the internal level, where a purpose is always stated.
  const purpose = opts.purpose ? { purpose: opts.purpose } : opts.full ? { purpose: '本地管理员出具完整版信用报告' } : {};
  let ctx: Awaited<ReturnType<typeof openContext>> | undefined;
  try {
    ctx = await openContext();
    if (opts.batch) {
      const { zip, lines } = await ctx.services.reportBatch(systemActor, { subjects: readSubjects(opts.batch), kind, ...purpose });
      writeFileSync(opts.out, zip);
      const refused = lines.filter((l) => l.status === 'refused').length;
      console.log(JSON.stringify({ issued: lines.length - refused, refused, out: opts.out }));
      return refused === 0 ? 0 : 1;
    }
    const { report, pdf, content } = await ctx.services.reports.issue(systemActor, { subject, kind, ...purpose });
    writeFileSync(opts.out, ext === '.pdf' ? pdf : ctx.services.reports.html(content, report.verificationCode));
    console.log(JSON.stringify({ ...report, out: opts.out }, null, 2));
    return 0;
  } catch (err) {
    const r = refusal(err);
    if (!r) throw err;
    console.error(JSON.stringify(r));
    return r.code === 'SUBJECT_NOT_FOUND' ? 1 : 2;
  } finally {
    await ctx?.database.close();
  }
}

export function registerReportCommand(program: Command): void {
  program
    .command('report')
    .argument('[code]', '统一社会信用代码 / the subject\'s code')
    .addOption(new Option('--out <file>', '输出文件：.pdf 或 .html（批量为 .zip）/ output: .pdf or .html (.zip for --batch)').makeOptionMandatory())
    .option('--full', '完整版（公开、共享和授权级别）/ the full report instead of the public one')
    .option('--purpose <text>', '查询事由 / purpose, recorded with the report')
    .option('--batch <file>', '批量：主体代码文件（每行一个或 JSON 数组）/ a file of subject codes (one a line, or a JSON array)')
    .description('信用报告 / credit report as PDF or HTML, with its number, verification code and digests')
    .action(async (code: string | undefined, opts: ReportOptions) => {
      process.exitCode = await runReportCommand(code, opts);
    });
}
