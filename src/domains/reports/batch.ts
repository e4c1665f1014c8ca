import { zipSync, strToU8, type Zippable } from 'fflate';
import type { Actor } from '../../kernel/actor.js';
import { authorize } from '../../kernel/authorize.js';
import { DomainError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { reportInputInvalid } from './errors.js';
import { parseWith } from './parse.js';
import { canBatch } from './policy.js';
import { batchBodySchema } from './schema.js';
import type { ReportService } from './service.js';

export interface BatchLine {
  subject: string;
  status: 'issued' | 'refused';
  reportNo: string | null;
  verificationCode: string | null;
  pdfSha256: string | null;
  file: string | null;
  /** the refusal's stable code (e.g. SUBJECT_NOT_FOUND, REPORT_FULL_NOT_ALLOWED) */
  error: string | null;
}

const csvCell = (v: string | null) => (v === null ? '' : /[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/**
 * Reports for a list of subjects (the bidders of one procurement) as one zip:
 * a PDF per subject and manifest.csv (UTF-8 with BOM) naming each report's
 * number, verification code and SHA-256, or the code of the refusal for a
 * subject that got none. One batch id ties the reports together in the register.
 */
export function createReportBatch(reports: Pick<ReportService, 'issue'>) {
  return async function batch(actor: Actor, input: unknown): Promise<{ zip: Buffer; lines: BatchLine[]; batchId: string }> {
    authorize(actor, canBatch(actor), '批量出具信用报告');
    const q = parseWith(batchBodySchema, input, reportInputInvalid);
    const batchId = newId();
    const files: Zippable = {};
    const lines: BatchLine[] = [];
    for (const subject of [...new Set(q.subjects)]) {
      try {
        const { report, pdf } = await reports.issue(actor, { subject, kind: q.kind, ...(q.purpose ? { purpose: q.purpose } : {}) }, { batchId });
        const file = `${(report.subject.code ?? subject).replace(/[^0-9A-Za-z-]/g, '_')}-${report.reportNo}.pdf`;
        files[file] = [new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.length), { level: 0 }];
        lines.push({ subject, status: 'issued', reportNo: report.reportNo, verificationCode: report.verificationCode, pdfSha256: report.pdfSha256, file, error: null });
      } catch (err) {
        if (!(err instanceof DomainError) || err.status >= 500) throw err;
        lines.push({ subject, status: 'refused', reportNo: null, verificationCode: null, pdfSha256: null, file: null, error: err.code });
      }
    }
    const header = 'subject,status,report_no,verification_code,pdf_sha256,file,error';
    const csv = [header, ...lines.map((l) => [l.subject, l.status, l.reportNo, l.verificationCode, l.pdfSha256, l.file, l.error].map(csvCell).join(','))].join('\r\n');
    files['manifest.csv'] = strToU8(`\uFEFF${csv}\r\n`);
    return { zip: Buffer.from(zipSync(files)), lines, batchId };
  };
}

export type ReportBatch = ReturnType<typeof createReportBatch>;
