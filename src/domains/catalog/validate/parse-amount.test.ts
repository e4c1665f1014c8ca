import { describe, expect, it } from 'vitest';
import { parseAmountCell, WAN_DECIMALS, YUAN_DECIMALS } from './parse-amount.js';
import { Rejection } from './rejection.js';

const wan = (v: unknown) => parseAmountCell(v, WAN_DECIMALS, '万元');
const code = (v: unknown) => (wan(v) as Rejection).code;

describe('amounts in 万元 → integer fen, exactly (1 万元 = 1,000,000 fen)', () => {
  it.each<[unknown, number]>([
    ['0.000001', 1], ['12.5', 12_500_000], ['1', 1_000_000], ['0', 0], ['100', 100_000_000], ['.5', 500_000], ['3.', 3_000_000],
    ['0.1', 100_000], ['0.3', 300_000], ['1,234.5', 1_234_500_000], [' 7.25 ', 7_250_000], ['１２.５', 12_500_000],
    ['12.5000000', 12_500_000], ['0012.5', 12_500_000], [12.5, 12_500_000], [0.1, 100_000], [0.000001, 1],
    ['9007199254.740991', 9_007_199_254_740_991],
  ])('%j → %d fen', (input, fen) => {
    expect(wan(input)).toBe(fen);
  });

  it.each(['', '   ', undefined, null])('%j is empty', (input) => {
    expect(wan(input)).toBeUndefined();
  });

  it.each<[unknown, string]>([
    ['1e3', 'AMOUNT_INVALID'], ['12万', 'AMOUNT_INVALID'], ['1.2.3', 'AMOUNT_INVALID'], ['abc', 'AMOUNT_INVALID'], ['1,23', 'AMOUNT_INVALID'],
    ['+5', 'AMOUNT_INVALID'], [1e21, 'AMOUNT_INVALID'], [Number.NaN, 'AMOUNT_INVALID'], ['9007199254.740993', 'AMOUNT_INVALID'],
    ['-1', 'AMOUNT_NEGATIVE'], ['-0.5', 'AMOUNT_NEGATIVE'], [-3, 'AMOUNT_NEGATIVE'],
    ['0.0000001', 'AMOUNT_TOO_PRECISE'], [1e-7, 'AMOUNT_INVALID'], ['1.1234567', 'AMOUNT_TOO_PRECISE'],
    [{}, 'INVALID_TYPE'], [true, 'INVALID_TYPE'],
  ])('%j → %s', (input, expected) => {
    expect(code(input)).toBe(expected);
  });

  it('takes 元 with 2 decimals', () => {
    expect(parseAmountCell('5000.05', YUAN_DECIMALS, '元')).toBe(500_005);
    expect((parseAmountCell('0.001', YUAN_DECIMALS, '元') as Rejection).code).toBe('AMOUNT_TOO_PRECISE');
  });
});
