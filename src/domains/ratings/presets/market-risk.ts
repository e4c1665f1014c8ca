import type { RatingModelInput } from '../model-definition.js';
import { BLACK_LIST_TYPES } from './black-lists.js';

/** Record types the market supervision bureau decides (市场监管领域). */
const MARKET_TYPES = ['admin_penalty', 'food_drug_violation', 'price_violation', 'product_quality_violation', 'advertising_violation', 'ecommerce_violation', 'ip_infringement'];

/**
 * 企业信用风险分类 A-D (SPEC §7): A 信用风险低, B 一般, C 较高, D 高, each with
 * its share of 双随机一公开 random inspections. The four classes and the
 * principle (fewer inspections for A, more and on-site for D) are the national
 * ones; indicator points, band edges and the ratios are the platform's own.
 */
export const marketRisk: RatingModelInput = {
  code: 'market_risk',
  name: '企业信用风险分类（市场监管）',
  nameEn: 'Enterprise credit risk class (market supervision)',
  description: '按企业信用风险由低到高分为A、B、C、D四类，据此确定“双随机、一公开”抽查比例和频次。',
  basis: [
    '《国家市场监督管理总局关于推进企业信用风险分类管理进一步提升监管效能的意见》（国市监信发〔2022〕6号）',
    '《国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见》（国发〔2019〕5号）',
    '指标分值、分类分数线和各类抽查比例为本平台设定',
  ],
  disclosure: 'internal',
  subjectTypes: ['enterprise', 'individual_business'],
  kind: 'computed',
  baseScore: 95,
  scoreRange: { min: 0, max: 100 },
  indicators: [
    { key: 'annual_report', label: '按时公示年度报告（1年内）', labelEn: 'Annual report published (1 year)', filter: { typeCodes: ['annual_report'] }, windowMonths: 12, measure: 'presence', points: 5 },
    { key: 'market_general', label: '市场监管一般违法（1年内）', labelEn: 'General market violations (1 year)', filter: { typeCodes: MARKET_TYPES, severities: ['general', 'none'] }, windowMonths: 12, measure: 'count', points: -10, maxPoints: 40 },
    { key: 'market_minor', label: '市场监管轻微违法（3个月内）', labelEn: 'Minor market violations (3 months)', filter: { typeCodes: MARKET_TYPES, severities: ['minor'] }, windowMonths: 3, measure: 'count', points: -2, maxPoints: 10 },
    { key: 'market_serious', label: '市场监管严重违法（3年内）', labelEn: 'Serious market violations (3 years)', filter: { typeCodes: MARKET_TYPES, severities: ['serious'] }, windowMonths: 36, measure: 'count', points: -30, maxPoints: 60 },
    { key: 'other_negative', label: '其他部门失信记录（1年内）', labelEn: 'Negative records of other departments (1 year)', filter: { polarities: ['negative'], domains: ['commerce', 'society', 'government'], excludeTypeCodes: [...MARKET_TYPES, 'abnormal_operation', ...BLACK_LIST_TYPES] }, windowMonths: 12, measure: 'count', points: -5, maxPoints: 20 },
    { key: 'fines', label: '罚款金额（1年内，每万元）', labelEn: 'Fines in the last year (per 10,000 yuan)', filter: { typeCodes: ['admin_penalty'] }, windowMonths: 12, measure: 'sum', field: 'fineAmount', per: 1_000_000, points: -1, maxPoints: 20 },
    { key: 'abnormal_operation', label: '列入经营异常名录', labelEn: 'On the abnormal operation list', filter: { typeCodes: ['abnormal_operation'] }, measure: 'presence', points: -30 },
  ],
  caps: { deduction: 100 },
  vetoes: [
    { key: 'serious_violation', label: '3年内有市场监管严重违法，至多C类', labelEn: 'A serious market violation within 3 years: C at best', when: { filter: { typeCodes: MARKET_TYPES, severities: ['serious'] }, windowMonths: 36 }, grade: 'C' },
  ],
  directGrades: [
    { key: 'black_list', label: '列入严重违法失信名单，直接判定D类', labelEn: 'On a black list: D', when: { filter: { typeCodes: [...BLACK_LIST_TYPES] } }, grade: 'D' },
  ],
  bands: [
    { grade: 'A', min: 90 },
    { grade: 'B', min: 75 },
    { grade: 'C', min: 60 },
    { grade: 'D', min: null },
  ],
  grades: [
    { grade: 'A', label: '信用风险低', labelEn: 'Low risk', meaning: '无违法失信记录或仅有少量轻微记录',
      treatment: { inspectionRatioPercent: 3, inspectionFrequency: '合理降低抽查比例和频次，原则上不主动实施现场检查', inspectionFrequencyEn: 'Lower ratio and frequency; no unprompted on-site inspection', incentives: ['fewer_inspections'] } },
    { grade: 'B', label: '信用风险一般', labelEn: 'Ordinary risk', meaning: '有一般违法记录',
      treatment: { inspectionRatioPercent: 5, inspectionFrequency: '按常规比例和频次抽查', inspectionFrequencyEn: 'Ordinary ratio and frequency' } },
    { grade: 'C', label: '信用风险较高', labelEn: 'Elevated risk', meaning: '违法记录较多或有严重违法记录',
      treatment: { inspectionRatioPercent: 10, inspectionFrequency: '适当提高抽查比例和频次', inspectionFrequencyEn: 'Higher ratio and frequency', measures: ['key_supervision'] } },
    { grade: 'D', label: '信用风险高', labelEn: 'High risk', meaning: '列入严重违法失信名单或违法记录严重',
      treatment: { inspectionRatioPercent: 20, inspectionFrequency: '大幅提高抽查比例和频次，必要时主动实施现场检查', inspectionFrequencyEn: 'Much higher ratio and frequency; on-site when needed', measures: ['key_supervision', 'on_site_inspection'] } },
  ],
};
