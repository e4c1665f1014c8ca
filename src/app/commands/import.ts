import { createWriteStream, existsSync, statSync, type WriteStream } from 'node:fs';
import { basename } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';

interface ImportOptions {
  type: string;
  source: string;
  sourceName?: string;
  encoding: 'auto' | 'utf-8' | 'gb18030';
  errors?: string;
  dryRun?: boolean;
  chunkSize: number;
}

type Counts = { created: number; updated: number; unchanged: number; rejected: number };

const chunkSize = (value: string): number => {
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(n >= 1 && n <= 50_000)) throw new InvalidArgumentError('须为 1 到 50000 的整数 / must be an integer from 1 to 50000');
  return n;
};

/** SPEC §13: 0 all rows stored, 1 some rejected (or the file broke after rows were stored), 2 nothing stored. */
function exitCode(counts: Counts, broke: boolean): number {
  if (broke) return counts.created + counts.updated + counts.unchanged > 0 ? 1 : 2;
  return counts.rejected > 0 ? 1 : 0;
}

/** A refusal with a stable code (4xx): the file or the arguments are unusable, exit 2. */
const isRefusal = (err: unknown): err is { code: string; message: string; row?: number | null } =>
  typeof (err as { code?: unknown }).code === 'string' && Number((err as { status?: unknown }).status) >= 400 && Number((err as { status?: unknown }).status) < 500;

export async function runImportCommand(file: string, opts: ImportOptions): Promise<void> {
  const say = (line: string) => process.stderr.write(`${line}\n`);
  const { createProgressReporter, errorCsvLine, ERRORS_CSV_HEADER, UTF8_BOM } = await import('../../domains/imports/index.js');
  const { systemActor } = await import('../../kernel/actor.js');
  let counts: Counts = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
  let errorsOut: WriteStream | undefined;
  const report = (line: Parameters<typeof errorCsvLine>[0]) => errorsOut?.write(errorCsvLine(line));
  try {
    if (!existsSync(file) || !statSync(file).isFile()) {
      throw Object.assign(new Error(`文件不存在 / no such file: ${file}`), { code: 'FILE_NOT_FOUND', status: 404 });
    }
    if (opts.errors) errorsOut = createWriteStream(opts.errors).on('error', (e) => say(`--errors: ${e.message}`));
    errorsOut?.write(`${UTF8_BOM}${ERRORS_CSV_HEADER}\r\n`);
    const { openContext } = await import('../open-context.js');
    const ctx = await openContext();
    const { imports } = ctx.services;
    try {
      const department = await imports.ensureSourceDepartment(systemActor, {
        code: opts.source, name: opts.sourceName, path: file, typeCode: opts.type, encoding: opts.encoding, dryRun: opts.dryRun,
      });
      if (department.registered) say(`已登记部门 / registered department ${department.code} ${department.name}`);
      const progress = createProgressReporter(process.stderr);
      const result = await imports.runImport({
        path: file, fileName: basename(file), encoding: opts.encoding, typeCode: opts.type, department, actor: systemActor, channel: 'cli',
        dryRun: opts.dryRun, chunkSize: opts.chunkSize, onProgress: progress.update,
        // A dry run stores nothing: its rejected rows are written as they come; a real run's are read back from its batch.
        onRejected: opts.dryRun ? (errors) => void errors.forEach(report) : undefined,
      });
      progress.done();
      counts = result.counts;
      if (result.resumedAfter > 0) say(`续传：前 ${result.resumedAfter} 行已由之前的运行提交 / resumed after ${result.resumedAfter} rows committed by an earlier run`);
      if (result.unknownColumns.length > 0) say(`未识别的列（已忽略）/ unknown columns (ignored): ${result.unknownColumns.join(', ')}`);
      if (result.legacy) say('按 2016-2018 旧版格式读取 / read as the legacy 2016-2018 format');
      if (result.batchId && errorsOut) for await (const line of await imports.batchErrors(systemActor, result.batchId)) report(line);
      else if (result.failure) report({ ...result.failure, field: null });
      if (result.failure) say(`文件在第 ${result.failure.row} 行中断，之后的行未读取 / the file broke at row ${result.failure.row}, later rows were not read: [${result.failure.code}] ${result.failure.message}`);
      if (result.batchId) say(`批次 / batch ${result.batchId}`);
      process.exitCode = exitCode(counts, result.failure !== null);
    } finally {
      await ctx.database.close();
    }
  } catch (err) {
    if (!isRefusal(err)) throw err;
    say(`导入失败 / import failed: [${err.code}] ${err.message}`);
    report({ row: err.row ?? null, field: null, code: err.code, message: err.message });
    process.exitCode = 2;
  } finally {
    await new Promise((resolve) => (errorsOut ? errorsOut.end(resolve) : resolve(null)));
  }
  console.log(`新建 ${counts.created}，更正 ${counts.updated}，未变 ${counts.unchanged}，拒绝 ${counts.rejected} / created ${counts.created}, updated ${counts.updated}, unchanged ${counts.unchanged}, rejected ${counts.rejected}`);
  console.log(JSON.stringify(counts));
}

