import { createActivation } from './activation.js';
import { createArchiveReads } from './archive-reads.js';
import type { ArchiveDeps } from './deps.js';
import { createGrants } from './grants.js';
import { createInquiries } from './inquiries.js';

/**
 * The credit archive (SPEC §4, issue 4): a subject's records grouped by
 * category as each audience may see them, and the subject's self-service —
 * activation of its account, authorisations, the inquiry record.
 */
export function createArchiveService(deps: ArchiveDeps) {
  return {
    ...createArchiveReads(deps),
    ...createActivation(deps),
    ...createGrants(deps),
    ...createInquiries(deps),
  };
}

export type ArchiveService = ReturnType<typeof createArchiveService>;
