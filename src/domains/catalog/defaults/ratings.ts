import { field, type TypeInput } from './field-kit.js';
import { ratingType } from './type-kits.js';

// Ratings other departments give and the platform ingests as they are (SPEC §7).

/** 企业环境信用评价: 绿/蓝/黄/红/黑 (深圳 five grades; 环发〔2013〕150号 four). */
export const envCreditRating: TypeInput = ratingType({
  code: 'env_credit_rating',
  name: '企业环境信用评价',
  nameEn: 'Enterprise environmental credit rating',
  domain: 'society',
  sector: '环境保护',
  gradeLabel: '环境信用等级',
  grades: ['green', 'blue', 'yellow', 'red', 'black'],
  gradeAliases: {
    绿: 'green', 绿牌: 'green', 环保诚信企业: 'green', 蓝: 'blue', 蓝牌: 'blue', 环保良好企业: 'blue', 黄: 'yellow', 黄牌: 'yellow',
    环保警示企业: 'yellow', 红: 'red', 红牌: 'red', 环保不良企业: 'red', 黑: 'black', 黑牌: 'black', 环保严重失信企业: 'black',
  },
  disclosure: 'public',
  legalBasis: ['《企业环境信用评价办法（试行）》（环发〔2013〕150号）', '《深圳市重点排污企业环保信用管理办法（试行）》'],
  source: '深圳市生态环境局南山管理局',
  subjectTypes: ['enterprise', 'institution'],
});

/** 餐饮服务食品安全量化分级 A/B/C (plan 第四章第三节: 对企业的量化评级). */
export const foodSafetyRating: TypeInput = ratingType({
  code: 'food_safety_rating',
  name: '食品安全量化分级',
  nameEn: 'Food safety grading of food businesses',
  domain: 'commerce',
  sector: '食品药品',
  gradeLabel: '量化等级',
  grades: ['A', 'B', 'C'],
  gradeAliases: { 优秀: 'A', 良好: 'B', 一般: 'C', A级: 'A', B级: 'B', C级: 'C' },
  fields: [field('businessKind', '业态', 'Kind of business', 'text', { maxLength: 100 })],
  disclosure: 'public',
  periodLabel: '评定年度',
  legalBasis: ['《中华人民共和国食品安全法》第一百一十三条（食品生产经营者食品安全信用档案）'],
  source: '区市场监督管理局',
  subjectTypes: ['enterprise', 'individual_business', 'institution'],
});

/** 社会组织评估等级 5A-1A, valid 5 years (民政部令第39号). */
export const socialOrgAssessment: TypeInput = ratingType({
  code: 'social_org_assessment',
  name: '社会组织评估等级',
  nameEn: 'Social organisation assessment grade',
  domain: 'society',
  sector: '社会组织',
  gradeLabel: '评估等级',
  grades: ['5A', '4A', '3A', '2A', '1A'],
  gradeAliases: { AAAAA: '5A', AAAA: '4A', AAA: '3A', AA: '2A', A: '1A' },
  disclosure: 'public',
  fixedMonths: 60,
  periodLabel: '评估年度',
  legalBasis: ['《社会组织评估管理办法》（民政部令第39号）（评估等级有效期为5年）'],
  source: '区民政局',
  subjectTypes: ['social_org'],
});
