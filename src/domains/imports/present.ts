import type { Department } from '../accounts/index.js';
import type { ImportBatch, PresentedBatch } from './schema.js';

/** A batch as its department and the credit office see it (owner and lease are internal). */
export function presentBatch(b: ImportBatch, department: Pick<Department, 'id' | 'code' | 'name'>, progress: number | null): PresentedBatch {
  return {
    id: b.id,
    department: { id: department.id, code: department.code, name: department.name },
    type: b.typeCode,
    channel: b.channel,
    fileName: b.fileName,
    fileSha256: b.fileSha256,
    fileSize: b.fileSize,
    format: b.format,
    encoding: b.encoding,
    status: b.status,
    rowsTotal: b.rowsTotal,
    rowsCommitted: b.rowsCommitted,
    counts: b.counts,
    progress: b.status === 'running' ? progress : b.status === 'completed' ? 1 : null,
    startedAt: b.startedAt,
    finishedAt: b.finishedAt,
    error: b.error,
  };
}
