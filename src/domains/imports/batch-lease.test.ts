import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { canTakeOver, LEASE_MS } from './batch-lease.js';
import type { ImportBatch } from './schema.js';

const now = new Date('2026-06-15T02:00:00Z');
const batch = (status: ImportBatch['status'], owner: string | null, heartbeatAgoMs: number): ImportBatch => ({
  id: 'b', departmentId: 'd', typeCode: 'admin_penalty', channel: 'cli', fileName: null, fileSha256: 'x', fileSize: 1, encoding: null, format: 'csv',
  status, rowsTotal: null, rowsCommitted: 10, counts: { created: 0, updated: 0, unchanged: 0, rejected: 0 }, submitterType: 'system', submittedBy: 'cli',
  owner, heartbeatAt: new Date(now.getTime() - heartbeatAgoMs).toISOString(), startedAt: now.toISOString(), finishedAt: null, error: null,
});
const alive = () => true;
const dead = () => false;

describe('canTakeOver', () => {
  it.each([
    ['a failed batch', batch('failed', `${hostname()}:1`, 0), false, alive, true],
    ['a failed batch this process is still running', batch('failed', null, 0), true, alive, false],
    ['a batch whose process on this host is gone (SIGKILL)', batch('running', `${hostname()}:123456`, 1000), false, dead, true],
    ['a batch whose process on this host still runs', batch('running', `${hostname()}:123456`, 1000), false, alive, false],
    ['a batch of another host with a fresh lease', batch('running', 'elsewhere:1', 1000), false, dead, false],
    ['a batch of another host whose lease ran out', batch('running', 'elsewhere:1', LEASE_MS + 1), false, alive, true],
    ['a batch this process runs', batch('running', `${hostname()}:${process.pid}`, 0), true, alive, false],
    ['a batch that names this process but does not run here', batch('running', `${hostname()}:${process.pid}`, 0), false, alive, true],
    ['a completed batch', batch('completed', null, LEASE_MS * 2), false, dead, false],
  ] as const)('%s → %s', (_what, b, runningHere, isAlive, expected) => {
    expect(canTakeOver(b, now, runningHere, isAlive)).toBe(expected);
  });
});
