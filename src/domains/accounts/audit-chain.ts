import type { AccountsDb } from './deps.js';
import { auditEntryHash, GENESIS_HASH } from './audit-hash.js';
import { auditRowsAfter } from './audit-repo.js';

export interface AuditChainResult {
  ok: boolean;
  checked: number;
  /** The first row whose seq, prevHash or hash does not follow from the rows before it. */
  brokenAtSeq?: number;
}

/**
 * Walks the whole chain in seq order, a page at a time (memory stays flat
 * however long the trail). Detects changed rows, removed or inserted rows in
 * the middle, and reordering; removing rows from the end is what the
 * append-only triggers prevent.
 */
export async function verifyAuditChain(db: AccountsDb, opts: { pageSize?: number } = {}): Promise<AuditChainResult> {
  const pageSize = opts.pageSize ?? 1000;
  let prevHash = GENESIS_HASH;
  let lastSeq = 0;
  let checked = 0;
  for (;;) {
    const rows = await auditRowsAfter(db, lastSeq, pageSize);
    for (const row of rows) {
      const intact = row.seq === lastSeq + 1 && row.prevHash === prevHash && row.hash === auditEntryHash(row.prevHash, row);
      if (!intact) return { ok: false, checked, brokenAtSeq: row.seq };
      prevHash = row.hash;
      lastSeq = row.seq;
      checked += 1;
    }
    if (rows.length < pageSize) return { ok: true, checked };
  }
}
