import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDefinition } from '../check-definition.js';
import { recordTypeDefinitionSchema } from '../definition.js';
import { defaultCatalog, DEFAULT_TYPE_INPUTS } from './index.js';

/** SPEC §3: the rows of the default catalogue table. */
const SPEC_TABLE: Array<[string, string, string]> = [
  ['admin_license', '行政许可', 'neutral'], ['admin_penalty', '行政处罚', 'negative'],
  ['court_dishonest_debtor', '失信被执行人', 'negative'], ['consumption_restriction', '限制消费', 'negative'],
  ['major_tax_violation', '重大税收违法失信主体', 'negative'], ['tax_credit_rating', '纳税信用等级', 'neutral'],
  ['env_credit_rating', '企业环境信用评价', 'neutral'], ['procurement_performance', '政府采购履约评价', 'neutral'],
  ['procurement_serious_violation', '政府采购严重违法失信行为', 'negative'], ['wage_arrears', '拖欠工资/恶意欠薪', 'negative'],
  ['social_insurance_fraud', '骗取社会保险/骗保', 'negative'], ['abnormal_operation', '经营异常名录', 'negative'],
  ['commendation', '表彰奖励', 'positive'], ['credit_commitment', '信用承诺及履行', 'neutral'],
  ['contract_performance', '合同履约', 'neutral'], ['construction_conduct', '建筑市场良好/不良行为', 'mixed'],
  ['food_drug_violation', '食品药品安全违法', 'negative'], ['medical_conduct', '医疗不良执业行为记分', 'negative'],
  ['ip_infringement', '知识产权侵权/假冒', 'negative'], ['env_violation', '环境违法', 'negative'],
  ['transport_assessment', '道路运输诚信考核', 'neutral'], ['annual_report', '年度报告公示', 'neutral'],
  ['professional_discipline', '从业人员执业处分', 'negative'], ['public_servant_integrity', '公职人员诚信档案', 'neutral'],
];

const byCode = (code: string) => defaultCatalog().find((d) => d.code === code)!;

