import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../defaults/index.js';
import { SAMPLE_AUTHORITY, sampleResidentId, sampleUscc } from '../testing.js';
import { validateRecord } from '../validate-record.js';
import { fineFromContent, toCurrentFormat, yuanToWanText } from './legacy-format.js';
import { resolveHeaders } from './resolve-headers.js';

const penalty = { definition: defaultCatalog().find((d) => d.code === 'admin_penalty')!, version: 1 };

/** A legacy file's header and one row, as a 2017 export wrote them. */
const HEADER = ['CF_WSH', 'CF_CFMC', 'CF_CFLB1', 'CF_CFLB2', 'CF_SY', 'CF_YJ', 'CF_XDR_MC', 'CF_XDR_SHXYM', 'CF_FR', 'CF_JG', 'CF_JDRQ', 'CF_XZJG', 'CF_ZT', 'DFBM', 'SJC'];
const ROW = ['深南市监罚〔2017〕5号', '销售不合格产品', '罚款', '没收违法所得、没收非法财物', '销售不合格电线', '《产品质量法》第四十九条', '深圳市示例电器有限公司',
  sampleUscc(8), '钱七', '没收违法所得，并处罚款人民币12345.6元', '20170315', '深圳市南山区市场监督管理局', '0', '440305', '2017-03-16 10:00:00'];

function legacyRaw(cells: string[]): Record<string, unknown> {
  const { keys } = resolveHeaders(penalty.definition, HEADER);
  return Object.fromEntries(keys.map((k, i) => [k!, cells[i]]));
}

describe('legacy 2016-2018 penalty format → current', () => {
  it('maps a whole legacy row onto a valid current record', () => {
    const row = toCurrentFormat(legacyRaw(ROW), { authorityCode: SAMPLE_AUTHORITY.code });
    expect(row).toMatchObject({
      penaltyKinds: '罚款、没收违法所得、没收非法财物', subjectCategory: '法人及非法人组织', fineAmount: '1.23456', authorityCode: SAMPLE_AUTHORITY.code,
      violationType: '销售不合格产品', content: '没收违法所得，并处罚款人民币12345.6元', authority: '深圳市南山区市场监督管理局',
    });
    expect(row).not.toHaveProperty('CF_CFLB1');
    const result = validateRecord(penalty, row, { today: '2026-06-15' });
    expect(result.ok && result.record.fields).toMatchObject({ fineAmount: 1_234_560, status: '正常', regionCode: '440305', decisionDate: '2017-03-15' });
  });

  it('derives 自然人 from a legacy 身份证 column and sets the document type', () => {
    const id = sampleResidentId();
    expect(toCurrentFormat({ subjectName: '孙八', idNumber: id, penaltyKinds: '警告' })).toMatchObject({ subjectCategory: '自然人', idType: '身份证' });
    expect(toCurrentFormat({ subjectCode: sampleUscc(9, '92') })).toMatchObject({ subjectCategory: '个体工商户' });
  });

  it('splits the legacy 暂扣或者吊销 kind by what 处罚结果 says, and leaves it when undecidable', () => {
    expect(toCurrentFormat({ CF_CFLB1: '暂扣或者吊销许可证、暂扣或者吊销执照', content: '吊销营业执照' }).penaltyKinds).toBe('吊销许可证件');
    expect(toCurrentFormat({ CF_CFLB1: '暂扣或者吊销许可证', content: '暂扣许可证三个月' }).penaltyKinds).toBe('暂扣许可证件');
    expect(toCurrentFormat({ CF_CFLB1: '暂扣或者吊销许可证', content: '依法处理' }).penaltyKinds).toBe('暂扣或者吊销许可证');
  });

  it('reads a fine from 处罚结果 only when there is exactly one amount', () => {
    expect(fineFromContent('罚款5000元')).toBe('0.5');
    expect(fineFromContent('处3万元罚款')).toBe('3');
    expect(fineFromContent('处以人民币2,000元的罚款')).toBe('0.2');
    expect(fineFromContent('罚款5000元；另罚款3000元')).toBeUndefined();
    expect(fineFromContent('罚款伍仟元')).toBeUndefined();
  });

  it('converts 元 to 万元 by moving the point', () => {
    expect(['5000', '100.5', '10000', '0', '12345.67', '123456789'].map(yuanToWanText)).toEqual(['0.5', '0.01005', '1', '0', '1.234567', '12345.6789']);
  });
});
