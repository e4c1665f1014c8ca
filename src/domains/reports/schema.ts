import { z } from 'zod';

/**
 * Credit reports (信用报告, SPEC §9). The content of a report is one JSON
 * snapshot (`ReportContent`): every value a string, an integer or null, so its
 * canonical JSON, hence its digest, has one form. The PDF and the HTML are
 * rendered from the snapshot and the verification code alone.
 */
export const REPORT_KINDS = ['public', 'full'] as const;
export const reportKindSchema = z.enum(REPORT_KINDS);
export type ReportKind = z.infer<typeof reportKindSchema>;

/** Version of the snapshot format and of the renderer: a stored report names the renderer it was issued with. */
export const SNAPSHOT_FORMAT = 'xinyong-report/1';

const text = z.string();
const field = z.object({ label: text, value: text });

export const reportRecordSchema = z.object({
  id: text,
  typeCode: text,
  typeName: text,
  docNo: text,
  decisionDate: text,
  /** last day of publicity; 2099-12-31 = indefinite */
  publicityEnd: text.nullable(),
  severity: text.nullable(),
  source: text,
  fields: z.array(field),
});
export type ReportRecord = z.infer<typeof reportRecordSchema>;

export const reportListEntrySchema = z.object({
  listName: text, kind: text, decisionNo: text.nullable(), decidedBy: text.nullable(), legalBasis: text, effectiveFrom: text, effectiveTo: text.nullable(),
});
export type ReportListEntry = z.infer<typeof reportListEntrySchema>;

export const reportRatingSchema = z.object({ modelName: text, grade: text, gradeLabel: text, meaning: text, ratedOn: text });
export type ReportRating = z.infer<typeof reportRatingSchema>;

/** A commitment as the optional commitments port hands it over. */
export const reportCommitmentSchema = z.object({ title: text, signedOn: text, status: text, content: text });
export type ReportCommitment = z.infer<typeof reportCommitmentSchema>;

export const reportSubjectSchema = z.object({
  name: text, code: text.nullable(), type: text, typeLabel: text, statusLabel: text, legalRep: text.nullable(), address: text.nullable(),
  establishedOn: text.nullable(), industry: text.nullable(), division: text.nullable(), formerNames: z.array(text),
  /** full reports of persons only: masked (first 4, last 4) */
  idNumberMasked: text.nullable(),
});
export type ReportSubject = z.infer<typeof reportSubjectSchema>;

export const reportSummarySchema = z.object({
  licences: z.number().int(), penalties: z.number().int(), listEntries: z.number().int(), ratings: z.number().int(),
  commitments: z.number().int(), commendations: z.number().int(), others: z.number().int(),
});

/** The stored snapshot: what the report says, in the order SPEC §9 lists its sections. */
export const reportContentSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  reportNo: text,
  kind: reportKindSchema,
  issuedAt: text,
  /** the day (China) publicity windows were judged on */
  asOf: text,
  issuer: text,
  /** the verification page; the QR code adds ?no=…&code=… */
  verifyUrl: text,
  subject: reportSubjectSchema,
  summary: reportSummarySchema,
  licences: z.array(reportRecordSchema),
  penalties: z.array(reportRecordSchema),
  listEntries: z.array(reportListEntrySchema),
  ratings: z.array(reportRatingSchema),
  ratingRecords: z.array(reportRecordSchema),
  commitments: z.array(reportCommitmentSchema),
  commitmentRecords: z.array(reportRecordSchema),
  commendations: z.array(reportRecordSchema),
  others: z.array(reportRecordSchema),
  sources: z.array(z.object({ name: text, count: z.number().int() })),
  notes: z.array(text),
});
export type ReportContent = z.infer<typeof reportContentSchema>;

// ---- requests ----

export const issueBodySchema = z
  .strictObject({
    subject: z.string().trim().min(1).max(40).describe('统一社会信用代码 (or a legacy identifier), or the subject id'),
    kind: reportKindSchema.default('public').describe('`public`: public information only (anyone); `full`: the subject itself or a party it authorised'),
    purpose: z.string().trim().min(2).max(200).optional().describe('查询事由 for a full report (the grant\'s purpose by default)'),
  })
  .meta({ id: 'ReportRequest' });
export type IssueInput = z.input<typeof issueBodySchema>;

export const batchBodySchema = z
  .strictObject({
    subjects: z.array(z.string().trim().min(1).max(40)).min(1).max(200).describe('codes of the subjects, e.g. the bidders of one procurement'),
    kind: reportKindSchema.default('public'),
    purpose: z.string().trim().min(2).max(200).optional(),
  })
  .meta({ id: 'ReportBatchRequest' });
export type BatchInput = z.input<typeof batchBodySchema>;

export const verifyQuerySchema = z.strictObject({
  code: z.string().trim().min(1).max(40).describe('the verification code printed on the report'),
  digest: z.string().trim().regex(/^[0-9a-fA-F]{64}$/).optional().describe('SHA-256 (hex) of the PDF file you hold: `sha256sum report.pdf`'),
});

export const registerQuerySchema = z.strictObject({
  subject: z.string().trim().min(1).max(40).optional().describe('a subject code: only its reports'),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});
export type RegisterQuery = z.input<typeof registerQuerySchema>;
