import { z } from 'zod';
import { categorySchema } from '../catalog/index.js';
import { governmentRecordSchema, internalRecordSchema, publicRecordSchema, type GovernmentRecord, type InternalRecord, type PublicRecord } from '../records/index.js';
import { publicSubjectSchema, registrySubjectSchema } from '../subjects/index.js';

/**
 * The credit archive's types (SPEC §4): what each audience gets back, and the
 * self-service requests (activation, authorisations, inquiry record).
 */
export const ARCHIVE_AUDIENCES = ['public', 'government', 'authorised', 'internal'] as const;
export const archiveAudienceSchema = z.enum(ARCHIVE_AUDIENCES);
export type ArchiveAudience = z.infer<typeof archiveAudienceSchema>;

export type Category = z.infer<typeof categorySchema>;

/** SPEC §4: the archive's categories, always all nine, in this order. */
export const ARCHIVE_CATEGORIES: ReadonlyArray<{ category: Category; label: string; labelEn: string }> = [
  { category: 'basic', label: '基本信息', labelEn: 'Basic registration' },
  { category: 'licence', label: '行政许可', labelEn: 'Licences' },
  { category: 'penalty', label: '行政处罚', labelEn: 'Penalties' },
  { category: 'list', label: '名单信息', labelEn: 'Lists' },
  { category: 'rating', label: '信用评价', labelEn: 'Ratings' },
  { category: 'commitment', label: '信用承诺', labelEn: 'Commitments' },
  { category: 'commendation', label: '表彰奖励', labelEn: 'Commendations' },
  { category: 'judicial', label: '司法信息', labelEn: 'Judicial' },
  { category: 'other', label: '其他信息', labelEn: 'Other' },
];

const isoDate = z.iso.date();
const count = z.number().int().nonnegative();
const nonPublic = z.enum(['government', 'authorised', 'internal']);

const categoryCountSchema = z.object({ category: categorySchema, label: z.string(), labelEn: z.string(), count });
const summarySchema = z.object({ positive: count, negative: count, neutral: count }).describe('records this audience sees, by polarity');
const overviewBody = { categories: z.array(categoryCountSchema), summary: summarySchema };

/** The public sees the public registry view; everyone above it the registry view with the ID number masked. */
export const archiveOverviewSchema = z
  .discriminatedUnion('audience', [
    z.object({ audience: z.literal('public'), subject: publicSubjectSchema, ...overviewBody }),
    z.object({ audience: nonPublic, subject: registrySubjectSchema, ...overviewBody }),
  ])
  .meta({ id: 'ArchiveOverview' });
export type ArchiveOverview = z.infer<typeof archiveOverviewSchema>;

const pageFields = { page: z.number().int(), pageSize: z.number().int(), hasMore: z.boolean() };
export const archiveRecordPageSchema = z
  .discriminatedUnion('audience', [
    z.object({ audience: z.literal('public'), items: z.array(publicRecordSchema), ...pageFields }),
    z.object({ audience: z.enum(['government', 'authorised']), items: z.array(governmentRecordSchema), ...pageFields }),
    z.object({ audience: z.literal('internal'), items: z.array(internalRecordSchema), ...pageFields }),
  ])
  .meta({ id: 'ArchiveRecordPage' });
export type ArchiveRecordPage = { page: number; pageSize: number; hasMore: boolean } & (
  | { audience: 'public'; items: PublicRecord[] }
  | { audience: 'government' | 'authorised'; items: GovernmentRecord[] }
  | { audience: 'internal'; items: InternalRecord[] }
);

/** Which subject: exactly one of code (USCC or legacy identifier) and subjectId. */
export interface SubjectReference {
  code?: string;
  subjectId?: string;
}

export interface OverviewQuery extends SubjectReference {
  /** 查询事由: required above the public level (defaults for the subject itself and for grant holders) */
  purpose?: string;
  /** YYYY-MM-DD, the day publicity windows are judged on; default today in China; the public may not ask for a past day */
  at?: string;
}

export interface RecordsQuery extends OverviewQuery {
  category?: Category;
  typeCodes?: string[];
  page?: number;
  /** at most 50, default 20 */
  pageSize?: number;
}

