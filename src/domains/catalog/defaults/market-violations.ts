import { endAfterDecision, field, NAME, type TypeInput } from './field-kit.js';
import { violationType } from './type-kits.js';

// Negative records of market supervision (plan 第四章 生产、流通领域, 第五章第五节 知识产权).
// Each department states the tier (轻微/一般/严重) of its decision; SPEC §3.2 sets the periods.

const BUSINESSES: TypeInput['subjectTypes'] = ['enterprise', 'individual_business'];

/**
 * 食品药品安全违法, with 市场禁入 of the managers responsible (plan 第四章第三节;
 * 食品安全法 第一百三十五条: 5 years or life; 药品管理法 第一百一十八条: life).
 * A banned person may also be the subject of a record of their own (subject_code: ID number).
 */
export const foodDrugViolation: TypeInput = violationType({
  code: 'food_drug_violation',
  name: '食品药品安全违法',
  nameEn: 'Food and drug safety violation',
  domain: 'commerce',
  sector: '食品药品',
  codeType: 'subject_code',
  fields: [
    field('productCategory', '产品类别', 'Product category', 'enum', { options: ['食品', '食品添加剂', '保健食品', '药品', '医疗器械', '化妆品', '其他'] }),
    field('marketBan', '是否实施市场禁入', 'Market ban imposed', 'boolean', { aliases: ['市场禁入'] }),
    // Names only: a banned person's own record (subject: the person) carries the ID number.
    field('bannedPersons', '市场禁入人员', 'Persons banned from the market', 'text', { maxLength: 500, disclosure: 'shared', aliases: ['禁入人员姓名'] }),
    field('banUntil', '禁入期限至', 'Banned until (2099-12-31: for life)', 'date', { allowFuture: true }),
  ],
  rules: [
    { kind: 'requiredWhen', field: 'bannedPersons', when: 'marketBan', equals: ['true'], code: 'FIELD_REQUIRED' },
    endAfterDecision('banUntil'),
  ],
  legalBasis: [
    '《中华人民共和国食品安全法》第一百一十三条（食品生产经营者食品安全信用档案）、第一百三十五条（从业禁止）',
    '《中华人民共和国药品管理法》第一百一十八条（终身禁止从事药品生产经营活动）',
  ],
  source: '区市场监督管理局',
  subjectTypes: ['enterprise', 'individual_business', 'institution', 'person'],
});

export const priceViolation: TypeInput = violationType({
  code: 'price_violation',
  name: '价格违法',
  nameEn: 'Price violation',
  domain: 'commerce',
  sector: '价格',
  fields: [field('violationKind', '价格违法类型', 'Kind of price violation', 'enum', {
    options: ['价格欺诈', '哄抬价格', '价格串通', '不执行明码标价', '违规收费', '其他'],
  })],
  legalBasis: ['《中华人民共和国价格法》第十四条（不正当价格行为）、第四十条', '《明码标价和禁止价格欺诈规定》（国家市场监督管理总局令第56号）'],
  source: '区市场监督管理局',
  subjectTypes: ['enterprise', 'individual_business', 'institution', 'social_org'],
});

export const productQualityViolation: TypeInput = violationType({
  code: 'product_quality_violation',
  name: '产品质量违法',
  nameEn: 'Product quality violation',
  domain: 'commerce',
  sector: '质量',
  fields: [field('productName', '涉案产品名称', 'Product concerned', 'text', { maxLength: NAME })],
  legalBasis: ['《中华人民共和国产品质量法》第五十条（掺杂掺假、以假充真、以次充好）'],
  source: '区市场监督管理局',
  subjectTypes: BUSINESSES,
});

export const advertisingViolation: TypeInput = violationType({
  code: 'advertising_violation',
  name: '虚假违法广告',
  nameEn: 'False or illegal advertising',
  domain: 'commerce',
  sector: '广告',
  fields: [field('advertiserRole', '当事人类别', 'Party', 'enum', { options: ['广告主', '广告经营者', '广告发布者', '广告代言人'] })],
  legalBasis: ['《中华人民共和国广告法》第五十五条（虚假广告）', '《中华人民共和国广告法》第六十七条（记入信用档案并予以公示）'],
  source: '区市场监督管理局',
  // Publishers include broadcasters and newspapers, many of them 事业单位.
  subjectTypes: ['enterprise', 'individual_business', 'institution', 'social_org'],
});

export const ecommerceViolation: TypeInput = violationType({
  code: 'ecommerce_violation',
  name: '电子商务严重失信网商',
  nameEn: 'E-commerce violation (dishonest online trader)',
  domain: 'commerce',
  sector: '电子商务',
  fields: [field('platform', '电子商务平台', 'Platform', 'text', { maxLength: NAME }), field('storeName', '网店名称', 'Online store', 'text', { maxLength: NAME })],
  legalBasis: ['《中华人民共和国电子商务法》第八十六条（违法行为记入信用档案并予以公示）'],
  source: '区市场监督管理局',
  subjectTypes: BUSINESSES,
});

export const ipInfringement: TypeInput = violationType({
  code: 'ip_infringement',
  name: '知识产权侵权/假冒',
  nameEn: 'IP infringement and counterfeiting',
  domain: 'society',
  sector: '知识产权',
  codeType: 'subject_code',
  fields: [field('ipKind', '知识产权类别', 'Kind of IP', 'enum', { options: ['专利', '商标', '著作权', '商业秘密', '地理标志', '其他'] })],
  legalBasis: [
    '《中华人民共和国专利法》第六十八条（假冒专利）',
    '《中华人民共和国商标法》第六十条',
    '《中华人民共和国著作权法》第五十三条',
    '《知识产权信用管理规定》（国知发保字〔2022〕8号）',
  ],
  source: '区市场监督管理局（知识产权局）',
  subjectTypes: ['enterprise', 'individual_business', 'person'],
});

/** 安全生产违法 (安全生产法 第七十八条: 违法行为信息库, 情节严重的向社会公告). */
export const workSafetyViolation: TypeInput = violationType({
  code: 'work_safety_violation',
  name: '安全生产违法失信',
  nameEn: 'Work safety violation',
  domain: 'commerce',
  sector: '安全生产',
  legalBasis: ['《中华人民共和国安全生产法》第七十八条（安全生产违法行为信息库，情节严重的向社会公告）', '《安全生产严重失信主体名单管理办法》（应急管理部令第11号）'],
  source: '区应急管理局',
  subjectTypes: ['enterprise', 'individual_business', 'institution', 'social_org'],
});
