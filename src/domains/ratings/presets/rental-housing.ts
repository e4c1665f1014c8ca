import type { RatingModelInput } from '../model-definition.js';

/**
 * 宜居出租屋星级评定 (SPEC §7 issue 6): one to five stars on safety criteria
 * for the operators of rental housing. It rates subjects with a
 * `rental_housing_inspection` record (出租屋安全检查, a safety score 0-100 from
 * the 出租屋综合管理 office): that record type is NOT in the default catalogue;
 * the office adds it (docs/ratings.md gives a definition). Until then the model
 * rates nobody and its validation warns about the unknown type. The whole
 * scheme (criteria, points, stars) is the platform's own.
 */
export const rentalHousing: RatingModelInput = {
  code: 'rental_housing_stars',
  name: '宜居出租屋星级评定',
  nameEn: 'Rental housing star rating',
  description: '以出租屋安全检查得分为基础，结合安全生产、消防等违法记录，评定一至五星。',
  basis: [
    '《南山区社会信用体系建设规划（2013-2020年）》（出租屋综合管理与分类监管）',
    '《深圳市房屋租赁管理办法》（出租人的安全管理责任）',
    '星级标准、检查项目和分值为本平台设定；出租屋安全检查（rental_housing_inspection）类型须由信用办在目录中新增',
  ],
  disclosure: 'public',
  subjectTypes: ['enterprise', 'individual_business', 'person'],
  kind: 'computed',
  baseScore: 0,
  scoreRange: { min: 0, max: 100 },
  requires: { filter: { typeCodes: ['rental_housing_inspection'] }, windowMonths: 12 },
  indicators: [
    { key: 'safety_score', label: '最近一次出租屋安全检查得分', labelEn: 'Latest rental housing safety inspection score', filter: { typeCodes: ['rental_housing_inspection'] }, windowMonths: 12, measure: 'latest', field: 'safetyScore', points: 1 },
    { key: 'work_safety', label: '安全生产违法失信（2年内）', labelEn: 'Work safety violations (2 years)', filter: { typeCodes: ['work_safety_violation'] }, windowMonths: 24, measure: 'count', points: -20, maxPoints: 40 },
    { key: 'housing_penalties', label: '其他行政处罚（1年内）', labelEn: 'Other penalties (1 year)', filter: { typeCodes: ['admin_penalty'] }, windowMonths: 12, measure: 'count', points: -5, maxPoints: 15 },
  ],
  vetoes: [
    { key: 'serious_safety', label: '2年内有严重安全生产违法，至多二星', labelEn: 'A serious work safety violation within 2 years: two stars at best', when: { filter: { typeCodes: ['work_safety_violation'], severities: ['serious'] }, windowMonths: 24 }, grade: '2' },
  ],
  bands: [
    { grade: '5', min: 90 },
    { grade: '4', min: 80 },
    { grade: '3', min: 70 },
    { grade: '2', min: 60 },
    { grade: '1', min: null },
  ],
  grades: [
    { grade: '5', label: '五星', labelEn: 'Five stars', meaning: '安全设施齐全、管理规范，无安全违法记录',
      treatment: { inspectionRatioPercent: 2, inspectionFrequency: '每年巡查1次', inspectionFrequencyEn: 'Patrolled once a year', incentives: ['fewer_inspections', 'livable_rental_plaque'] } },
    { grade: '4', label: '四星', labelEn: 'Four stars', meaning: '安全状况良好',
      treatment: { inspectionRatioPercent: 5, inspectionFrequency: '每半年巡查1次', inspectionFrequencyEn: 'Patrolled twice a year', incentives: ['livable_rental_plaque'] } },
    { grade: '3', label: '三星', labelEn: 'Three stars', meaning: '安全状况一般',
      treatment: { inspectionRatioPercent: 10, inspectionFrequency: '每季度巡查1次', inspectionFrequencyEn: 'Patrolled quarterly' } },
    { grade: '2', label: '二星', labelEn: 'Two stars', meaning: '存在安全隐患',
      treatment: { inspectionRatioPercent: 30, inspectionFrequency: '每月巡查1次，限期整改', inspectionFrequencyEn: 'Monthly patrol, remedy by a deadline', measures: ['rectification_notice', 'key_supervision'] } },
    { grade: '1', label: '一星', labelEn: 'One star', meaning: '安全隐患严重',
      treatment: { inspectionRatioPercent: 100, inspectionFrequency: '每月检查，整改前重点监管', inspectionFrequencyEn: 'Monthly inspection; key supervision until remedied', measures: ['rectification_notice', 'key_supervision', 'rental_registration_review'] } },
  ],
};