// HTTP query strings (GET): purpose is checked by the service (PURPOSE_REQUIRED), not here.
export const overviewQuerySchema = z.object({
  purpose: z.string().max(200).optional().describe('查询事由 / stated purpose (2-200 characters), required above the public level; kept in the audit trail'),
  at: isoDate.optional().describe('the day publicity is judged on (default today in China); not before today for the public'),
});
export const recordsQuerySchema = overviewQuerySchema.extend({
  category: categorySchema.optional(),
  typeCodes: z.string().max(500).optional().describe('comma-separated catalogue type codes, e.g. abnormal_operation,court_dishonest_debtor'),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});

// Activation codes (subject accounts).
export const issueActivationCodeSchema = z.strictObject({ subjectId: z.uuid() }).meta({ id: 'ActivationCodeRequest' });
export const issuedActivationCodeSchema = z
  .object({
    code: z.string().describe('shown this once; only its SHA-256 is stored'),
    subjectId: z.string(),
    expiresAt: z.string(),
  })
  .meta({ id: 'ActivationCode' });
export type IssuedActivationCode = z.infer<typeof issuedActivationCodeSchema>;

export const activationInputSchema = z
  .strictObject({
    code: z.string().trim().min(1).max(40).describe('the one-time code, e.g. ABCD-EFGH-JKLM (case and dashes do not matter)'),
    subjectCode: z.string().trim().min(1).max(40).describe('统一社会信用代码, or for a person the resident ID number'),
    username: z.string().min(1).max(64),
    displayName: z.string().trim().min(1).max(100),
    password: z.string().min(1).max(1024),
  })
  .meta({ id: 'SubjectActivation' });
export type ActivationInput = z.input<typeof activationInputSchema>;

// Authorisations (授权查询).
export const GRANT_STATUSES = ['scheduled', 'active', 'expired', 'revoked'] as const;
export const grantStatusSchema = z.enum(GRANT_STATUSES);
export type GrantStatus = z.infer<typeof grantStatusSchema>;

export const grantInputSchema = z
  .strictObject({
    grantee: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('user'), username: z.string().trim().min(1).max(64) }),
      z.strictObject({ kind: z.literal('api_key'), apiKey: z.string().trim().min(1).max(64).describe('the consumer key\'s id or its 8-character prefix') }),
    ]),
    purpose: z.string().trim().min(2).max(200).describe('授权用途 / what the party may read the data for'),
    validFrom: isoDate.describe('first day (inclusive), today or later'),
    validTo: isoDate.describe('last day (inclusive), at most one year after validFrom'),
  });
export type GrantInput = z.input<typeof grantInputSchema>;

const grantPeriod = {
  purpose: z.string(),
  validFrom: z.string(),
  validTo: z.string(),
  status: grantStatusSchema,
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
};

/** A grant as the subject sees it. */
export const grantSchema = z
  .object({
    id: z.string(),
    grantee: z.object({
      kind: z.enum(['user', 'api_key']),
      name: z.string().describe('display name, or the API key\'s name'),
      username: z.string().nullable(),
      apiKeyPrefix: z.string().nullable(),
      department: z.string().nullable(),
    }),
    ...grantPeriod,
  })
  .meta({ id: 'Authorisation' });
export type Grant = z.infer<typeof grantSchema>;

/** A grant as the party holding it sees it. */
export const receivedGrantSchema = z
  .object({
    id: z.string(),
    subject: z.object({ id: z.string(), name: z.string(), code: z.string().nullable(), type: z.string() }),
    ...grantPeriod,
  })
  .meta({ id: 'ReceivedAuthorisation' });
export type ReceivedGrant = z.infer<typeof receivedGrantSchema>;

// The inquiry record (查询记录).
export const inquirySchema = z
  .object({
    at: z.string(),
    reader: z.object({
      kind: z.enum(['user', 'api_key', 'system']),
      name: z.string(),
      department: z.string().nullable(),
      self: z.boolean().describe('an account of the subject itself'),
    }),
    action: z.string(),
    audience: archiveAudienceSchema,
    purpose: z.string().nullable(),
  })
  .meta({ id: 'Inquiry' });
export type Inquiry = z.infer<typeof inquirySchema>;

export const inquiryPageSchema = z.object({ items: z.array(inquirySchema), ...pageFields }).meta({ id: 'InquiryPage' });
export type InquiryPage = z.infer<typeof inquiryPageSchema>;
