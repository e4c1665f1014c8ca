import { describe, expect, it } from 'vitest';
import { startMonitorLoop, type LoopLog } from './loop.js';
import type { PumpResult } from './service.js';

const quiet: LoopLog = { warn: () => {}, error: () => {} };
const pumped = (over: Partial<PumpResult> = {}): PumpResult => ({ events: 0, notices: 0, deliveries: 0, scannedDays: 0, malformed: [], ...over });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('startMonitorLoop', () => {
  it('pumps then delivers on every pass, and stops', async () => {
    const calls: string[] = [];
    const loop = startMonitorLoop({
      pump: async () => { calls.push('pump'); return pumped(); },
      deliverDue: async () => { calls.push('deliver'); return { attempted: 0, delivered: 0, retrying: 0, failed: 0 }; },
    }, { intervalMs: 5, log: quiet });
    await sleep(60);
    await loop.stop();
    const seen = calls.length;
    expect(seen).toBeGreaterThanOrEqual(4);
    expect(calls.slice(0, 4)).toEqual(['pump', 'deliver', 'pump', 'deliver']);
    await sleep(30);
    expect(calls).toHaveLength(seen);
  });

  it('logs a failed pass and a skipped event, and keeps going', async () => {
    const logged: string[] = [];
    let n = 0;
    const loop = startMonitorLoop({
      pump: async () => {
        n += 1;
        if (n === 1) throw new Error('database away');
        return pumped({ malformed: ['e1'] });
      },
      deliverDue: async () => ({ attempted: 0, delivered: 0, retrying: 0, failed: 0 }),
    }, { intervalMs: 5, log: { warn: (_o, m) => logged.push(`warn ${m}`), error: (_o, m) => logged.push(`error ${m}`) } });
    await sleep(40);
    await loop.stop();
    expect(logged[0]).toBe('error monitoring: pass failed');
    expect(logged[1]).toMatch(/^warn monitoring: record events skipped/);
  });

  it('runs nothing with interval 0 (tests, or switched off)', async () => {
    let called = false;
    const loop = startMonitorLoop({ pump: async () => { called = true; return pumped(); }, deliverDue: async () => ({ attempted: 0, delivered: 0, retrying: 0, failed: 0 }) }, { intervalMs: 0, log: quiet });
    await sleep(20);
    await loop.stop();
    expect(called).toBe(false);
  });
});
