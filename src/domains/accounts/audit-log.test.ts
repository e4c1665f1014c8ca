import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { anonymousActor, systemActor, type Actor } from '../../kernel/actor.js';
import { fixedClock } from '../../kernel/clock.js';
import { auditEntryHash, GENESIS_HASH } from './audit-hash.js';
import { verifyAuditChain } from './audit-chain.js';
import { listAuditEntries } from './audit-list.js';
import { createAuditLog } from './audit-log.js';

const staff: Actor = { ...anonymousActor('10.0.0.7', 'req-1'), kind: 'user', id: 'u-staff', role: 'staff', departmentId: 'd-1' };

describeEachDialect('audit log', (get, dialect) => {
  const clock = fixedClock('2026-06-15T02:00:00.000Z');
  const audit = createAuditLog({ clock });
  const append = (actor: Actor, action: string, extra: Record<string, unknown> = {}) =>
    get().db.transaction().execute((trx) => audit.append(trx, actor, { action, ...extra }));

  it('chains entries from the genesis hash, one seq after another', async () => {
    await append(staff, 'record.create', { targetType: 'record', targetId: 'r1', subjectId: 's1', details: { b: 1, a: 'x' } });
    clock.advance(1000);
    await append(systemActor, 'import.run', { purpose: 'nightly' });
    const rows = await get().db.selectFrom('auditLog').selectAll().orderBy('seq').execute();
    expect(rows.map((r) => Number(r.seq))).toEqual([1, 2]);
    const [first, second] = rows;
    expect(first).toMatchObject({
      prevHash: GENESIS_HASH, actorType: 'user', actorId: 'u-staff', departmentId: 'd-1', ip: '10.0.0.7', requestId: 'req-1',
      at: '2026-06-15T02:00:00.000Z', details: '{"a":"x","b":1}', subjectId: 's1',
    });
    expect(first!.hash).toBe(auditEntryHash(GENESIS_HASH, { ...first!, seq: 1 }));
    expect(second).toMatchObject({ prevHash: first!.hash, actorType: 'system', actorId: 'cli', purpose: 'nightly', at: '2026-06-15T02:00:01.000Z' });
    expect(await verifyAuditChain(get().db)).toEqual({ ok: true, checked: 2 });
  });

  it('opens its own transaction when handed a plain connection', async () => {
    await audit.append(get().db, staff, { action: 'plain.append' });
    expect(await verifyAuditChain(get().db)).toEqual({ ok: true, checked: 3 });
  });

  it('gives concurrent appends distinct consecutive seqs', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => append(staff, 'concurrent', { details: { i } })));
    const result = await verifyAuditChain(get().db, { pageSize: 7 });
    expect(result).toEqual({ ok: true, checked: 23 });
  });

  it('rolls back with the work it records', async () => {
    await expect(
      get().db.transaction().execute(async (trx) => {
        await audit.append(trx, staff, { action: 'doomed' });
        throw new Error('work failed');
      }),
    ).rejects.toThrow('work failed');
    const page = await listAuditEntries(get().db, { action: 'doomed' });
    expect(page.total).toBe(0);
  });

  it('never stores a password, token or key in details', async () => {
    await append(staff, 'secret.test', { details: { password: 'hunter2hunter2', sessionToken: 'abc', apiKey: 'xy_k', name: 'ok' } });
    const page = await listAuditEntries(get().db, { action: 'secret.test' });
    expect(page.items[0]!.details).toEqual({ password: '[redacted]', sessionToken: '[redacted]', apiKey: '[redacted]', name: 'ok' });
  });

  it('lists with filters, newest first, paginated', async () => {
    clock.set('2026-06-20T15:30:00.000Z'); // 2026-06-20 23:30 China time
    await append({ ...staff, id: 'u-other', departmentId: 'd-2' }, 'subject.read', { subjectId: 's9' });
    const db = get().db;
    expect((await listAuditEntries(db, { subjectId: 's9' })).items.map((e) => e.action)).toEqual(['subject.read']);
    expect((await listAuditEntries(db, { actorId: 'u-other' })).total).toBe(1);
    expect((await listAuditEntries(db, { departmentId: 'd-2' })).total).toBe(1);
    expect((await listAuditEntries(db, { from: '2026-06-20', to: '2026-06-20' })).total).toBe(1);
    expect((await listAuditEntries(db, { from: '2026-06-21' })).total).toBe(0);
    expect((await listAuditEntries(db, { to: '2026-06-20T15:29:59Z' })).items.every((e) => e.action !== 'subject.read')).toBe(true);
    const page = await listAuditEntries(db, { page: 2, pageSize: 5 });
    expect(page).toMatchObject({ page: 2, pageSize: 5 });
    expect(page.items).toHaveLength(5);
    expect(page.items[0]!.seq).toBeGreaterThan(page.items[4]!.seq);
    expect(page.total).toBe((await listAuditEntries(db, {})).total);
  });

  it('refuses UPDATE and DELETE on audit_log', async () => {
    const db = get().db;
    await expect(sql`UPDATE audit_log SET action = 'forged' WHERE seq = 1`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log WHERE seq = 1`.execute(db)).rejects.toThrow(/append-only/);
    if (dialect === 'postgres') await expect(sql`TRUNCATE audit_log`.execute(db)).rejects.toThrow(/append-only/);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });
});

describeEachDialect('audit chain tampering', (get, dialect) => {
  const audit = createAuditLog({ clock: fixedClock('2026-06-15T02:00:00.000Z') });
  const seed = async (n: number) => {
    for (let i = 0; i < n; i += 1) {
      await get().db.transaction().execute((trx) => audit.append(trx, staff, { action: 'seed', details: { i } }));
    }
  };
  /** What someone with direct database access could do around the trigger. */
  const bypassTrigger = async (statement: ReturnType<typeof sql>) => {
    const db = get().db;
    if (dialect === 'sqlite') {
      await sql`DROP TRIGGER IF EXISTS audit_log_no_update`.execute(db);
      await sql`DROP TRIGGER IF EXISTS audit_log_no_delete`.execute(db);
      await statement.execute(db);
      return;
    }
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete`.execute(db);
    await statement.execute(db);
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete`.execute(db);
  };

  it('names the first changed entry', async () => {
    await seed(6);
    expect(await verifyAuditChain(get().db)).toEqual({ ok: true, checked: 6 });
    await bypassTrigger(sql`UPDATE audit_log SET details = '{"i":99}' WHERE seq = 4`);
    expect(await verifyAuditChain(get().db, { pageSize: 2 })).toEqual({ ok: false, checked: 3, brokenAtSeq: 4 });
  });

  it('names the entry after a deleted one', async () => {
    await bypassTrigger(sql`DELETE FROM audit_log WHERE seq = 2`);
    expect(await verifyAuditChain(get().db)).toMatchObject({ ok: false, brokenAtSeq: 3 });
  });
});

