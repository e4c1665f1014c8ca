import { z } from 'zod';
import { LIST_KINDS, LIST_ORIGINS } from '../lists/index.js';
import { publicRecordSchema } from '../records/index.js';

/**
 * Public listings across subjects (SPEC §1, §3.1, §5, §13): the latest 双公示
 * licences and penalties (only what the records' public audience may see:
 * active, disclosure public, inside the publicity window on the day asked, a
 * read-time rule, no job), and the public credit lists as the lists domain
 * has them in effect on the day asked.
 */

/** Deepest page a listing may be read to, and the largest page: a person browses, a scraper is slowed. */
export const MAX_LISTING_PAGE = 50;
export const MAX_LISTING_PAGE_SIZE = 50;

/** The two 双公示 listings and the archive category each reads. */
export const DISCLOSURE_KINDS = ['licences', 'penalties'] as const;
export type DisclosureKind = (typeof DISCLOSURE_KINDS)[number];
export const DISCLOSURE_CATEGORY: Record<DisclosureKind, 'licence' | 'penalty'> = { licences: 'licence', penalties: 'penalty' };

const isoDate = z.iso.date();
const page = z.coerce.number().int().min(1).max(MAX_LISTING_PAGE).default(1);
const pageSize = z.coerce.number().int().min(1).max(MAX_LISTING_PAGE_SIZE).default(20);

export const disclosureQuerySchema = z
  .strictObject({
    department: z.string().trim().min(1).max(40).optional().describe('统一社会信用代码 of the source department (数据来源单位)'),
    from: isoDate.optional().describe('decision date on or after (YYYY-MM-DD)'),
    to: isoDate.optional().describe('decision date on or before (YYYY-MM-DD)'),
    page,
    pageSize,
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: '起始日期不能晚于截止日期 / `from` must not be after `to`', path: ['from'] });
export type DisclosureQuery = z.infer<typeof disclosureQuerySchema>;

export const listQuerySchema = z.strictObject({ page, pageSize });
export type ListQuery = z.infer<typeof listQuerySchema>;

export const listTypeParams = z.strictObject({ listType: z.string().min(1).max(60).describe('a public list type code of the lists domain, e.g. dishonest_judgment_debtor') });

/**
 * Who a listed record is about. Organisations carry their code (the profile's
 * address); persons only their name and masked ID number, never a code or a link.
 */
export const listedSubjectSchema = z
  .object({
    code: z.string().nullable().describe('统一社会信用代码; null for persons'),
    name: z.string(),
    type: z.string(),
    idNumberMasked: z.string().nullable().describe('persons only: 居民身份证号码 with all but the first 4 and last 4 hidden'),
  })
  .meta({ id: 'ListedSubject' });
export type ListedSubject = z.infer<typeof listedSubjectSchema>;

export const disclosureItemSchema = publicRecordSchema.extend({ subject: listedSubjectSchema }).meta({ id: 'DisclosureItem' });
export type DisclosureItem = z.infer<typeof disclosureItemSchema>;

export const disclosurePageSchema = z
  .object({
    kind: z.enum(DISCLOSURE_KINDS),
    items: z.array(disclosureItemSchema),
    page: z.number().int(),
    pageSize: z.number().int(),
    hasMore: z.boolean(),
  })
  .meta({ id: 'DisclosurePage' });
export type DisclosurePage = z.infer<typeof disclosurePageSchema>;

/** A public list type with how many entries it has in effect on the day asked (`GET /api/v1/lists`). */
export const publicListTypeSchema = z
  .object({
    code: z.string().describe('list type code (the lists domain\'s), e.g. dishonest_judgment_debtor'),
    name: z.string(),
    nameEn: z.string(),
    kind: z.enum(LIST_KINDS).describe('red 守信激励, watch 重点关注, black 严重失信'),
    origin: z.enum(LIST_ORIGINS).describe('office: decided on this platform; upstream: kept by an upstream authority, entries are its records'),
    legalBasis: z.array(z.string()).describe('citations: law and article, or document number'),
    decidingAuthority: z.string(),
    count: z.number().int().describe('entries in effect on `at`'),
  })
  .meta({ id: 'PublicListType' });
export type PublicListType = z.infer<typeof publicListTypeSchema>;

export const publicListTypesSchema = z
  .object({ at: z.string().describe('the day the counts are for (YYYY-MM-DD, China)'), items: z.array(publicListTypeSchema) })
  .meta({ id: 'PublicListTypes' });
export type PublicListTypes = z.infer<typeof publicListTypesSchema>;

/** A source department the 双公示 listings may be filtered by. */
export interface DisclosureSource {
  code: string;
  name: string;
}

/** What a subject has in public view today, per record type (the portal's 信用概览 and tab counts). */
export interface PublicTally {
  typeCode: string;
  category: string;
  polarity: string;
  count: number;
}
