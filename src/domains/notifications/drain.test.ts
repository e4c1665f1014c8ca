import { describe, expect, it } from 'vitest';
import { afterOutboxAttempt, OUTBOX_MAX_ATTEMPTS } from './drain.js';
import { channelOf, maskContact } from './contact.js';
import { maskIdNumbersIn } from './mask-text.js';

const at = new Date('2026-06-15T02:00:00.000Z');
const plus = (ms: number) => new Date(at.getTime() + ms).toISOString();

describe('outbox backoff', () => {
  it.each([
    { attempt: 1, ok: true, status: 'sent', next: null },
    { attempt: 1, ok: false, status: 'pending', next: plus(60_000) },
    { attempt: 2, ok: false, status: 'pending', next: plus(5 * 60_000) },
    { attempt: 3, ok: false, status: 'pending', next: plus(30 * 60_000) },
    { attempt: 4, ok: false, status: 'pending', next: plus(2 * 3600_000) },
    { attempt: 5, ok: false, status: 'pending', next: plus(12 * 3600_000) },
    { attempt: 6, ok: false, status: 'failed', next: null },
    { attempt: 6, ok: true, status: 'sent', next: null },
  ])('attempt $attempt ok=$ok → $status', ({ attempt, ok, status, next }) => {
    expect(afterOutboxAttempt(attempt, ok, at)).toEqual({ status, nextAttemptAt: next });
  });

  it('gives up after six attempts', () => expect(OUTBOX_MAX_ATTEMPTS).toBe(6));
});

describe('contacts and ID numbers', () => {
  it.each([
    ['someone@example.com', 'email'], ['13800138000', 'sms'], ['+86 138-0013-8000', 'sms'], ['１３８００１３８０００', 'sms'], ['0755-12345678', null], ['nobody', null],
  ])('%s reaches by %s', (contact, channel) => expect(channelOf(contact)).toBe(channel));

  it('masks contacts for lists', () => {
    expect(maskContact('someone@example.com')).toBe('s***@example.com');
    expect(maskContact('13800138000')).toBe('138****8000');
  });

  it('masks every ID number in a text, and nothing else', () => {
    expect(maskIdNumbersIn('当事人 44030519800101123X，案号 2026001')).toBe('当事人 4403**********123X，案号 2026001');
    expect(maskIdNumbersIn('旧证 440305800101123')).toBe('旧证 4403*******1123');
    expect(maskIdNumbersIn('代码 91440300708461136T')).toBe('代码 91440300708461136T');
  });
});
