import type { RatingModelInput } from '../model-definition.js';

/**
 * 建筑市场主体信用评价 (SPEC §7): builders with 建筑市场良好/不良行为 records
 * (`construction_conduct`: a good conduct record is positive, a bad one carries
 * its grade 一般/较重/严重 as the tier minor/general/serious). 建市〔2017〕241号
 * asks for 分级分类 supervision by credit; the points and edges are the platform's own.
 */
export const constructionCredit: RatingModelInput = {
  code: 'construction_credit',
  name: '建筑市场主体信用评价',
  nameEn: 'Construction market credit',
  description: '以建筑市场良好行为和不良行为记录为依据，评定建筑市场主体信用等级。',
  basis: [
    '《建筑市场信用管理暂行办法》（建市〔2017〕241号）第十四条（信用评价及分级分类管理）',
    '《全国建筑市场各方主体不良行为记录认定标准》（建市〔2007〕9号）',
    '分值和等级分数线为本平台设定',
  ],
  disclosure: 'public',
  subjectTypes: ['enterprise', 'institution', 'person'],
  kind: 'computed',
  baseScore: 100,
  scoreRange: { min: 0, max: 120 },
  requires: { filter: { typeCodes: ['construction_conduct'] }, windowMonths: 36 },
  indicators: [
    { key: 'good_conduct', label: '良好行为记录（3年内）', labelEn: 'Good conduct (3 years)', filter: { typeCodes: ['construction_conduct'], polarities: ['positive'] }, windowMonths: 36, measure: 'count', points: 3, maxPoints: 15 },
    { key: 'bad_minor', label: '一般不良行为（6个月内）', labelEn: 'Minor bad conduct (6 months)', filter: { typeCodes: ['construction_conduct'], severities: ['minor'] }, windowMonths: 6, measure: 'count', points: -5, maxPoints: 20 },
    { key: 'bad_general', label: '较重不良行为（1年内）', labelEn: 'Considerable bad conduct (1 year)', filter: { typeCodes: ['construction_conduct'], severities: ['general'] }, windowMonths: 12, measure: 'count', points: -15, maxPoints: 45 },
    { key: 'bad_serious', label: '严重不良行为（3年内）', labelEn: 'Serious bad conduct (3 years)', filter: { typeCodes: ['construction_conduct'], severities: ['serious'] }, windowMonths: 36, measure: 'count', points: -40, maxPoints: 80 },
    { key: 'safety', label: '安全生产违法失信（1年内）', labelEn: 'Work safety violations (1 year)', filter: { typeCodes: ['work_safety_violation'] }, windowMonths: 12, measure: 'count', points: -10, maxPoints: 30 },
    { key: 'wage_arrears', label: '拖欠工资（1年内）', labelEn: 'Wage arrears (1 year)', filter: { typeCodes: ['wage_arrears'] }, windowMonths: 12, measure: 'count', points: -15, maxPoints: 30 },
  ],
  vetoes: [
    { key: 'serious_conduct', label: '3年内有严重不良行为，至多C级', labelEn: 'Serious bad conduct within 3 years: C at best', when: { filter: { typeCodes: ['construction_conduct'], severities: ['serious'] }, windowMonths: 36 }, grade: 'C' },
  ],
  directGrades: [
    { key: 'black_list', label: '失信被执行人或拖欠农民工工资严重失信，直接判定D级', labelEn: 'Judgment defaulter or serious wage arrears: D',
      when: { filter: { typeCodes: ['court_dishonest_debtor', 'wage_arrears'], severities: ['serious'] } }, grade: 'D' },
  ],
  bands: [
    { grade: 'A', min: 100 },
    { grade: 'B', min: 85 },
    { grade: 'C', min: 70 },
    { grade: 'D', min: null },
  ],
  grades: [
    { grade: 'A', label: '信用优良', labelEn: 'Excellent', meaning: '无不良行为记录',
      treatment: { inspectionRatioPercent: 3, inspectionFrequency: '减少检查频次', inspectionFrequencyEn: 'Fewer inspections', incentives: ['fewer_inspections', 'bid_evaluation_bonus'] } },
    { grade: 'B', label: '信用良好', labelEn: 'Good', meaning: '有少量一般不良行为记录',
      treatment: { inspectionRatioPercent: 5, inspectionFrequency: '常规检查', inspectionFrequencyEn: 'Ordinary inspection' } },
    { grade: 'C', label: '信用一般', labelEn: 'Fair', meaning: '有较重或严重不良行为记录',
      treatment: { inspectionRatioPercent: 15, inspectionFrequency: '提高检查频次', inspectionFrequencyEn: 'More frequent inspection', measures: ['key_supervision'] } },
    { grade: 'D', label: '信用较差', labelEn: 'Poor', meaning: '不良行为严重或列入失信名单',
      treatment: { inspectionRatioPercent: 30, inspectionFrequency: '重点监管，每季度至少1次', inspectionFrequencyEn: 'Key supervision, at least quarterly', measures: ['key_supervision', 'restrict_bidding', 'restrict_honours'] } },
  ],
};
