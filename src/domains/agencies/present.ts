import { z } from 'zod';
import { AGENCY_SERVICES, AGENCY_STATUSES, type AgencyService, type AgencyStatus } from './schema.js';
import type { AgencyRow, StaffRow, StatusHistoryRow } from './repo.js';

/** What anyone sees of a registered agency: the filing, not who works there. */
export const publicAgencySchema = z
  .object({
    id: z.string(), name: z.string(), uscc: z.string(), legalRep: z.string(), address: z.string(),
    services: z.array(z.enum(AGENCY_SERVICES)), filingNo: z.string(), filedOn: z.string(), status: z.enum(AGENCY_STATUSES),
  })
  .meta({ id: 'Agency' });
export type PublicAgency = z.infer<typeof publicAgencySchema>;

/** The office's file: plus contact, staff (names and roles only: no ID numbers are kept) and the status history. */
export const agencyFileSchema = publicAgencySchema
  .extend({
    contactPhone: z.string().nullable(),
    staff: z.array(z.object({ id: z.string(), name: z.string(), role: z.string(), addedOn: z.string(), removedOn: z.string().nullable() })),
    history: z.array(z.object({ fromStatus: z.string().nullable(), toStatus: z.string(), reason: z.string(), onDate: z.string(), at: z.string(), actorType: z.string(), actorId: z.string().nullable() })),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'AgencyFile' });
export type AgencyFile = z.infer<typeof agencyFileSchema>;

export const agencyPageSchema = z
  .object({ items: z.array(publicAgencySchema), page: z.number().int(), pageSize: z.number().int(), hasMore: z.boolean() })
  .meta({ id: 'AgencyPage' });
export type AgencyPage = z.infer<typeof agencyPageSchema>;

export const presentPublicAgency = (r: AgencyRow): PublicAgency => ({
  id: r.id, name: r.name, uscc: r.uscc, legalRep: r.legalRep, address: r.address,
  services: JSON.parse(r.services) as AgencyService[], filingNo: r.filingNo, filedOn: r.filedOn, status: r.status as AgencyStatus,
});

export const presentAgencyFile = (r: AgencyRow, staff: StaffRow[], history: StatusHistoryRow[]): AgencyFile => ({
  ...presentPublicAgency(r),
  contactPhone: r.contactPhone,
  staff: staff.map((s) => ({ id: s.id, name: s.name, role: s.role, addedOn: s.addedOn, removedOn: s.removedOn })),
  history: history.map((h) => ({ fromStatus: h.fromStatus, toStatus: h.toStatus, reason: h.reason, onDate: h.onDate, at: h.at, actorType: h.actorType, actorId: h.actorId })),
  version: Number(r.version),
  updatedAt: r.updatedAt,
});
