import { hostname } from 'node:os';
import type { ImportBatch } from './schema.js';

/** A running batch whose owner has not committed a chunk for this long is taken to be dead. */
export const LEASE_MS = 10 * 60_000;

/** Who runs a batch: this host and process. */
export const processOwner = (): string => `${hostname()}:${process.pid}`;

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * May this process take the batch over and resume it? A failed batch, yes. A
 * running one only when its owner is gone: a process on this host that no
 * longer exists (a killed CLI, a restarted server), or any owner that has not
 * renewed its lease (each committed chunk renews it) for LEASE_MS.
 * `runningHere` says whether this very process still runs it.
 */
export function canTakeOver(batch: ImportBatch, now: Date, runningHere: boolean, isAlive: (pid: number) => boolean = pidAlive): boolean {
  if (batch.status === 'failed') return !runningHere;
  if (batch.status !== 'running') return false;
  if (runningHere) return false;
  const heartbeat = batch.heartbeatAt ? Date.parse(batch.heartbeatAt) : 0;
  if (now.getTime() - heartbeat > LEASE_MS) return true;
  const [host, pid] = (batch.owner ?? '').split(':');
  if (host !== hostname()) return false;
  return Number(pid) === process.pid || !isAlive(Number(pid));
}
