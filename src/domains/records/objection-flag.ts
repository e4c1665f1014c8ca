import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/**
 * 异议处理中 (SPEC §8): a record carries `objection_open` while any objection
 * on it is open, so every view (public, subject, staff, API) shows it without
 * asking the objections domain. The objections domain sets it inside its own
 * transaction, from what it knows of the record's open objections; it is not
 * a version of the record (nothing about the record's content changed).
 */
export async function setObjectionOpen(trx: Kysely<DB>, recordId: string, open: boolean): Promise<boolean> {
  const result = await trx.updateTable('records').set({ objectionOpen: open ? 1 : 0 }).where('id', '=', recordId).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The flag as a row holds it (0/1 in both engines; absent before migration 0014 ran). */
export const underObjection = (row: { objectionOpen?: number | string | null }) => Number(row.objectionOpen ?? 0) === 1;
