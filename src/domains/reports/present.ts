import { z } from 'zod';
import { reportKindSchema } from './schema.js';
import type { RegisterRow, ReportRow } from './repo.js';

// What each audience sees of a report: the holder (number, code, digests, links), anyone with the code (the verification), staff (the register).

const subjectHead = z.object({ name: z.string(), code: z.string().nullable() });

export const reportIssuedSchema = z
  .object({
    reportNo: z.string(), kind: reportKindSchema, subject: subjectHead, issuedAt: z.string(), asOf: z.string(),
    verificationCode: z.string().describe('shown this once: only its hash is kept'),
    contentDigest: z.string().describe('SHA-256 (hex) of the canonical JSON of the report content'),
    pdfSha256: z.string().describe('SHA-256 (hex) of the PDF file as issued'),
    links: z.object({ pdf: z.string(), html: z.string(), verify: z.string() }),
  })
  .meta({ id: 'ReportIssued' });
export type ReportIssued = z.infer<typeof reportIssuedSchema>;

export const verificationSchema = z
  .object({
    valid: z.boolean().describe('the number and code belong together, and the digest (when given) is the issued PDF\'s'),
    reportNo: z.string(), kind: reportKindSchema, subject: subjectHead, issuedAt: z.string(), asOf: z.string(),
    contentDigest: z.string(), pdfSha256: z.string(), pdfBytes: z.number().int(),
    digestMatches: z.boolean().nullable().describe('null when no digest was given'),
    signature: z.object({ algorithm: z.literal('Ed25519'), keyId: z.string(), value: z.string().describe('base64, over the content digest (hex text)') }),
    verificationCount: z.number().int(),
  })
  .meta({ id: 'ReportVerification' });
export type Verification = z.infer<typeof verificationSchema>;

export const registerPageSchema = z
  .object({
    items: z.array(z.object({
      reportNo: z.string(), kind: reportKindSchema, subject: subjectHead.extend({ id: z.string() }), issuedAt: z.string(),
      issuer: z.object({ type: z.string(), id: z.string().nullable(), role: z.string() }), purpose: z.string().nullable(), batchId: z.string().nullable(),
      pdfSha256: z.string(), verificationCount: z.number().int(), lastVerifiedAt: z.string().nullable(),
    })),
    page: z.number().int(), pageSize: z.number().int(), hasMore: z.boolean(),
  })
  .meta({ id: 'ReportRegister' });
export type RegisterPage = z.infer<typeof registerPageSchema>;

export const reportLinks = (reportNo: string, code: string) => {
  const q = `code=${encodeURIComponent(code)}`;
  return { pdf: `/api/v1/reports/${reportNo}/pdf?${q}`, html: `/api/v1/reports/${reportNo}/html?${q}`, verify: `/reports/verify?no=${reportNo}&${q}` };
};

export function presentVerification(row: ReportRow, asOf: string, digestMatches: boolean | null): Verification {
  return {
    valid: digestMatches !== false, reportNo: row.reportNo, kind: row.kind as Verification['kind'], subject: { name: row.subjectName, code: row.subjectCode },
    issuedAt: row.issuedAt, asOf, contentDigest: row.contentDigest, pdfSha256: row.pdfSha256, pdfBytes: Number(row.pdfBytes), digestMatches,
    signature: { algorithm: 'Ed25519', keyId: row.keyId, value: row.signature }, verificationCount: Number(row.verificationCount),
  };
}

export const presentRegisterItem = (r: RegisterRow): RegisterPage['items'][number] => ({
  reportNo: r.reportNo, kind: r.kind as 'public' | 'full', subject: { id: r.subjectId, name: r.subjectName, code: r.subjectCode }, issuedAt: r.issuedAt,
  issuer: { type: r.issuerType, id: r.issuerId, role: r.issuerRole }, purpose: r.purpose, batchId: r.batchId, pdfSha256: r.pdfSha256,
  verificationCount: r.verificationCount, lastVerifiedAt: r.lastVerifiedAt,
});
