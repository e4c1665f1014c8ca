import { createApiKeyService } from './api-keys.js';
import { createAuditReader } from './audit-reader.js';
import type { AccountsDeps } from './deps.js';
import { createDepartmentService } from './departments.js';
import { createSessionService } from './sessions.js';
import { createUserService } from './users.js';

/** Users, departments, sessions, API keys and the auditor's reads, as one service. */
export function createAccountsService(deps: AccountsDeps) {
  return {
    ...createSessionService(deps),
    ...createUserService(deps),
    ...createDepartmentService(deps),
    ...createApiKeyService(deps),
    ...createAuditReader(deps),
  };
}

export type AccountsService = ReturnType<typeof createAccountsService>;
