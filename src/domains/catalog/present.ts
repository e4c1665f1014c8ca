import { z } from 'zod';
import { subjectTypeSchema } from '../subjects/schema.js';
import type { CatalogType } from './catalog-type.js';
import {
  categorySchema, DISCLOSURE_LEVELS, disclosureSchema, domainSchema, fieldTypeSchema, polaritySchema, recordTypeDefinitionSchema,
  type Disclosure, type FieldDefinition,
} from './definition.js';

/**
 * What the catalogue shows. The list is for anyone deciding what to submit or
 * what a record means: names, legal basis, source, and the fields with their
 * type and whether they are ever public. Import plumbing (aliases, patterns,
 * role wiring) stays in the full definition, GET /catalog/{code}.
 */
export const catalogFieldSchema = z
  .object({
    key: z.string(),
    code: z.string().nullable().describe('双公示 field code, e.g. CF_WSH'),
    label: z.string(),
    labelEn: z.string(),
    type: fieldTypeSchema,
    required: z.boolean(),
    options: z.array(z.string()).nullable(),
    disclosure: disclosureSchema.describe('the highest level at which this field is shown'),
  })
  .meta({ id: 'CatalogField' });

export const catalogTypeSummarySchema = z
  .object({
    code: z.string(),
    name: z.string(),
    nameEn: z.string(),
    domain: domainSchema,
    sector: z.string().nullable(),
    category: categorySchema,
    polarity: polaritySchema,
    disclosure: disclosureSchema,
    legalBasis: z.array(z.string()),
    source: z.string(),
    subjectTypes: z.array(subjectTypeSchema),
    version: z.number().int(),
    publishedAt: z.string(),
    fields: z.array(catalogFieldSchema),
  })
  .meta({ id: 'CatalogTypeSummary' });
export type CatalogTypeSummary = z.infer<typeof catalogTypeSummarySchema>;

export const catalogTypeDetailSchema = z
  .object({ version: z.number().int(), publishedAt: z.string(), definition: recordTypeDefinitionSchema })
  .meta({ id: 'CatalogTypeDetail' });
export type CatalogTypeDetail = z.infer<typeof catalogTypeDetailSchema>;

/** The more restrictive of two levels: a field is never shown above its record's level (SPEC §3). */
export function stricterDisclosure(a: Disclosure, b: Disclosure | undefined): Disclosure {
  if (b === undefined) return a;
  return DISCLOSURE_LEVELS.indexOf(a) >= DISCLOSURE_LEVELS.indexOf(b) ? a : b;
}

function presentField(f: FieldDefinition, typeDisclosure: Disclosure) {
  return {
    key: f.key, code: f.code ?? null, label: f.label, labelEn: f.labelEn, type: f.type, required: f.required,
    options: f.options ?? null, disclosure: stricterDisclosure(typeDisclosure, f.disclosure),
  };
}

export function presentSummary({ definition: d, version, publishedAt }: CatalogType): CatalogTypeSummary {
  return {
    code: d.code, name: d.name, nameEn: d.nameEn, domain: d.domain, sector: d.sector ?? null, category: d.category, polarity: d.polarity,
    disclosure: d.disclosure, legalBasis: d.legalBasis, source: d.source, subjectTypes: d.subjectTypes, version, publishedAt,
    fields: d.fields.map((f) => presentField(f, d.disclosure)),
  };
}

/** The full definition; who published it is for the audit trail, not the public. */
export function presentDetail({ definition, version, publishedAt }: CatalogType): CatalogTypeDetail {
  return { version, publishedAt, definition };
}
