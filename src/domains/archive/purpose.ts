import { SELF_PURPOSE, type GrantTerms } from './audience.js';
import { purposeRequired } from './errors.js';
import type { ArchiveAudience } from './schema.js';

export const PURPOSE_MIN = 2;
export const PURPOSE_MAX = 200;

/**
 * SPEC §4: every read above the public level states its purpose (2-200
 * characters). Without one, the subject's own reads are 本主体查询 and a grant
 * holder's the grant's purpose; anyone else is refused (PURPOSE_REQUIRED).
 * The public states none (null).
 */
export function statedPurpose(audience: ArchiveAudience, given: string | undefined, defaults: { self: boolean; grant: GrantTerms | null }): string | null {
  if (audience === 'public') return null;
  const text = given?.trim() ?? '';
  if (text.length > 0) {
    const length = [...text].length;
    if (length < PURPOSE_MIN || length > PURPOSE_MAX) throw purposeRequired();
    return text;
  }
  if (defaults.self) return SELF_PURPOSE;
  if (defaults.grant) return defaults.grant.purpose;
  throw purposeRequired();
}
