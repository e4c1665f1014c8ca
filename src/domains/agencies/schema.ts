import { z } from 'zod';

/** Credit service agencies (信用服务机构备案, SPEC §11): status of the filing. */
export const AGENCY_STATUSES = ['filed', 'suspended', 'revoked'] as const;
export type AgencyStatus = (typeof AGENCY_STATUSES)[number];

/** Services an agency files that it offers. */
export const AGENCY_SERVICES = ['credit_rating', 'credit_report', 'credit_investigation', 'credit_consulting', 'credit_repair_training', 'credit_reference', 'other'] as const;
export type AgencyService = (typeof AGENCY_SERVICES)[number];

const text = (min: number, max: number) => z.string().trim().min(min).max(max);
const uscc = z.string().trim().min(18).max(40);

export const agencyCreateSchema = z
  .strictObject({
    name: text(2, 200),
    uscc: uscc.describe('统一社会信用代码 (GB 32100-2015; the check character is verified)'),
    legalRep: text(2, 100).describe('法定代表人'),
    address: text(4, 300),
    services: z.array(z.enum(AGENCY_SERVICES)).min(1).max(AGENCY_SERVICES.length),
    filingNo: text(2, 100).describe('备案编号'),
    filedOn: z.iso.date().describe('备案日期'),
    contactPhone: text(5, 40).optional(),
  })
  .meta({ id: 'AgencyFiling' });
export type AgencyCreateInput = z.input<typeof agencyCreateSchema>;

export const agencyStatusSchema = z
  .strictObject({ status: z.enum(AGENCY_STATUSES), reason: text(2, 2000).describe('why: e.g. the inspection finding, or the agency\'s own request') })
  .meta({ id: 'AgencyStatusChange' });

export const agencyStaffSchema = z
  .strictObject({ name: text(2, 100), role: text(2, 100).describe('e.g. 信用分析师, 项目负责人') })
  .meta({ id: 'AgencyStaffInput' });

export const agencyQuerySchema = z.strictObject({
  q: z.string().trim().min(1).max(100).optional().describe('part of the name, or the USCC'),
  status: z.enum(AGENCY_STATUSES).optional().describe('the public list shows filed and suspended agencies by default'),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});
export type AgencyQuery = z.infer<typeof agencyQuerySchema>;
