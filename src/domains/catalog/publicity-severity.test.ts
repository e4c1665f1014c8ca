import { describe, expect, it } from 'vitest';
import { penaltySeverity } from './publicity.js';

const WAN = 1_000_000; // fen per 万元

describe('penaltySeverity: default tiering of 行政处罚 (SPEC §3.2)', () => {
  it.each([
    [['警告'], null, undefined, 'minor', 'warning only'],
    [['通报批评'], null, undefined, 'minor', 'public criticism only'],
    [['警告', '通报批评'], null, undefined, 'minor', 'only the two minor kinds'],
    [[' 警告 '], null, undefined, 'minor', 'kinds are trimmed'],
    [['罚款'], 5_000 * 100, undefined, 'general', 'an ordinary fine of 5000 元'],
    [['罚款'], 100 * WAN - 1, undefined, 'general', 'a fine one fen below 100 万元'],
    [['罚款'], 100 * WAN, undefined, 'serious', 'a fine of exactly 100 万元'],
    [['罚款', '没收违法所得'], 250 * WAN, undefined, 'serious', 'a fine above 100 万元'],
    [['吊销许可证件'], null, undefined, 'serious', 'revocation'],
    [['责令关闭'], null, undefined, 'serious', 'closure'],
    [['限制从业'], null, undefined, 'serious', 'bar from the trade'],
    [['吊销营业执照'], null, undefined, 'serious', 'legacy wording of a revocation'],
    [['警告', '吊销许可证件'], null, undefined, 'serious', 'several kinds: the highest tier'],
    [['警告', '罚款'], 2_000 * 100, undefined, 'general', 'several kinds: a fine lifts a warning'],
    [['没收违法所得'], null, undefined, 'general', 'confiscation'],
    [['责令停产停业'], null, undefined, 'general', 'suspension is not in the serious list'],
    [['降低资质等级', '暂扣许可证件'], null, undefined, 'general', 'other kinds'],
    [['其他'], null, undefined, 'general', 'other'],
    [[], null, undefined, 'general', 'no kinds: the default tier'],
    [['', ' '], null, undefined, 'general', 'blank kinds are ignored'],
    [[], 100 * WAN, undefined, 'serious', 'no kinds but a fine of 100 万元'],
    [['警告'], 200 * 100, undefined, 'general', 'a fine counts as 罚款 even when the kinds omit it'],
    [['警告', '罚款'], 200 * 100, true, 'minor', 'simple procedure (简易程序)'],
    [['罚款'], 50 * 100, true, 'minor', 'simple procedure with a small fine'],
    [['吊销许可证件'], null, true, 'serious', 'a serious kind wins over simple procedure'],
    [['罚款'], 100 * WAN, true, 'serious', 'a fine of 100 万元 wins over simple procedure'],
    [['罚款'], 5_000 * 100, false, 'general', 'simpleProcedure false changes nothing'],
  ] as const)('%j, fine %s fen, simple %s → %s (%s)', (kinds, fineFen, simpleProcedure, expected, _why) => {
    expect(penaltySeverity({ kinds: [...kinds], fineFen, simpleProcedure })).toBe(expected);
  });
});
