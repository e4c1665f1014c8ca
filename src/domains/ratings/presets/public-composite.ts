import type { RatingModelInput } from '../model-definition.js';
import { BLACK_LIST_TYPES, SERIOUS_LIST_SECTOR_TYPES } from './black-lists.js';

const ORGANISATIONS = ['enterprise', 'individual_business', 'institution', 'social_org'] as const;
const SCORED_NEGATIVE = { polarities: ['negative' as const], excludeTypeCodes: [...BLACK_LIST_TYPES] };

/**
 * 公共信用综合评价 (SPEC §7): 1000 points, A+ … D-. The structure (base score,
 * deductions by severity, bonuses for commendations and red lists, a direct D
 * on black lists) follows the national composite evaluation; the point values
 * and band edges are the platform's own, documented in docs/ratings.md.
 */
export const publicComposite: RatingModelInput = {
  code: 'public_composite',
  name: '公共信用综合评价',
  nameEn: 'Public credit composite evaluation',
  description: '以1000分为基准分，按信用记录加减分，形成 A+、A、B、C、C-、D、D- 七个等级。',
  basis: [
    '《国务院关于建立完善守信联合激励和失信联合惩戒制度加快推进社会诚信建设的指导意见》（国发〔2016〕33号）',
    '《国家发展改革委办公厅关于推送并应用市场主体公共信用综合评价结果的通知》（发改办财金〔2019〕885号）',
    '《南山区社会信用体系建设规划（2013-2020年）》第三章（信用评价与分类监管）',
    '分值、封顶与等级分数线为本平台设定（非出自上述文件）',
  ],
  disclosure: 'public',
  subjectTypes: [...ORGANISATIONS],
  kind: 'computed',
  baseScore: 1000,
  scoreRange: { min: 0, max: 1100 },
  indicators: [
    { key: 'serious_negative', label: '严重失信记录（3年内）', labelEn: 'Serious negative records (3 years)', filter: { ...SCORED_NEGATIVE, severities: ['serious'] }, windowMonths: 36, measure: 'count', points: -100, maxPoints: 400 },
    { key: 'general_negative', label: '一般失信记录（1年内）', labelEn: 'General negative records (1 year)', filter: { ...SCORED_NEGATIVE, severities: ['general', 'none'] }, windowMonths: 12, measure: 'count', points: -30, maxPoints: 300 },
    { key: 'minor_negative', label: '轻微失信记录（3个月内）', labelEn: 'Minor negative records (3 months)', filter: { ...SCORED_NEGATIVE, severities: ['minor'] }, windowMonths: 3, measure: 'count', points: -5, maxPoints: 50 },
    { key: 'fines', label: '罚款金额（1年内，每万元）', labelEn: 'Fines in the last year (per 10,000 yuan)', filter: { typeCodes: ['admin_penalty'] }, windowMonths: 12, measure: 'sum', field: 'fineAmount', per: 1_000_000, points: -1, maxPoints: 100 },
    { key: 'abnormal_operation', label: '列入经营异常名录', labelEn: 'On the abnormal operation list', filter: { typeCodes: ['abnormal_operation'] }, measure: 'presence', points: -50 },
    { key: 'commendations', label: '表彰奖励（3年内）', labelEn: 'Commendations (3 years)', filter: { polarities: ['positive'], categories: ['commendation'], excludeTypeCodes: ['honest_merchant'] }, windowMonths: 36, measure: 'count', points: 20, maxPoints: 60 },
    { key: 'good_conduct', label: '良好行为记录（3年内）', labelEn: 'Good conduct records (3 years)', filter: { polarities: ['positive'], excludeTypeCodes: ['commendation', 'honest_merchant'] }, windowMonths: 36, measure: 'count', points: 5, maxPoints: 20 },
    { key: 'honest_merchant', label: '南山诚信商家', labelEn: 'Nanshan honest merchant', filter: { typeCodes: ['honest_merchant'] }, measure: 'presence', points: 30 },
    { key: 'tax_credit', label: '纳税信用等级', labelEn: 'Tax credit grade', filter: { typeCodes: ['tax_credit_rating'] }, measure: 'latest', field: 'grade', valuePoints: { A: 30, B: 10, M: 0, C: -30, D: -100 } },
    { key: 'env_credit', label: '企业环境信用评价', labelEn: 'Environmental credit grade', filter: { typeCodes: ['env_credit_rating'] }, measure: 'latest', field: 'grade', valuePoints: { green: 20, blue: 10, yellow: -20, red: -50, black: -100 } },
  ],
  caps: { bonus: 100, deduction: 1000 },
  vetoes: [
    { key: 'serious_in_year', label: '1年内有严重失信记录，最高C级', labelEn: 'A serious negative record within a year: C at best', when: { filter: { polarities: ['negative'], severities: ['serious'] }, windowMonths: 12 }, grade: 'C' },
    { key: 'sector_black_list', label: '列入行业严重失信名单，最高C-级', labelEn: 'On a sector black list: C- at best', when: { filter: { typeCodes: [...SERIOUS_LIST_SECTOR_TYPES], severities: ['serious'] } }, grade: 'C-' },
  ],
  directGrades: [
    { key: 'black_list', label: '列入严重失信主体名单，直接判定D级', labelEn: 'On a black list: D', when: { filter: { typeCodes: [...BLACK_LIST_TYPES] } }, grade: 'D' },
    { key: 'black_lists', label: '列入两项及以上严重失信主体名单，直接判定D-级', labelEn: 'On two or more black lists: D-', when: { filter: { typeCodes: [...BLACK_LIST_TYPES] }, atLeast: 2 }, grade: 'D-' },
  ],
  bands: [
    { grade: 'A+', min: 1050 },
    { grade: 'A', min: 1000 },
    { grade: 'B', min: 950 },
    { grade: 'C', min: 850 },
    { grade: 'C-', min: 700 },
    { grade: 'D', min: null },
  ],
  grades: [
    { grade: 'A+', label: '诚信典范', labelEn: 'Exemplary', meaning: '无失信记录且有表彰或守信激励记录', meaningEn: 'No negative records, and commendations or red-list records',
      treatment: { inspectionRatioPercent: 1, inspectionFrequency: '原则上不主动实施现场检查（投诉举报、转办交办除外）', inspectionFrequencyEn: 'No unprompted on-site inspections (complaints and referrals excepted)', incentives: ['green_channel', 'tolerance_acceptance', 'fewer_inspections', 'honours_priority'] } },
    { grade: 'A', label: '诚信', labelEn: 'Trustworthy', meaning: '无扣分记录', meaningEn: 'No deductions',
      treatment: { inspectionRatioPercent: 3, inspectionFrequency: '每年不超过1次', inspectionFrequencyEn: 'At most once a year', incentives: ['green_channel', 'fewer_inspections'] } },
    { grade: 'B', label: '良好', labelEn: 'Good', meaning: '有少量一般或轻微失信记录', meaningEn: 'A few minor or general negative records',
      treatment: { inspectionRatioPercent: 5, inspectionFrequency: '每年1次', inspectionFrequencyEn: 'Once a year' } },
    { grade: 'C', label: '关注', labelEn: 'Watch', meaning: '有较多失信记录或1年内有严重失信记录', meaningEn: 'Several negative records, or a serious one within a year',
      treatment: { inspectionRatioPercent: 10, inspectionFrequency: '每年2次', inspectionFrequencyEn: 'Twice a year', measures: ['credit_reminder'] } },
    { grade: 'C-', label: '警示', labelEn: 'Warning', meaning: '失信记录较多或列入行业严重失信名单', meaningEn: 'Many negative records, or on a sector black list',
      treatment: { inspectionRatioPercent: 20, inspectionFrequency: '每季度1次', inspectionFrequencyEn: 'Once a quarter', measures: ['credit_reminder', 'key_supervision'] } },
    { grade: 'D', label: '失信', labelEn: 'Untrustworthy', meaning: '列入严重失信主体名单或扣分严重', meaningEn: 'On a black list, or heavy deductions',
      treatment: { inspectionRatioPercent: 50, inspectionFrequency: '每季度1次，必要时主动实施现场检查', inspectionFrequencyEn: 'Once a quarter, on-site when needed', measures: ['key_supervision', 'restrict_public_funds', 'restrict_honours'] } },
    { grade: 'D-', label: '严重失信', labelEn: 'Seriously untrustworthy', meaning: '列入两项及以上严重失信主体名单', meaningEn: 'On two or more black lists',
      treatment: { inspectionRatioPercent: 100, inspectionFrequency: '全覆盖检查，每季度至少1次', inspectionFrequencyEn: 'Every subject, at least once a quarter', measures: ['key_supervision', 'restrict_public_funds', 'restrict_honours', 'joint_punishment'] } },
  ],
};
