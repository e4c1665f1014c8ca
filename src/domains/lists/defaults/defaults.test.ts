import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../catalog/index.js';
import { defaultListTypes } from './index.js';

const types = defaultListTypes();
const byCode = new Map(types.map((t) => [t.code, t]));
const catalog = new Map(defaultCatalog().map((d) => [d.code, d]));

describe('the default list types (SPEC §5)', () => {
  it('cover the lists SPEC §5 names, of the right kind and origin', () => {
    const expected: Array<[string, string, string]> = [
      ['dishonest_judgment_debtor', 'black', 'upstream'], // 失信被执行人
      ['major_tax_violation', 'black', 'upstream'], // 重大税收违法失信主体
      ['procurement_serious_violation', 'black', 'upstream'], // 政府采购严重违法失信名单
      ['wage_arrears_blacklist', 'black', 'upstream'], // 拖欠农民工工资失信联合惩戒名单
      ['food_drug_serious_violation', 'black', 'office'], // 食品药品安全严重失信名单
      ['environmental_violation_blacklist', 'black', 'office'], // 环境违法企业黑名单
      ['illegal_medical_practice', 'black', 'upstream'], // 非法行医黑名单
      ['ecommerce_serious_dishonesty', 'black', 'office'], // 电子商务严重失信网商名单
      ['tourism_serious_dishonesty', 'black', 'upstream'], // 旅游 …
      ['advertising_serious_dishonesty', 'black', 'office'], // 广告 …
      ['culture_market_serious_dishonesty', 'black', 'office'], // 文化市场严重失信名单
      ['ip_serious_dishonesty', 'black', 'office'], // 知识产权严重失信名单
      ['tax_credit_a', 'red', 'upstream'], // 纳税信用A级纳税人
      ['honest_merchant', 'red', 'office'], // 诚信商家
      ['contract_honouring_enterprise', 'red', 'upstream'], // 守合同重信用企业
      ['abnormal_operation', 'watch', 'upstream'], // 经营异常名录 (重点关注)
    ];
    for (const [code, kind, origin] of expected) expect(byCode.get(code), code).toMatchObject({ kind, origin });
    expect(new Set(types.map((t) => t.code)).size).toBe(types.length);
  });

  it('feed upstream lists only from catalogue types, with fields and tiers those types have', () => {
    for (const t of types.filter((x) => x.origin === 'upstream')) {
      for (const f of t.feeds) {
        const def = catalog.get(f.typeCode);
        expect(def, `${t.code} ← ${f.typeCode}`).toBeDefined();
        if (f.fieldEquals) {
          const field = def!.fields.find((x) => x.key === f.fieldEquals!.key);
          expect(field?.options, `${t.code}: ${f.fieldEquals.key}`).toContain(f.fieldEquals.value);
        }
        if (f.severities) expect(def!.severity.kind, `${t.code}: severity`).not.toBe('none');
      }
    }
  });

  it('give office lists a notice period, a duration or an end rule, and remedies; upstream lists none of the procedure', () => {
    for (const t of types) {
      expect(t.legalBasis.length, t.code).toBeGreaterThan(0);
      if (t.origin === 'office') {
        expect(t.noticeWorkingDays, t.code).toBeGreaterThanOrEqual(t.kind === 'black' ? 10 : 5);
        expect(t.defaultDurationMonths, t.code).not.toBeNull();
        expect(t.remedies, t.code).toMatch(/行政复议.*行政诉讼/);
      } else {
        expect(t.noticeWorkingDays, t.code).toBe(0);
      }
    }
  });

  it('order black before watch before red', () => {
    const rank = { black: 0, watch: 1, red: 2 } as const;
    const ranks = types.map((t) => rank[t.kind]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});
