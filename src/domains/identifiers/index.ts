// Public API of the identifiers domain: pure checks of USCCs (GB 32100-2015),
// resident ID numbers (GB 11643-1999), organisation codes (GB 11714-1997) and names.
export { normalizeCode } from './normalize-code.js';
export { USCC_ALPHABET, usccCheckChar, parseUscc, subjectTypeFromUscc } from './uscc.js';
export type { UsccOptions, UsccSubjectType } from './uscc.js';
export { orgCodeCheckChar, parseOrgCode, formatOrgCode } from './org-code.js';
export { residentIdCheckChar, convertLegacyId15, parseResidentId, maskIdNumber } from './resident-id.js';
export type { ResidentIdOptions } from './resident-id.js';
export { validateCode } from './validate-code.js';
export type { ValidateCodeOptions } from './validate-code.js';
export { normalizeName, displayName } from './name.js';
export { describeDivision } from './division.js';
export type { DivisionInfo } from './division.js';
export { REGISTRATION_AUTHORITIES } from './registration-authority.js';
export type { RegistrationAuthority } from './registration-authority.js';
export {
  IDENTIFIER_FAILURE_CODES,
  identifierResultSchema,
  identifierFailureSchema,
  identifierKindSchema,
} from './result.js';
export type {
  IdentifierKind,
  IdentifierFailure,
  IdentifierFailureCode,
  IdentifierParts,
  IdentifierResult,
  ValidIdentifier,
  InvalidIdentifier,
} from './result.js';
