import { z } from 'zod';
import type { Disclosure, RecordTypeDefinition, FieldValue } from '../catalog/index.js';
import { recordChangeSchema, recordChannelSchema, recordStatusSchema, type Audience, type RecordVersion, type StoredRecord } from './schema.js';

/**
 * What each audience sees of a record (SPEC §3, §4). A record never shows at a
 * level above its own, and neither does a field: a field whose catalogue
 * disclosure is above the audience's level is left out. Response schemas are
 * strict on the way out too, a second guard against leaking non-public data.
 */
const LEVEL: Record<Disclosure, number> = { public: 0, shared: 1, authorised: 2, internal: 3 };
const AUDIENCE_LEVEL: Record<Audience, number> = { public: LEVEL.public, government: LEVEL.shared, authorised: LEVEL.authorised, internal: LEVEL.internal };

export const mayShowRecord = (disclosure: Disclosure, audience: Audience) => LEVEL[disclosure] <= AUDIENCE_LEVEL[audience];

const fieldValueSchema = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]);
const presentedFieldSchema = z.object({ key: z.string(), label: z.string(), labelEn: z.string(), value: fieldValueSchema });
type PresentedField = z.infer<typeof presentedFieldSchema>;

/**
 * The fields an audience may see, in the catalogue's order, labelled. A stored
 * key the definition does not know (never expected) is shown to the credit office only.
 */
function visibleFields(fields: Record<string, FieldValue>, def: RecordTypeDefinition, record: Disclosure, audience: Audience): PresentedField[] {
  const out: PresentedField[] = [];
  const known = new Set<string>();
  for (const f of def.fields) {
    known.add(f.key);
    const value = fields[f.key];
    if (value === undefined) continue;
    const level = Math.max(LEVEL[record], LEVEL[f.disclosure ?? record]);
    if (level <= AUDIENCE_LEVEL[audience]) out.push({ key: f.key, label: f.label, labelEn: f.labelEn, value });
  }
  if (audience === 'internal') {
    for (const [key, value] of Object.entries(fields)) if (!known.has(key) && value !== undefined) out.push({ key, label: key, labelEn: key, value });
  }
  return out;
}

export const publicRecordSchema = z
  .object({
    id: z.string(),
    type: z.object({ code: z.string(), name: z.string(), nameEn: z.string() }),
    category: z.string(),
    polarity: z.string(),
    severity: z.string().nullable(),
    docNo: z.string(),
    period: z.string().nullable(),
    decisionDate: z.string(),
    validUntil: z.string().nullable(),
    publicityEnd: z.string().nullable().describe('last day of publicity (inclusive); 2099-12-31 = indefinite'),
    underObjection: z.boolean().describe('异议处理中: an objection to this record is being handled (SPEC §8)'),
    source: z.object({ code: z.string(), name: z.string() }),
    fields: z.array(presentedFieldSchema),
  })
  .meta({ id: 'PublicRecord' });
export type PublicRecord = z.infer<typeof publicRecordSchema>;

export const governmentRecordSchema = publicRecordSchema
  .extend({
    disclosure: z.string(),
    inPublicity: z.boolean().describe('within its publicity window on the day asked for'),
    version: z.number().int(),
    firstReceivedAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'GovernmentRecord' });
export type GovernmentRecord = z.infer<typeof governmentRecordSchema>;

export const recordVersionSchema = z
  .object({
    version: z.number().int(),
    change: recordChangeSchema,
    typeVersion: z.number().int(),
    contentHash: z.string(),
    submitter: z.object({ type: z.enum(['user', 'api_key', 'system']), id: z.string().nullable() }),
    channel: recordChannelSchema,
    batchId: z.string().nullable(),
    receivedAt: z.string(),
    reason: z.string().nullable(),
    fields: z.array(presentedFieldSchema),
  })
  .meta({ id: 'RecordVersion' });

/** The credit office and the source department: every field, the status, withdrawn records too. */
export const internalRecordSchema = governmentRecordSchema
  .extend({
    subjectId: z.string(),
    typeVersion: z.number().int(),
    status: recordStatusSchema,
    contentHash: z.string(),
    lastReceivedAt: z.string(),
  })
  .meta({ id: 'InternalRecord' });
export type InternalRecord = z.infer<typeof internalRecordSchema>;

export const recordDetailSchema = internalRecordSchema.extend({ versions: z.array(recordVersionSchema) }).meta({ id: 'RecordDetail' });
export type RecordDetail = z.infer<typeof recordDetailSchema>;

export function presentPublic(r: StoredRecord, def: RecordTypeDefinition): PublicRecord {
  return {
    id: r.id,
    type: { code: r.typeCode, name: def.name, nameEn: def.nameEn },
    category: r.category,
    polarity: r.polarity,
    severity: r.severity,
    docNo: r.docNo,
    period: r.period,
    decisionDate: r.decisionDate,
    validUntil: r.validUntil,
    publicityEnd: r.publicityEnd,
    underObjection: r.underObjection,
    source: { code: r.sourceDepartment.code, name: r.sourceDepartment.name },
    fields: visibleFields(r.fields, def, r.disclosure, 'public'),
  };
}

/** Government staff (`shared`), or with `level` `authorised` the subject itself and the parties it authorised: same shape, more fields. */
export function presentGovernment(r: StoredRecord, def: RecordTypeDefinition, inPublicity: boolean, level: 'government' | 'authorised' = 'government'): GovernmentRecord {
  return {
    ...presentPublic(r, def),
    fields: visibleFields(r.fields, def, r.disclosure, level),
    disclosure: r.disclosure,
    inPublicity,
    version: r.version,
    firstReceivedAt: r.firstReceivedAt,
    updatedAt: r.updatedAt,
  };
}

export function presentInternal(r: StoredRecord, def: RecordTypeDefinition, inPublicity: boolean): InternalRecord {
  return {
    ...presentGovernment(r, def, inPublicity),
    fields: visibleFields(r.fields, def, r.disclosure, 'internal'),
    subjectId: r.subjectId,
    typeVersion: r.typeVersion,
    status: r.status,
    contentHash: r.contentHash,
    lastReceivedAt: r.lastReceivedAt,
  };
}

/** A record with every version and its provenance. */
export function presentDetail(r: StoredRecord, versions: RecordVersion[], def: RecordTypeDefinition, inPublicity: boolean): RecordDetail {
  return {
    ...presentInternal(r, def, inPublicity),
    versions: versions.map((v) => ({
      version: v.version,
      change: v.change,
      typeVersion: v.typeVersion,
      contentHash: v.contentHash,
      submitter: v.submitter,
      channel: v.channel,
      batchId: v.batchId,
      receivedAt: v.receivedAt,
      reason: v.reason,
      fields: visibleFields(v.fields, def, r.disclosure, 'internal'),
    })),
  };
}

/** What listForSubject returns for each audience. */
export type PresentedFor<A extends Audience> = A extends 'public' ? PublicRecord : A extends 'government' | 'authorised' ? GovernmentRecord : InternalRecord;
