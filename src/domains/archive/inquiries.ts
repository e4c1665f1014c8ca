import type { Actor } from '../../kernel/actor.js';
import { authorize } from '../../kernel/authorize.js';
import type { ArchiveDeps } from './deps.js';
import { pageOf, toListPage } from './paging.js';
import { subjectAccountOf } from './policy.js';
import { presentInquiry } from './present.js';
import { createArchiveRepo } from './repo.js';
import type { InquiryPage } from './schema.js';

/**
 * The audit actions that read a subject's non-public data: the archive read
 * above the public level, a record with its versions, a person found or shown
 * by full ID number. Their entries carry the subject's id.
 */
export const READ_ACTIONS = ['archive.read', 'record.read', 'subject.lookup_id_number', 'subject.reveal_id_number'] as const;

/** The inquiry record (查询记录, issue 4 §3): like a credit bureau's, every read of the subject's non-public data. */
export function createInquiries({ database }: Pick<ArchiveDeps, 'database'>) {
  const repo = createArchiveRepo();
  return {
    /**
     * Newest first: when, who (name and department, never the reader's internal
     * id), at which level, for what purpose. The subject's own reads are listed
     * too, marked `self`. Reading the list is not itself logged.
     */
    async inquiries(actor: Actor, q: { page?: number; pageSize?: number } = {}): Promise<InquiryPage> {
      const subjectId = subjectAccountOf(actor);
      authorize(actor, subjectId !== null, '查看查询记录');
      const p = pageOf(q);
      const rows = await repo.readsOfSubject(database.db, subjectId!, READ_ACTIONS, p.limit, p.offset);
      return toListPage(rows, p, (r) => presentInquiry(r, subjectId!));
    },
  };
}
