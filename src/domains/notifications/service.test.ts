import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { enterpriseInput } from '../../../test/support/factories.js';
import { systemActor, type Actor } from '../../kernel/actor.js';
import { fixedClock } from '../../kernel/clock.js';
import type { OutgoingMessage } from './deliverer.js';
import { createNotificationService, type NotificationService } from './service.js';

/** notify inside the caller's transaction, the notification centre, and the outbox drain with retries, on every engine. */
for (const dialect of dialectsUnderTest()) {
  describe(`notifications [${dialect}]`, () => {
    let t: TestApp;
    let service: NotificationService;
    const clock = fixedClock('2026-06-15T02:00:00.000Z');
    const sent: OutgoingMessage[] = [];
    let failing = true;
    let staff: Actor;
    let other: Actor;
    let subjectId: string;
    let holder: Actor;

    const actorOf = (u: { id: string; role: string }): Actor => ({ ...systemActor, kind: 'user', id: u.id, role: u.role as Actor['role'] });
    const notify = (n: Parameters<NotificationService['notify']>[1]) => t.database.db.transaction().execute((trx) => service.notify(trx, n));
    const outbox = () => t.database.db.selectFrom('notificationOutbox').selectAll().orderBy('createdAt').orderBy('channel').orderBy('id').execute();

    beforeAll(async () => {
      t = await createTestApp(dialect, { clock });
      service = createNotificationService({
        database: t.database, clock,
        deliverer: { deliver: async (m) => { if (failing && m.channel === 'sms') throw new Error('gateway down'); sent.push(m); } },
      });
      const { accounts, subjects } = t.ctx.services;
      const user = async (name: string, extra: Record<string, unknown> = {}) =>
        actorOf(await accounts.createUser(systemActor, { username: `n-${name}`, displayName: name, password: 'Notify-Test-2026!', role: 'auditor', ...extra }));
      staff = await user('staff');
      other = await user('other');
      subjectId = (await subjects.create(systemActor, enterpriseInput(801))).id;
      holder = await user('holder', { role: 'subject', subjectId });
      await user('holder2', { role: 'subject', subjectId });
    });
    afterAll(async () => t.close());

    it('writes an in-app message and one outbox row per channel, with ID numbers masked', async () => {
      await notify({ recipient: { kind: 'user', userId: staff.id! }, topic: 'complaint.assigned', title: '新投诉', body: '涉及 44030519800101123X 的投诉', link: '/console/complaints/x' });
      const page = await service.list(staff);
      expect(page.unread).toBe(1);
      expect(page.items[0]).toMatchObject({ topic: 'complaint.assigned', body: '涉及 4403**********123X 的投诉', readAt: null });
      const rows = await outbox();
      expect(rows.map((r) => [r.channel, r.userId, r.status])).toEqual([['email', staff.id, 'pending'], ['sms', staff.id, 'pending']]);
      expect(JSON.stringify(rows)).not.toContain('44030519800101123X');
      expect((await service.list(other)).items).toEqual([]);
    });

    it('rolls back with the caller\'s transaction', async () => {
      const before = (await outbox()).length;
      await expect(t.database.db.transaction().execute(async (trx) => {
        await service.notify(trx, { recipient: { kind: 'user', userId: other.id! }, topic: 'test.rollback', title: 'x', body: 'y' });
        throw new Error('the step failed');
      })).rejects.toThrow('the step failed');
      expect((await outbox()).length).toBe(before);
      expect((await service.list(other)).unread).toBe(0);
    });

    it('reaches every account holding a subject\'s archive, and a contact on its own channel only', async () => {
      await notify({ recipient: { kind: 'subject', subjectId }, topic: 'repair.approved', title: '修复通过', body: '您的信用修复申请已通过。' });
      expect((await service.list(holder)).items.map((i) => i.topic)).toEqual(['repair.approved']);
      expect((await t.database.db.selectFrom('notifications').select('userId').where('topic', '=', 'repair.approved').execute())).toHaveLength(2);
      await notify({ recipient: { kind: 'contact', contact: 'Someone@Example.com' }, topic: 'complaint.received', title: '已登记', body: '受理编号 TS-1' });
      const contactRows = (await outbox()).filter((r) => r.topic === 'complaint.received');
      expect(contactRows.map((r) => [r.channel, r.address, r.userId])).toEqual([['email', 'someone@example.com', null]]);
      await expect(notify({ recipient: { kind: 'contact', contact: 'nowhere' }, topic: 'complaint.received', title: 'x', body: 'y' })).rejects.toMatchObject({ code: 'NOTIFICATION_INVALID' });
      await expect(notify({ recipient: { kind: 'user', userId: staff.id! }, topic: 'Bad Topic', title: 'x', body: 'y' })).rejects.toMatchObject({ code: 'NOTIFICATION_INVALID' });
    });

    it('marks read only one\'s own messages, idempotently', async () => {
      const id = (await service.list(staff)).items[0]!.id;
      await expect(service.markRead(other, id)).rejects.toMatchObject({ code: 'NOTIFICATION_NOT_FOUND' });
      const read = await service.markRead(staff, id);
      expect(read.readAt).toBe('2026-06-15T02:00:00.000Z');
      clock.advance(1000);
      expect((await service.markRead(staff, id)).readAt).toBe('2026-06-15T02:00:00.000Z');
      expect(await service.unreadCount(staff)).toBe(0);
      await expect(service.list({ ...systemActor, kind: 'anonymous', id: null, role: 'public' })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    });

    it('drains the outbox: sent at once, failures retried with backoff until they give up', async () => {
      clock.set('2026-06-15T03:00:00.000Z');
      const first = await service.drain();
      const rows = await outbox();
      const sms = rows.filter((r) => r.channel === 'sms');
      expect(first.attempted).toBe(rows.length);
      expect(first.sent).toBe(rows.length - sms.length);
      expect(first.retrying).toBe(sms.length);
      expect(sms.every((r) => r.status === 'pending' && r.attempts === 1 && r.lastError === 'gateway down' && r.nextAttemptAt === '2026-06-15T03:01:00.000Z')).toBe(true);
      expect((await service.drain()).attempted).toBe(0);
      for (const wait of [60_000, 5 * 60_000, 30 * 60_000, 2 * 3600_000]) {
        clock.advance(wait);
        expect((await service.drain()).retrying).toBe(sms.length);
      }
      const ok = sms[0]!;
      clock.advance(12 * 3600_000);
      const last = await service.drain();
      expect(last.failed).toBe(sms.length);
      const after = (await outbox()).find((r) => r.id === ok.id)!;
      expect([after.status, after.attempts]).toEqual(['failed', 6]);
      expect(await service.outboxCounts()).toEqual({ sent: rows.length - sms.length, failed: sms.length });
      expect(sent.every((m) => !('address' in m.to) || m.to.address === 'someone@example.com')).toBe(true);
    });
  });
}
