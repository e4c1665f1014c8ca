import { z } from 'zod';
import { referenceData } from '../../kernel/reference/index.js';

/** SPEC §2: the kinds of credit subject. */
export const SUBJECT_TYPES = ['enterprise', 'individual_business', 'institution', 'social_org', 'government', 'person'] as const;
export const subjectTypeSchema = z.enum(SUBJECT_TYPES);
export type SubjectType = z.infer<typeof subjectTypeSchema>;

/** 存续 / 注销 / 吊销 */
export const SUBJECT_STATUSES = ['active', 'deregistered', 'revoked'] as const;
export const subjectStatusSchema = z.enum(SUBJECT_STATUSES);
export type SubjectStatus = z.infer<typeof subjectStatusSchema>;

/** Legacy identifiers kept as aliases (SPEC §2). */
export const ALIAS_SCHEMES = ['registration_no', 'org_code', 'tax_no', 'institution_cert', 'social_org_cert'] as const;
export const aliasSchemeSchema = z.enum(ALIAS_SCHEMES);

const industryCodes = Object.keys(referenceData.industrySections) as [string, ...string[]];
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const text = (max: number) => z.string().trim().min(1).max(max);

export const subjectInputSchema = z
  .strictObject({
    type: subjectTypeSchema,
    code: z.string().max(40).optional().describe('统一社会信用代码 (required unless type is person)'),
    idNumber: z.string().max(40).optional().describe('居民身份证号码 (persons only; stored encrypted, never returned in full)'),
    name: text(200),
    formerNames: z.array(text(200)).max(50).optional(),
    legalRep: text(100).optional(),
    address: text(300).optional(),
    street: z.enum(referenceData.nanshanStreets as [string, ...string[]]).optional(),
    divisionCode: z.string().regex(/^\d{6}$/).optional(),
    industry: z.enum(industryCodes).optional().describe('GB/T 4754 section A-T'),
    establishedOn: isoDate.optional(),
    status: subjectStatusSchema.default('active'),
    aliases: z.array(z.strictObject({ scheme: aliasSchemeSchema, value: z.string().trim().min(1).max(60) })).max(10).optional(),
  })
  .meta({ id: 'SubjectInput' });
export type SubjectInput = z.input<typeof subjectInputSchema>;

export const subjectPatchSchema = subjectInputSchema
  .omit({ type: true, code: true, idNumber: true, formerNames: true })
  .partial()
  .extend({ status: subjectStatusSchema.optional() })
  .meta({ id: 'SubjectPatch' });
export type SubjectPatch = z.infer<typeof subjectPatchSchema>;

/** A subject as the services hand it around (never leaves a service as is: see present.ts). */
export interface Subject {
  id: string;
  seq: number;
  type: SubjectType;
  code: string | null;
  idNumberMasked: string | null;
  name: string;
  formerNames: string[];
  legalRep: string | null;
  address: string | null;
  street: string | null;
  divisionCode: string | null;
  industry: string | null;
  establishedOn: string | null;
  status: SubjectStatus;
  aliases: { scheme: string; value: string }[];
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** Deepest page a search may be read to: enough for a person, a brake on whole-registry scraping. */
export const MAX_SEARCH_PAGE = 50;

export const searchQuerySchema = z.strictObject({
  q: z.string().trim().min(1).max(100),
  type: subjectTypeSchema.exclude(['person']).optional(),
  street: z.enum(referenceData.nanshanStreets as [string, ...string[]]).optional().describe('所属街道 (Nanshan street, e.g. 粤海街道)'),
  industry: z.enum(industryCodes).optional().describe('GB/T 4754 section A-T'),
  page: z.coerce.number().int().min(1).max(MAX_SEARCH_PAGE).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

/** A subject as an incoming credit record names it (identifiers already normalised and checked). */
export interface SubjectRef {
  name: string;
  type: SubjectType;
  code: string | null;
  idNumber: string | null;
  legalRep: string | null;
}
