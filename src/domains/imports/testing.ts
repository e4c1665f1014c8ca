// Test and benchmark fixtures: 行政处罚 files of any size, in the national
// 双公示 layout with Chinese headers, written in streaming fashion.
import { createWriteStream } from 'node:fs';
import iconv from 'iconv-lite';
import { defaultCatalog } from '../catalog/index.js';
import { SAMPLE_AUTHORITY, sampleUscc } from '../catalog/testing.js';
import { csvCell } from './errors-csv.js';

const penalty = defaultCatalog().find((d) => d.code === 'admin_penalty')!;

/** The columns of the fixture files, by field key. */
export const PENALTY_COLUMNS = [
  'subjectName', 'subjectCategory', 'subjectCode', 'legalRep', 'decisionNo', 'violationType', 'violationFacts', 'legalGrounds',
  'penaltyKinds', 'content', 'fineAmount', 'decisionDate', 'authority', 'authorityCode', 'sourceDept', 'sourceDeptCode',
] as const;

export const PENALTY_LABELS = PENALTY_COLUMNS.map((key) => penalty.fields.find((f) => f.key === key)!.label);

export const FIXTURE_SOURCE = SAMPLE_AUTHORITY;

/** A way a fixture row is wrong, with the code the import must report. */
export interface BadKind {
  code: string;
  spoil(row: Record<string, string>): Record<string, string>;
}

/** Ways a fixture row is wrong, each with the code the import must report. */
export const BAD_ROW = {
  usccCheck: { code: 'USCC_CHECK_CHAR', spoil: (r) => ({ ...r, subjectCode: r.subjectCode!.slice(0, 17) + (r.subjectCode!.endsWith('0') ? '1' : '0') }) },
  missingFacts: { code: 'FIELD_REQUIRED', spoil: (r) => ({ ...r, violationFacts: '' }) },
  badDate: { code: 'DATE_INVALID', spoil: (r) => ({ ...r, decisionDate: '2025-02-30' }) },
} satisfies Record<string, BadKind>;
export const BAD_KINDS: readonly BadKind[] = Object.values(BAD_ROW);

/** Row i of a fixture file: a decision of its own (number `offset + i + 1`) against one of `subjects` enterprises. */
export function penaltyFixtureRow(i: number, subjects = 1000, offset = 0): Record<string, string> {
  const k = i % subjects;
  const fine = i % 2 === 0;
  return {
    subjectName: `深圳市测试${k}号科技有限公司`,
    subjectCategory: '法人及非法人组织',
    subjectCode: sampleUscc(k + 1),
    legalRep: '张三',
    decisionNo: `深市监南罚〔2025〕${offset + i + 1}号`,
    violationType: '未按规定公示年度报告',
    violationFacts: '当事人未按照《企业信息公示暂行条例》规定的期限公示年度报告。',
    legalGrounds: '《企业信息公示暂行条例》第十八条',
    penaltyKinds: fine ? '警告、罚款' : '警告',
    content: fine ? '警告，并处罚款人民币5000元。' : '警告。',
    fineAmount: fine ? '0.5' : '',
    decisionDate: `2025-0${1 + (i % 9)}-1${i % 10}`,
    authority: FIXTURE_SOURCE.name,
    authorityCode: FIXTURE_SOURCE.code,
    sourceDept: FIXTURE_SOURCE.name,
    sourceDeptCode: FIXTURE_SOURCE.code,
  };
}

export interface PenaltyFileOptions {
  rows: number;
  subjects?: number;
  /** decision numbers start after this, so that files of one test do not share records */
  offset?: number;
  encoding?: 'utf-8' | 'gb18030';
  /** row indexes (0-based) to spoil, with which kind */
  bad?: ReadonlyMap<number, BadKind>;
}

/** Writes a penalty CSV (header = row 1, data row i at file row i + 2), streaming with backpressure. */
export async function writePenaltyCsv(path: string, opts: PenaltyFileOptions): Promise<void> {
  const out = createWriteStream(path);
  const encode = (text: string) => (opts.encoding === 'gb18030' ? iconv.encode(text, 'gb18030') : Buffer.from(text, 'utf8'));
  let buffer = `${PENALTY_LABELS.join(',')}\r\n`;
  for (let i = 0; i < opts.rows; i++) {
    const good = penaltyFixtureRow(i, opts.subjects, opts.offset);
    const row: Record<string, string> = opts.bad?.get(i)?.spoil(good) ?? good;
    buffer += `${PENALTY_COLUMNS.map((c) => csvCell(row[c] ?? '')).join(',')}\r\n`;
    if (buffer.length > 256 * 1024 || i === opts.rows - 1) {
      if (!out.write(encode(buffer))) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      buffer = '';
    }
  }
  if (buffer) out.write(encode(buffer));
  await new Promise<void>((resolve, reject) => {
    out.on('error', reject);
    out.end(() => resolve());
  });
}

/** A multipart/form-data body: the fields first, then the file part (as the upload route expects). */
export function multipartBody(fields: Record<string, string>, file: { name: string; content: Buffer | string } | null): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----xinyong${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  if (file) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`));
    parts.push(Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content));
    parts.push(Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