describe('default catalogue', () => {
  it.each(DEFAULT_TYPE_INPUTS.map((d) => [d.code, d] as const))('%s parses and is coherent', (_code, input) => {
    const def = recordTypeDefinitionSchema.parse(input);
    expect(checkDefinition(def)).toEqual([]);
    expect(def.legalBasis.every((basis) => /《|〔/.test(basis))).toBe(true);
  });

  it.each(SPEC_TABLE)('has %s (%s, %s)', (code, name, polarity) => {
    expect(byCode(code)).toMatchObject({ code, name, polarity });
  });

  it('has supplier_blacklisting and types for what the plan names', () => {
    const codes = defaultCatalog().map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining([
      'supplier_blacklisting', 'bidding_violation', 'work_safety_violation', 'price_violation', 'product_quality_violation',
      'advertising_violation', 'tourism_violation', 'culture_market_violation', 'ecommerce_violation', 'intermediary_conduct',
      'social_org_assessment', 'education_violation', 'labour_security_violation', 'illegal_medical_practice',
    ]));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('keeps public servants internal only', () => {
    expect(byCode('public_servant_integrity').disclosure).toBe('internal');
  });

  it('tiers court lists as serious, 2 years by default, 案号 as natural key and 发布时间 as decision date', () => {
    const court = byCode('court_dishonest_debtor');
    expect(court.severity).toEqual({ kind: 'fixed', tier: 'serious' });
    expect(court.publicity.fixedMonths).toBe(24);
    const label = (key: string) => court.fields.find((f) => f.key === key)!.label;
    expect(label(court.roles.docNo)).toBe('案号');
    expect(label(court.roles.decisionDate)).toBe('发布时间');
  });
});

/** SPEC §3.1, field by field: [code, Chinese label, required]. */
const LICENCE_FIELDS: Array<[string, string, boolean]> = [
  ['XK_XDR_MC', '行政相对人名称', true], ['XK_XDR_LB', '行政相对人类别', true], ['XK_XDR_SHXYM', '统一社会信用代码', false],
  ['XK_XDR_GSZC', '工商注册号', false], ['XK_XDR_ZZJG', '组织机构代码', false], ['XK_XDR_SWDJ', '税务登记号', false],
  ['XK_XDR_SYDW', '事业单位证书号', false], ['XK_XDR_SHZZ', '社会组织登记证号', false], ['XK_FRDB', '法定代表人', false],
  ['XK_FR_ZJLX', '法定代表人证件类型', false], ['XK_FR_ZJHM', '法定代表人证件号码', false], ['XK_XDR_ZJLX', '证件类型', false],
  ['XK_XDR_ZJHM', '证件号码', false], ['XK_XKWS', '行政许可决定文书名称', true], ['XK_WSH', '行政许可决定文书号', true],
  ['XK_XKLB', '许可类别', true], ['XK_XKZS', '许可证书名称', false], ['XK_XKBH', '许可编号', false], ['XK_NR', '许可内容', true],
  ['XK_JDRQ', '许可决定日期', true], ['XK_YXQZ', '有效期自', true], ['XK_YXQZI', '有效期至', true], ['XK_XKJG', '许可机关', true],
  ['XK_XKJGDM', '许可机关统一社会信用代码', true], ['XK_ZT', '当前状态', false], ['XK_LYDW', '数据来源单位', true],
  ['XK_LYDWDM', '数据来源单位统一社会信用代码', true], ['BZ', '备注', false],
];
const PENALTY_FIELDS: Array<[string, string, boolean]> = [
  ...LICENCE_FIELDS.slice(0, 13).map(([code, label, required]): [string, string, boolean] => [code.replace(/^XK_/, 'CF_'), label, required]),
  ['CF_WSH', '行政处罚决定书文号', true], ['CF_WFXW', '违法行为类型', true], ['CF_SY', '违法事实', true], ['CF_YJ', '处罚依据', true],
  ['CF_CFLB', '处罚类别', true], ['CF_NR', '处罚内容', true], ['CF_NR_FK', '罚款金额', false], ['CF_NR_WFFF', '没收违法所得/非法财物金额', false],
  ['CF_NR_ZKDX', '暂扣或吊销证照名称及编号', false], ['CF_JDRQ', '处罚决定日期', true], ['CF_YXQ', '处罚有效期', false],
  ['CF_GSJZQ', '公示截止期', false], ['CF_CFJG', '处罚机关', true], ['CF_CFJGDM', '处罚机关统一社会信用代码', true],
  ['CF_SJLY', '数据来源单位', false], ['CF_SJLYDM', '数据来源单位统一社会信用代码', false], ['BZ', '备注', false],
];

describe.each([
  ['admin_license', LICENCE_FIELDS, ['XK_FR_ZJHM', 'XK_XDR_ZJHM']],
  ['admin_penalty', PENALTY_FIELDS, ['CF_FR_ZJHM', 'CF_XDR_ZJHM']],
] as const)('%s: the 双公示 format', (code, expected, idFields) => {
  const def = byCode(code);
  it.each(expected)('%s is %s (required: %s)', (fieldCode, label, required) => {
    const field = def.fields.find((f) => f.code === fieldCode);
    expect(field, fieldCode).toMatchObject({ label, required });
    expect(field!.labelEn.length).toBeGreaterThan(0);
  });

  it('has every field of SPEC §3.1 and no other coded field', () => {
    expect(def.fields.filter((f) => f.code !== undefined).map((f) => f.code).sort()).toEqual(expected.map(([c]) => c).sort());
  });

  it.each(idFields)('%s (证件号码) is internal, never public', (fieldCode) => {
    expect(def.fields.find((f) => f.code === fieldCode)).toMatchObject({ type: 'id_number', disclosure: 'internal' });
  });
});

describe('admin_penalty specifics', () => {
  const def = byCode('admin_penalty');
  it('lists the 处罚类别 of 行政处罚法 第九条', () => {
    expect(def.fields.find((f) => f.key === 'penaltyKinds')!.options).toEqual([
      '警告', '通报批评', '罚款', '没收违法所得', '没收非法财物', '暂扣许可证件', '降低资质等级', '吊销许可证件',
      '限制开展生产经营活动', '责令停产停业', '责令关闭', '限制从业', '行政拘留', '其他',
    ]);
  });

  it('keeps the legacy codes as aliases', () => {
    const aliases = def.fields.flatMap((f) => f.aliases);
    for (const code of ['CF_CFMC', 'CF_XDR_ZDM', 'CF_XDR_GSDJ', 'CF_XDR_SFZ', 'CF_FR', 'CF_JG', 'CF_XZJG', 'CF_ZT', 'DFBM', 'SJC']) {
      expect(aliases).toContain(code);
    }
  });
});

describe('docs/catalogue.md', () => {
  const doc = readFileSync(new URL('../../../../docs/catalogue.md', import.meta.url), 'utf8');
  it('lists every default type and every 双公示 field code', () => {
    const missing = defaultCatalog().flatMap((d) => [`\`${d.code}\``, ...(d.sector === '双公示' ? d.fields.flatMap((f) => (f.code ? [`\`${f.code}\``] : [])) : [])])
      .filter((name) => !doc.includes(name));
    expect(missing).toEqual([]);
  });
});
