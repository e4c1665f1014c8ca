import type { Severity } from './definition.js';

/** 1 万元 = 1,000,000 fen; a fine of 100 万元 or more makes a penalty serious (SPEC §3.2). */
export const SERIOUS_FINE_FEN = 100 * 1_000_000;

/** 处罚类别 that alone leave a penalty minor. */
const MINOR_KINDS = new Set(['警告', '通报批评']);
/** 处罚类别 that make a penalty serious. Legacy data also writes 吊销营业执照, 吊销许可证 …: any 吊销… counts. */
const SERIOUS_KINDS = new Set(['吊销许可证件', '责令关闭', '限制从业']);

const RANK: Record<Severity, number> = { minor: 0, general: 1, serious: 2 };

function kindSeverity(kind: string): Severity {
  if (MINOR_KINDS.has(kind)) return 'minor';
  if (SERIOUS_KINDS.has(kind) || kind.startsWith('吊销')) return 'serious';
  return 'general';
}

/** The higher of two tiers: the one with the longer publicity period. */
export function higherSeverity(a: Severity, b: Severity): Severity {
  return RANK[a] >= RANK[b] ? a : b;
}

/**
 * Default tiering of an administrative penalty (SPEC §3.2). `kinds` are the
 * 处罚类别 already split; `fineFen` is 罚款金额 in fen. One decision with several
 * kinds takes the highest tier among them (the longest period applies), so:
 * - serious: any of 吊销许可证件 (or another 吊销…), 责令关闭, 限制从业, or a fine ≥ 100 万元;
 *   this wins even over `simpleProcedure`, which the law never allows for such penalties anyway;
 * - minor: simple procedure (简易程序), or only 警告 / 通报批评;
 * - general: everything else, including an empty or unknown kind list.
 * A positive fine counts as 罚款 even when the kind list forgot it.
 */
export function penaltySeverity(input: { kinds: string[]; fineFen: number | null; simpleProcedure?: boolean }): Severity {
  const kinds = input.kinds.map((kind) => kind.trim()).filter((kind) => kind !== '');
  const fine = input.fineFen ?? 0;
  if (fine >= SERIOUS_FINE_FEN || kinds.some((kind) => kindSeverity(kind) === 'serious')) return 'serious';
  if (input.simpleProcedure === true) return 'minor';
  if (kinds.length === 0) return 'general';
  const byKinds = kinds.map(kindSeverity).reduce(higherSeverity);
  return fine > 0 ? higherSeverity(byKinds, 'general') : byKinds;
}
