import type { Actor } from '../../kernel/actor.js';
import type { Role } from '../../kernel/actor.js';

/** Where a request came from, for the audit trail. */
export interface RequestMeta {
  ip: string | null;
  requestId: string | null;
}

export const NO_META: RequestMeta = { ip: null, requestId: null };

export function userActor(
  user: { id: string; role: string; departmentId: string | null; subjectId: string | null },
  meta: RequestMeta,
): Actor {
  return {
    kind: 'user',
    id: user.id,
    role: user.role as Role,
    departmentId: user.departmentId,
    subjectId: user.subjectId,
    apiKeyPurpose: null,
    ip: meta.ip,
    requestId: meta.requestId,
  };
}

/** Provider keys act as `provider`; consumer keys (business systems running checks) as `public` with purpose `consumer`. */
export function apiKeyActor(key: { id: string; departmentId: string; purpose: 'provider' | 'consumer' }, meta: RequestMeta): Actor {
  return {
    kind: 'api_key',
    id: key.id,
    role: key.purpose === 'provider' ? 'provider' : 'public',
    departmentId: key.departmentId,
    subjectId: null,
    apiKeyPurpose: key.purpose,
    ip: meta.ip,
    requestId: meta.requestId,
  };
}