/** Old-generation heap of the import thread, in MB (XINYONG_IMPORT_HEAP_MB). */
const heapMb = (): number => {
  const n = Number(process.env.XINYONG_IMPORT_HEAP_MB ?? 160);
  return Number.isInteger(n) && n >= 64 ? n : 160;
};

/**
 * The import runs in a worker thread with a capped heap. Streaming keeps the
 * live data small (a chunk at a time), but V8 grows an uncapped heap with the
 * allocation rate, to 300+ MB on a large file; the cap bounds the process
 * whatever the file size. Same process: killing it stops the import at once.
 */
async function runInThread(file: string, opts: ImportOptions): Promise<void> {
  const { Worker } = await import('node:worker_threads');
  const worker = new Worker(new URL('./import-worker.js', import.meta.url), {
    workerData: { file, opts },
    resourceLimits: { maxOldGenerationSizeMb: heapMb() },
  });
  type Message = { fd: 1 | 2; text: string } | { done: true; exitCode: number };
  const exitCode = await new Promise<number>((resolve) => {
    let failure: Error | undefined;
    let done = false;
    worker.on('message', (m: Message) => {
      if ('done' in m) {
        done = true;
        resolve(m.exitCode);
      }
      else (m.fd === 1 ? process.stdout : process.stderr).write(m.text);
    });
    worker.on('error', (err) => (failure = err));
    // Without `done` the thread died: out of memory under its cap, or an error nothing caught.
    worker.on('exit', () => {
      if (done) return;
      const oom = (failure as { code?: string } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
      process.stderr.write(oom
        ? `导入线程内存不足（上限 ${heapMb()} MB，可设 XINYONG_IMPORT_HEAP_MB）/ the import thread ran out of memory (cap ${heapMb()} MB; set XINYONG_IMPORT_HEAP_MB)\n`
        : `导入失败 / import failed: ${failure?.message ?? 'the import thread stopped'}\n`);
      resolve(2);
    });
  });
  process.exitCode = exitCode;
}

/** `xinyong import FILE --type TYPE --source DEPT_CODE …` (SPEC §13), as the local administrator. */
export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .argument('<file>', 'CSV（UTF-8 或 GB18030/GBK）、XLSX 或 NDJSON 文件 / a CSV, XLSX or NDJSON file')
    .description('导入信用信息文件（可续传）/ import a file of credit records (resumable); exit 0 all stored, 1 some rejected, 2 nothing stored')
    .requiredOption('--type <type>', '信用信息类型代码 / record type code, e.g. admin_penalty')
    .requiredOption('--source <code>', '数据来源部门的统一社会信用代码（新部门自动登记）/ USCC of the source department (registered if new)')
    .option('--source-name <name>', '新部门的名称（默认取文件中的数据来源单位）/ name of a new department (default: the file\'s 数据来源单位)')
    .addOption(new Option('--encoding <encoding>', 'CSV 编码 / CSV text encoding').choices(['auto', 'utf-8', 'gb18030']).default('auto'))
    .option('--errors <out.csv>', '被拒绝的行写入此 CSV（UTF-8 带 BOM）/ write rejected rows to this CSV (UTF-8 with BOM)')
    .option('--dry-run', '只校验不保存 / validate and classify, store nothing')
    .option('--chunk-size <n>', '每个事务的行数 / rows per transaction', chunkSize, 1000)
    .action((file: string, opts: ImportOptions) => runInThread(file, opts));
}
