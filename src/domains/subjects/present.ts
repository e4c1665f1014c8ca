import { z } from 'zod';
import { describeDivision } from '../identifiers/index.js';
import { SUBJECT_STATUS_LABELS, SUBJECT_TYPE_LABELS, industryLabel } from './labels.js';
import { subjectStatusSchema, subjectTypeSchema, type Subject } from './schema.js';

/**
 * What each audience sees of a subject. Response schemas are strict on the
 * way out too: the serializer drops anything not declared here, a second
 * guard against leaking non-public data.
 */
export const publicSubjectSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    formerNames: z.array(z.string()),
    type: subjectTypeSchema,
    typeLabel: z.string(),
    status: subjectStatusSchema,
    statusLabel: z.string(),
    legalRep: z.string().nullable(),
    address: z.string().nullable(),
    street: z.string().nullable(),
    division: z.object({ code: z.string(), name: z.string().nullable() }).nullable(),
    industry: z.object({ code: z.string(), name: z.string().nullable() }).nullable(),
    establishedOn: z.string().nullable(),
  })
  .meta({ id: 'PublicSubject' });
export type PublicSubject = z.infer<typeof publicSubjectSchema>;

export const registrySubjectSchema = publicSubjectSchema
  .extend({
    id: z.string(),
    code: z.string().nullable(),
    idNumberMasked: z.string().nullable().describe('居民身份证号码 (masked: first 4 and last 4)'),
    aliases: z.array(z.object({ scheme: z.string(), value: z.string() })),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'RegistrySubject' });
export type RegistrySubject = z.infer<typeof registrySubjectSchema>;

function common(s: Subject) {
  const division = s.divisionCode ? describeDivision(s.divisionCode) : null;
  return {
    name: s.name,
    formerNames: s.formerNames,
    type: s.type,
    typeLabel: SUBJECT_TYPE_LABELS[s.type].zh,
    status: s.status,
    statusLabel: SUBJECT_STATUS_LABELS[s.status].zh,
    legalRep: s.legalRep,
    address: s.address,
    street: s.street,
    division: division ? { code: division.code, name: division.name ?? null } : null,
    industry: s.industry ? { code: s.industry, name: industryLabel(s.industry) } : null,
    establishedOn: s.establishedOn,
  };
}

/** The public view. Persons never reach it (search excludes them; profiles refuse them). */
export function presentPublic(s: Subject): PublicSubject {
  if (s.type === 'person' || !s.code) throw new Error('persons have no public registry view');
  return { code: s.code, ...common(s) };
}

/** Government users: the registry record with the ID number masked. */
export function presentRegistry(s: Subject): RegistrySubject {
  return {
    ...common(s),
    id: s.id,
    code: s.code,
    idNumberMasked: s.idNumberMasked,
    aliases: s.aliases,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    version: s.version,
  };
}
