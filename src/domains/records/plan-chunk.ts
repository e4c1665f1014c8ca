import type { IngestOutcome, RecordStatus } from './schema.js';

/** A valid row of a chunk, reduced to what classification needs. */
export interface Candidate {
  key: string;
  hash: string;
}

/** A record as it stands: stored before the chunk, or written by an earlier row of it. */
export interface KeyState {
  id: string;
  version: number;
  status: RecordStatus;
  contentHash: string;
  /** the date a credit repair took effect, if the stored record was repaired */
  repairedOn?: string | null;
}

export interface Decision {
  outcome: Exclude<IngestOutcome, 'rejected'>;
  id: string;
  version: number;
}

export interface ChunkPlan {
  /** one per candidate, in order */
  decisions: Decision[];
  /** keys not stored before the chunk → index of the candidate whose state is inserted (the last that wrote it) */
  inserts: Map<string, number>;
  /** keys stored before whose state changed → index of the last candidate that changed it */
  updates: Map<string, number>;
  /** records stored before and only resubmitted unchanged: their ids */
  touched: string[];
}

/**
 * SPEC §3.3 classification, a pure function of the chunk and what is stored:
 * a new key → created (version 1); same content hash as the current version of
 * an active record → unchanged; different content → updated (version + 1); any
 * content for a withdrawn record → updated, reactivating it. Rows with the same
 * key apply in order, each against the state the previous one left.
 */
export function planChunk(candidates: readonly Candidate[], stored: ReadonlyMap<string, KeyState>, newId: () => string): ChunkPlan {
  const working = new Map<string, KeyState>();
  const plan: ChunkPlan = { decisions: [], inserts: new Map(), updates: new Map(), touched: [] };
  const confirmed = new Map<string, string>();
  candidates.forEach((c, index) => {
    const state = working.get(c.key) ?? stored.get(c.key);
    if (state === undefined) {
      const id = newId();
      working.set(c.key, { id, version: 1, status: 'active', contentHash: c.hash });
      plan.inserts.set(c.key, index);
      plan.decisions.push({ outcome: 'created', id, version: 1 });
    } else if (state.status === 'withdrawn' || state.contentHash !== c.hash) {
      const next: KeyState = { id: state.id, version: state.version + 1, status: 'active', contentHash: c.hash };
      working.set(c.key, next);
      (plan.inserts.has(c.key) ? plan.inserts : plan.updates).set(c.key, index);
      plan.decisions.push({ outcome: 'updated', id: next.id, version: next.version });
    } else {
      if (stored.has(c.key)) confirmed.set(c.key, state.id);
      plan.decisions.push({ outcome: 'unchanged', id: state.id, version: state.version });
    }
  });
  for (const [key, id] of confirmed) if (!plan.updates.has(key)) plan.touched.push(id);
  return plan;
}
