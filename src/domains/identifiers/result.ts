// The one result shape every identifier check returns. Failures carry a stable
// SCREAMING_SNAKE code (tests and API clients match on it), the name of the check
// that failed, and a message in Chinese and in English.
import { z } from 'zod';

export const identifierKindSchema = z.enum(['uscc', 'resident_id', 'org_code']);
export type IdentifierKind = z.infer<typeof identifierKindSchema>;

export const identifierFailureSchema = z.object({
  code: z.string(),
  check: z.string(),
  message: z.string(),
  messageEn: z.string(),
});
export type IdentifierFailure = z.infer<typeof identifierFailureSchema>;

export const identifierPartsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));
export type IdentifierParts = z.infer<typeof identifierPartsSchema>;

export const validIdentifierSchema = z.object({
  valid: z.literal(true),
  kind: identifierKindSchema,
  normalized: z.string(),
  parts: identifierPartsSchema,
  description: z.string(),
  descriptionEn: z.string(),
  warnings: z.array(identifierFailureSchema),
});
export type ValidIdentifier = z.infer<typeof validIdentifierSchema>;

export const invalidIdentifierSchema = z.object({
  valid: z.literal(false),
  kind: z.union([identifierKindSchema, z.literal('unknown')]),
  normalized: z.string(),
  failures: z.array(identifierFailureSchema),
});
export type InvalidIdentifier = z.infer<typeof invalidIdentifierSchema>;

export const identifierResultSchema = z.discriminatedUnion('valid', [validIdentifierSchema, invalidIdentifierSchema]);
export type IdentifierResult = z.infer<typeof identifierResultSchema>;

/** Every failure and warning code this domain can produce (for docs/errors.md). */
export const IDENTIFIER_FAILURE_CODES = [
  'CODE_UNRECOGNISED',
  'CODE_AMBIGUOUS',
  'USCC_LENGTH',
  'USCC_ALPHABET',
  'USCC_REGISTRATION_AUTHORITY',
  'USCC_CATEGORY',
  'USCC_DIVISION',
  'USCC_ORG_CODE_CHECK',
  'USCC_CHECK_CHAR',
  'USCC_PILOT_ALLOWED',
  'ORG_CODE_LENGTH',
  'ORG_CODE_ALPHABET',
  'ORG_CODE_CHECK',
  'ID_LENGTH',
  'ID_FORMAT',
  'ID_AREA',
  'ID_BIRTH_DATE',
  'ID_BIRTH_DATE_FUTURE',
  'ID_CHECK_CHAR',
] as const;
export type IdentifierFailureCode = (typeof IDENTIFIER_FAILURE_CODES)[number];

export function failure(
  code: IdentifierFailureCode,
  check: string,
  message: string,
  messageEn: string,
): IdentifierFailure {
  return { code, check, message, messageEn };
}

export function invalid(
  kind: IdentifierKind | 'unknown',
  normalized: string,
  failures: IdentifierFailure[],
): InvalidIdentifier {
  return { valid: false, kind, normalized, failures };
}
