import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { newId } from './ids.js';

describe('newId', () => {
  it('is a version 7 UUID that sorts by time', () => {
    const a = newId(Date.parse('2026-06-15T02:00:00Z'));
    const b = newId(Date.parse('2026-06-15T02:00:00.001Z'));
    expect(z.uuid().safeParse(a).success).toBe(true);
    expect(a[14]).toBe('7');
    expect('89ab').toContain(a[19]);
    expect(a < b).toBe(true);
    expect(a.slice(0, 13)).toBe('019ec901-d100'); // the milliseconds, big-endian
  });

  it('does not repeat', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => newId(0)));
    expect(ids.size).toBe(10_000);
  });
});
