import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../kernel/actor.js';
import { authorize } from '../../kernel/authorize.js';
import type { Clock } from '../../kernel/clock.js';
import { ForbiddenError } from '../../kernel/errors.js';
import type { Department } from '../accounts/index.js';
import { canTakeOver } from './batch-lease.js';
import type { BatchRepo } from './batch-repo.js';
import type { Departments } from './department-of.js';
import { importNotFound } from './errors.js';
import { listsBatches, seesAllBatches, seesBatch } from './policy.js';
import { presentBatch } from './present.js';
import type { BatchListQuery, ErrorLine, ImportBatch, PresentedBatch } from './schema.js';
import type { UploadJobs } from './upload-jobs.js';

export interface QueryDeps {
  db: Kysely<DB>;
  repo: BatchRepo;
  clock: Clock;
  departments: Departments;
  jobs: UploadJobs;
}

const ERROR_PAGE = 1000;

/** Reading batches: one, a page of them, a batch's rejected rows. Other departments' batches do not exist for a provider. */
export function createBatchQueries(deps: QueryDeps) {
  const { db, repo, clock, departments, jobs } = deps;

  /** A batch left running by a process that is gone reads as what it is: interrupted, resumable. */
  const current = (b: ImportBatch): ImportBatch =>
    b.status === 'running' && canTakeOver(b, clock.now(), jobs.isRunning(b.id))
      ? { ...b, status: 'failed', error: { code: 'IMPORT_INTERRUPTED', message: '导入进程已中止，重新导入同一文件即可继续 / the importing process is gone; import the same file again to resume', row: null } }
      : b;

  async function present(batches: ImportBatch[]): Promise<PresentedBatch[]> {
    const byId = new Map<string, Department>();
    for (const id of new Set(batches.map((b) => b.departmentId))) byId.set(id, await departments.getDepartment(id));
    return batches.map((b) => presentBatch(current(b), byId.get(b.departmentId)!, jobs.progress(b.id)));
  }

  async function visible(actor: Actor, id: string): Promise<ImportBatch> {
    authorize(actor, listsBatches(actor), '查看导入批次');
    const batch = await repo.find(db, id);
    if (!batch || !seesBatch(actor, batch.departmentId)) throw importNotFound();
    return batch;
  }

  return {
    async getBatch(actor: Actor, id: string): Promise<PresentedBatch> {
      return (await present([await visible(actor, id)]))[0]!;
    },

    /** Newest first; providers see their department's, the credit office, reviewers and auditors any (or one by `department`). */
    async listBatches(actor: Actor, q: BatchListQuery): Promise<{ items: PresentedBatch[]; hasMore: boolean }> {
      authorize(actor, listsBatches(actor), '查看导入批次');
      let departmentId = seesAllBatches(actor) ? undefined : actor.departmentId ?? '';
      if (q.department !== undefined) {
        const named = await departments.findDepartmentByCode(q.department);
        if (!seesAllBatches(actor) && named?.id !== actor.departmentId) throw new ForbiddenError('只能查看本部门的导入批次 / your department\'s batches only', 'SOURCE_DEPARTMENT_FORBIDDEN');
        if (!named) return { items: [], hasMore: false };
        departmentId = named.id;
      }
      const rows = await repo.list(db, { departmentId, typeCode: q.type, status: q.status, channel: q.channel }, q.pageSize + 1, (q.page - 1) * q.pageSize);
      return { items: await present(rows.slice(0, q.pageSize)), hasMore: rows.length > q.pageSize };
    },

    /** Every rejected row in commit order, then the break that stopped the file, if one did; paged from the database. */
    async batchErrors(actor: Actor, id: string): Promise<AsyncIterable<ErrorLine>> {
      const batch = await visible(actor, id);
      return (async function* lines(): AsyncGenerator<ErrorLine> {
        for (let after = 0; ; ) {
          const page = await repo.errorsAfter(db, batch.id, after, ERROR_PAGE);
          for (const e of page) yield { row: e.row, field: e.field, code: e.code, message: e.message };
          if (page.length < ERROR_PAGE) break;
          after = page[page.length - 1]!.seq;
        }
        const end = current((await repo.find(db, batch.id)) ?? batch).error;
        if (end) yield { row: end.row, field: null, code: end.code, message: end.message };
      })();
    },
  };
}
