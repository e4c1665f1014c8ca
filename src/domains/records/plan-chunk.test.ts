import { describe, expect, it } from 'vitest';
import { planChunk, type KeyState } from './plan-chunk.js';

let n = 0;
const ids = () => `new-${++n}`;
const stored = (entries: Array<[string, KeyState]>) => new Map(entries);
const active = (id: string, version: number, contentHash: string): KeyState => ({ id, version, status: 'active', contentHash });

describe('planChunk (SPEC §3.3 classification)', () => {
  const cases: Array<[string, Array<[string, KeyState]>, Array<{ key: string; hash: string }>, Array<[string, number]>]> = [
    ['a new key is created as version 1', [], [{ key: 'k', hash: 'h1' }], [['created', 1]]],
    ['the same content is unchanged', [['k', active('r', 3, 'h1')]], [{ key: 'k', hash: 'h1' }], [['unchanged', 3]]],
    ['other content is a correction', [['k', active('r', 3, 'h1')]], [{ key: 'k', hash: 'h2' }], [['updated', 4]]],
    ['any content reactivates a withdrawn record', [['k', { id: 'r', version: 2, status: 'withdrawn', contentHash: 'h1' }]], [{ key: 'k', hash: 'h1' }], [['updated', 3]]],
    ['rows with one key apply in order', [], [{ key: 'k', hash: 'h1' }, { key: 'k', hash: 'h1' }, { key: 'k', hash: 'h2' }], [['created', 1], ['unchanged', 1], ['updated', 2]]],
  ];
  it.each(cases)('%s', (_name, before, rows, expected) => {
    const plan = planChunk(rows, stored(before), ids);
    expect(plan.decisions.map((d) => [d.outcome, d.version])).toEqual(expected);
  });

  it('inserts a key new to the store once, in the state its last row left', () => {
    const plan = planChunk([{ key: 'k', hash: 'h1' }, { key: 'k', hash: 'h2' }, { key: 'j', hash: 'h3' }], new Map(), ids);
    expect([...plan.inserts]).toEqual([['k', 1], ['j', 2]]);
    expect(plan.updates.size).toBe(0);
    expect(plan.decisions[0]!.id).toBe(plan.decisions[1]!.id);
  });

  it('updates a stored key once and touches only keys confirmed without change', () => {
    const before = stored([['a', active('ra', 1, 'h1')], ['b', active('rb', 5, 'h5')]]);
    const plan = planChunk([{ key: 'a', hash: 'h1' }, { key: 'a', hash: 'h2' }, { key: 'b', hash: 'h5' }, { key: 'a', hash: 'h3' }], before, ids);
    expect([...plan.updates]).toEqual([['a', 3]]);
    expect(plan.decisions.map((d) => [d.id, d.outcome, d.version])).toEqual([['ra', 'unchanged', 1], ['ra', 'updated', 2], ['rb', 'unchanged', 5], ['ra', 'updated', 3]]);
    expect(plan.touched).toEqual(['rb']);
    expect(plan.inserts.size).toBe(0);
  });
});
