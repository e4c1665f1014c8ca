import type { RatingModelInput } from '../model-definition.js';

/**
 * 政府采购供应商履约评价 (SPEC §7): the mean of the purchasers' 履约评价 scores
 * (`procurement_performance`, 0-100) over three years, graded 优秀/良好/合格/
 * 不合格. A serious procurement violation or a supplier black list grades D.
 * The three-year window follows 政府采购法 第二十二条; grades and edges are the
 * platform's own.
 */
export const procurementSupplier: RatingModelInput = {
  code: 'procurement_supplier',
  name: '政府采购供应商履约评价',
  nameEn: 'Procurement supplier performance',
  description: '以采购人3年内对供应商的履约评价得分平均值评定供应商履约等级。',
  basis: [
    '《中华人民共和国政府采购法实施条例》第四十五条（采购人应当组织对供应商履约的验收）',
    '《中华人民共和国政府采购法》第二十二条、第七十七条',
    '《财政部关于进一步加强政府采购需求和履约验收管理的指导意见》（财库〔2016〕205号）',
    '等级划分和分数线为本平台设定',
  ],
  disclosure: 'shared',
  subjectTypes: ['enterprise', 'individual_business', 'institution', 'social_org', 'person'],
  kind: 'computed',
  baseScore: 0,
  scoreRange: { min: 0, max: 100 },
  requires: { filter: { typeCodes: ['procurement_performance'] }, windowMonths: 36 },
  indicators: [
    { key: 'performance_mean', label: '履约评价平均分（3年内）', labelEn: 'Mean performance score (3 years)', filter: { typeCodes: ['procurement_performance'] }, windowMonths: 36, measure: 'mean', field: 'score', points: 1 },
    { key: 'bidding_violations', label: '招标投标违法行为（3年内）', labelEn: 'Bidding violations (3 years)', filter: { typeCodes: ['bidding_violation'] }, windowMonths: 36, measure: 'count', points: -10, maxPoints: 30 },
  ],
  vetoes: [
    { key: 'bidding_serious', label: '3年内有严重招标投标违法行为，至多C级', labelEn: 'A serious bidding violation within 3 years: C at best', when: { filter: { typeCodes: ['bidding_violation'], severities: ['serious'] }, windowMonths: 36 }, grade: 'C' },
  ],
  directGrades: [
    { key: 'procurement_black_list', label: '政府采购严重违法失信或列入供应商黑名单，直接判定D级', labelEn: 'Serious procurement violation or supplier black list: D',
      when: { filter: { typeCodes: ['procurement_serious_violation', 'supplier_blacklisting'] } }, grade: 'D' },
  ],
  bands: [
    { grade: 'A', min: 90 },
    { grade: 'B', min: 80 },
    { grade: 'C', min: 60 },
    { grade: 'D', min: null },
  ],
  grades: [
    { grade: 'A', label: '优秀', labelEn: 'Excellent', meaning: '履约评价平均分90分以上',
      treatment: { inspectionRatioPercent: 2, inspectionFrequency: '履约验收可适当简化', inspectionFrequencyEn: 'Simplified acceptance', incentives: ['deposit_waiver', 'fewer_inspections'] } },
    { grade: 'B', label: '良好', labelEn: 'Good', meaning: '履约评价平均分80分以上不满90分',
      treatment: { inspectionRatioPercent: 5, inspectionFrequency: '常规履约验收', inspectionFrequencyEn: 'Ordinary acceptance' } },
    { grade: 'C', label: '合格', labelEn: 'Satisfactory', meaning: '履约评价平均分60分以上不满80分',
      treatment: { inspectionRatioPercent: 10, inspectionFrequency: '加强履约验收', inspectionFrequencyEn: 'Closer acceptance checks', measures: ['performance_reminder'] } },
    { grade: 'D', label: '不合格', labelEn: 'Unsatisfactory', meaning: '履约评价平均分不满60分，或有政府采购严重违法失信行为',
      treatment: { inspectionRatioPercent: 30, inspectionFrequency: '逐项履约验收', inspectionFrequencyEn: 'Item-by-item acceptance', measures: ['restrict_procurement', 'key_supervision'] } },
  ],
};
