/**
 * Fixed-point arithmetic of the engine. Every score, point and weight is held
 * as an integer number of hundredths (1000 points = 100000); a product is
 * divided once, at the end, and rounded half away from zero (−0.005 → −0.01,
 * 0.005 → 0.01). Products beyond 2^53 fall back to BigInt, so the result never
 * depends on floating point. Presented values are hundredths / 100, which
 * JSON prints with at most two decimals (ECMAScript's shortest round trip).
 */
export const toHundredths = (points: number): number => Math.round(points * 100);

export const fromHundredths = (h: number): number => h / 100;

/** round(numerator / denominator), half away from zero; denominator > 0. */
export function divRound(numerator: number, denominator: number): number {
  let q = Math.trunc(numerator / denominator);
  let r = numerator - q * denominator;
  // The float quotient may be one off near an integer: bring the remainder into range, with the numerator's sign.
  if (numerator >= 0) {
    while (r < 0) { q -= 1; r += denominator; }
    while (r >= denominator) { q += 1; r -= denominator; }
  } else {
    while (r > 0) { q += 1; r -= denominator; }
    while (r <= -denominator) { q -= 1; r += denominator; }
  }
  if (2 * Math.abs(r) >= denominator) return q + Math.sign(numerator);
  return q;
}

function divRoundBig(numerator: bigint, denominator: bigint): number {
  const q = numerator / denominator;
  const r = numerator - q * denominator;
  const twice = 2n * (r < 0n ? -r : r);
  return Number(twice >= denominator ? q + (numerator < 0n ? -1n : 1n) : q);
}

/** round(Π factors / denominator) with exact integer arithmetic: factors and denominator are integers. */
export function mulDivRound(factors: readonly number[], denominator: number): number {
  let product = 1;
  let safe = true;
  for (const f of factors) {
    product *= f;
    if (!Number.isSafeInteger(product)) {
      safe = false;
      break;
    }
  }
  if (safe && Number.isSafeInteger(denominator)) return divRound(product, denominator);
  let big = 1n;
  for (const f of factors) big *= BigInt(f);
  return divRoundBig(big, BigInt(denominator));
}
