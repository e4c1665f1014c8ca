// The queries of the search benchmark, drawn deterministically from the demo
// data itself: name fragments of 2, 3 and 4 characters from very common
// (科技, 有限公司) to rare, and codes of subjects spread over the whole set.
import { normalizeName } from '../src/domains/identifiers/index.js';
import { demoSubject } from '../src/domains/subjects/demo/index.js';

const WORD = /^[\p{Script=Han}\p{L}\p{N}]+$/u;

/** How many of the sampled names contain each fragment of `length` characters. */
function fragmentCounts(names: readonly string[], length: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const name of names) {
    const chars = [...name];
    const seen = new Set<string>();
    for (let i = 0; i + length <= chars.length; i++) {
      const fragment = chars.slice(i, i + length).join('');
      if (WORD.test(fragment) && !seen.has(fragment)) {
        seen.add(fragment);
        counts.set(fragment, (counts.get(fragment) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/**
 * `perLength` fragments of each length, as the matcher sees names (normalised):
 * the 10 most frequent, then the rest
 * spread evenly over the frequency ranking down to fragments seen once.
 */
export function nameFragments(seed: number, opts: { sample: number; perLength: number; lengths: readonly number[] }): Map<number, string[]> {
  const names: string[] = [];
  for (let i = 0; i < opts.sample; i++) {
    const s = demoSubject(i, seed);
    if (s.type !== 'person') names.push(...[s.name, ...(s.formerNames ?? [])].map(normalizeName));
  }
  const out = new Map<number, string[]>();
  for (const length of opts.lengths) {
    const ranked = [...fragmentCounts(names, length)].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([f]) => f);
    const picked = new Set(ranked.slice(0, 10));
    const rest = opts.perLength - picked.size;
    for (let k = 0; k < rest; k++) picked.add(ranked[10 + Math.floor((k * (ranked.length - 11)) / Math.max(1, rest - 1))]!);
    out.set(length, [...picked]);
  }
  return out;
}

/** Codes of `k` organisations spread evenly over subjects 0 … count − 1. */
export function spreadCodes(count: number, seed: number, k: number): string[] {
  const codes: string[] = [];
  for (let j = 0; codes.length < k && j < 2 * k; j++) {
    const code = demoSubject(Math.floor((j * count) / (2 * k)), seed).code;
    if (code !== undefined) codes.push(code);
  }
  return codes;
}
