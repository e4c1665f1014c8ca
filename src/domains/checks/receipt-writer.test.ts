import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { enterpriseInput } from '../../../test/support/factories.js';
import { systemActor } from '../../kernel/actor.js';
import { fixedClock } from '../../kernel/clock.js';
import { createPersonalDataCipher } from '../../kernel/crypto.js';
import { newId } from '../../kernel/ids.js';
import { randomBytes } from 'node:crypto';
import { createAuditLog } from '../accounts/index.js';
import { createSearchIndex, createSubjectService } from '../subjects/index.js';
import { createReceiptWriter, type PendingReceipt } from './receipt-writer.js';
import { createChecksRepo } from './repo.js';

/** Group commit (receipt-writer.ts): a write resolves only once its receipt is committed; a failed commit stores nothing and answers nobody. */
describeEachDialect('receipt writer', (get, dialect) => {
  const clock = fixedClock('2026-06-15T02:00:00.000Z');
  let subjectId = '';
  const pending = (id = newId()): PendingReceipt => ({
    receipt: [id, '2026-06-15T02:00:00.000Z', '2026-06-15', 'system', 'cli', null, subjectId, 'enterprise', 'bidding', '2026-06-15', 'clear', 'k', '{}'],
    measures: [[id, 'bidding_bar_court_debtor', 'punishment', 'bidding', '2026-06-15']],
  });
  const stored = async (ids: string[]) =>
    (await get().db.selectFrom('checkReceipts').select('id').where('id', 'in', ids).execute()).map((r) => r.id).sort();

  it('shares one transaction between concurrent callers and resolves each only after the commit', async () => {
    const database = get();
    const cipher = createPersonalDataCipher({ encryptionKey: randomBytes(32), lookupKey: randomBytes(32) });
    const subjects = createSubjectService({ database, clock, cipher, audit: createAuditLog({ clock }), searchIndex: createSearchIndex(dialect) });
    subjectId = (await subjects.create(systemActor, enterpriseInput(9_801))).id;
    const repo = createChecksRepo(dialect);
    let transactions = 0;
    const counting = { ...repo, insertReceipts: async (...args: Parameters<typeof repo.insertReceipts>) => { transactions += 1; return repo.insertReceipts(...args); } };
    const writer = createReceiptWriter({ db: database.db, repo: counting, audit: createAuditLog({ clock }) });
    const items = Array.from({ length: 6 }, () => pending());
    const ids = items.map((i) => i.receipt[0]);
    const writes = items.map((item) => writer.write([item]).then(async () => (await stored([item.receipt[0]])).length));
    expect(await Promise.all(writes)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(transactions).toBe(1);
    expect(await stored(ids)).toEqual([...ids].sort());
  });

  it('rejects every caller of a transaction that fails, and stores none of its receipts', async () => {
    const writer = createReceiptWriter({ db: get().db, repo: createChecksRepo(dialect), audit: createAuditLog({ clock }) });
    const first = pending();
    await writer.write([first]);
    const fresh = pending();
    const again = pending(first.receipt[0]); // the same id: the primary key refuses it
    const results = await Promise.allSettled([writer.write([fresh]), writer.write([again])]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await stored([fresh.receipt[0]])).toEqual([]);
    const later = pending();
    await writer.write([later]);
    expect(await stored([later.receipt[0]])).toEqual([later.receipt[0]]);
  });

  it('keeps one caller\'s items together, however many', async () => {
    let transactions = 0;
    const repo = createChecksRepo(dialect);
    const counting = { ...repo, insertReceipts: async (...args: Parameters<typeof repo.insertReceipts>) => { transactions += 1; return repo.insertReceipts(...args); } };
    const writer = createReceiptWriter({ db: get().db, repo: counting, audit: createAuditLog({ clock }), maxBatch: 3 });
    const batch = Array.from({ length: 5 }, () => pending());
    const single = pending();
    await Promise.all([writer.write(batch), writer.write([single])]);
    expect(transactions).toBe(2);
    expect((await stored(batch.map((b) => b.receipt[0]))).length).toBe(5);
  });
});
