import { ConflictError, DomainError, NotFoundError, ValidationError } from '../../kernel/errors.js';

/**
 * A file that cannot be read (on), with the row where reading stopped when it
 * broke midway. Before anything is committed it makes the whole import
 * unusable (CLI exit 2, batch `unreadable`); after, it ends the batch as
 * `failed` with the rows before it kept (docs/data-formats.md).
 */
export class UnusableFileError extends DomainError {
  readonly row: number | null;
  constructor(code: string, message: string, opts: { row?: number | null; cause?: unknown } = {}) {
    super(code, 400, message, { cause: opts.cause, extra: opts.row == null ? {} : { row: opts.row } });
    this.row = opts.row ?? null;
  }
}

export const emptyFile = (what = '文件为空或没有数据行 / the file is empty or has no data rows') => new UnusableFileError('EMPTY_FILE', what);

export const encodingInvalid = (message: string, row: number | null = null) => new UnusableFileError('ENCODING_INVALID', message, { row });

export const fileUnreadable = (message: string, cause?: unknown) => new UnusableFileError('FILE_UNREADABLE', message, { cause });

export const zipBomb = (message: string) => new UnusableFileError('ZIP_BOMB', message);

export const csvMalformed = (message: string, row: number, cause?: unknown) => new UnusableFileError('CSV_MALFORMED', message, { row, cause });

export const importNotFound = () => new NotFoundError('IMPORT_NOT_FOUND', '导入批次不存在 / no such import batch');

export const importInProgress = (batchId: string) =>
  new ConflictError('IMPORT_IN_PROGRESS', `该文件正在另一进程中导入（批次 ${batchId}）/ this file is being imported by another process (batch ${batchId})`);

export const tooManyRecords = (max: number) =>
  new ValidationError(`一次最多提交 ${max} 条 / at most ${max} records per call`, [{ field: 'records', code: 'TOO_MANY_RECORDS', message: `max ${max}` }], 'TOO_MANY_RECORDS');

export const sourceNameError = () =>
  new ValidationError('新部门需要名称：文件中的数据来源单位列或 --source-name / a new department needs a name: the file\'s 数据来源单位 column or --source-name', [
    { field: 'sourceName', code: 'SOURCE_NAME_REQUIRED', message: 'no 数据来源单位 in the file' },
  ], 'SOURCE_NAME_REQUIRED');

export const fileTooLarge = (limit: number) => new DomainError('FILE_TOO_LARGE', 413, `文件超过 ${limit} 字节 / the file is over ${limit} bytes`);

export const fileRequired = () => new ValidationError('缺少文件 / no file in the upload', [{ field: 'file', code: 'FILE_REQUIRED', message: 'multipart part "file" is required' }], 'FILE_REQUIRED');
