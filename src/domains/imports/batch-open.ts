import { isoNow, type Clock } from '../../kernel/clock.js';
import type { Actor } from '../../kernel/actor.js';
import type { AuditTrail } from '../../kernel/audit.js';
import { newId } from '../../kernel/ids.js';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { BatchRepo } from './batch-repo.js';
import { canTakeOver, processOwner } from './batch-lease.js';
import { importInProgress } from './errors.js';
import type { ImportBatch, ImportChannel } from './schema.js';

export interface BatchRequest {
  actor: Actor;
  departmentId: string;
  typeCode: string;
  channel: ImportChannel;
  fileName: string | null;
  file: { sha256: string; size: number };
  /** does this process run that batch right now (an upload job)? */
  runningHere?: (batchId: string) => boolean;
}

export interface OpenedBatch {
  batch: ImportBatch;
  /** a batch taken over from an earlier run: its committed rows are skipped */
  resumed: boolean;
}

export const submitterTypeOf = (a: Actor) => (a.kind === 'api_key' ? 'api_key' : a.kind === 'system' ? 'system' : 'user');

/**
 * The batch a file import runs in. SPEC §3.3 resumability: a file (department,
 * type, SHA-256) with an open batch — failed, or running under an owner that is
 * gone — resumes it after its committed rows; a live owner means the file is
 * being imported right now (IMPORT_IN_PROGRESS); otherwise, and after a
 * completed batch, a new batch starts (a completed file re-imports as
 * `unchanged`). The partial unique index settles two processes starting at once.
 */
export async function openFileBatch(deps: { db: Kysely<DB>; repo: BatchRepo; clock: Clock; audit: AuditTrail }, req: BatchRequest): Promise<OpenedBatch> {
  const { db, repo, clock, audit } = deps;
  const owner = processOwner();
  let contended = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    const open = await repo.findOpen(db, req.departmentId, req.typeCode, req.file.sha256);
    if (open) {
      contended = open.id;
      if (!canTakeOver(open, clock.now(), req.runningHere?.(open.id) ?? false)) throw importInProgress(open.id);
      if (await repo.claim(db, open, owner, isoNow(clock))) return { batch: { ...open, status: 'running', owner, error: null }, resumed: true };
      continue;
    }
    const now = isoNow(clock);
    const batch: ImportBatch = {
      id: newId(), departmentId: req.departmentId, typeCode: req.typeCode, channel: req.channel, fileName: req.fileName,
      fileSha256: req.file.sha256, fileSize: req.file.size, encoding: null, format: null, status: 'running', rowsTotal: null, rowsCommitted: 0,
      counts: { created: 0, updated: 0, unchanged: 0, rejected: 0 }, submitterType: submitterTypeOf(req.actor), submittedBy: req.actor.id,
      owner, heartbeatAt: now, startedAt: now, finishedAt: null, error: null,
    };
    const inserted = await db.transaction().execute(async (trx) => {
      if (!(await repo.insert(trx, batch))) return false;
      await audit.append(trx, req.actor, {
        action: 'import.start', targetType: 'import_batch', targetId: batch.id,
        details: { channel: batch.channel, typeCode: batch.typeCode, departmentId: batch.departmentId, fileName: batch.fileName, sha256: batch.fileSha256, size: batch.fileSize },
      });
      return true;
    });
    if (inserted) return { batch, resumed: false };
  }
  // Another process opened or claimed the file's batch between each look and each write.
  throw importInProgress(contended);
}
