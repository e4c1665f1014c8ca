import type { RatingModelInput } from '../model-definition.js';

/**
 * 纳税信用等级 A/B/M/C/D (SPEC §7): the tax authority's yearly grade, ingested
 * as `tax_credit_rating` records and shown with its meaning and treatments,
 * never recomputed. Meanings and treatments follow the 办法 and 公告 cited; the
 * inspection ratios are the platform's own (the tax authority sets its own).
 */
export const taxCredit: RatingModelInput = {
  code: 'tax_credit',
  name: '纳税信用等级',
  nameEn: 'Tax credit grade',
  description: '税务机关按年度评定的纳税信用级别，本平台按最新有效的评价结果展示，不重新计算。',
  basis: [
    '《纳税信用管理办法（试行）》（国家税务总局公告2014年第40号）第十九条、第二十九条至第三十二条',
    '《国家税务总局关于纳税信用评价有关事项的公告》（国家税务总局公告2018年第8号，增设M级）',
    '各级抽查比例为本平台设定',
  ],
  disclosure: 'shared',
  subjectTypes: ['enterprise', 'individual_business', 'institution', 'social_org'],
  kind: 'ingested',
  source: { typeCode: 'tax_credit_rating', gradeField: 'grade', scoreField: 'score' },
  grades: [
    { grade: 'A', label: 'A级', meaning: '年度评价指标得分90分以上', meaningEn: 'Score of 90 or more',
      treatment: { inspectionRatioPercent: 1, inspectionFrequency: '除专项、重点检查外，原则上不主动检查', inspectionFrequencyEn: 'No unprompted inspection beyond targeted campaigns',
        incentives: ['tax_a_public_notice', 'invoice_on_demand', 'green_channel', 'joint_incentives'] } },
    { grade: 'B', label: 'B级', meaning: '年度评价指标得分70分以上不满90分', meaningEn: 'Score of 70 to under 90',
      treatment: { inspectionRatioPercent: 3, inspectionFrequency: '常规管理，适时进行税收政策和管理规定的辅导', inspectionFrequencyEn: 'Ordinary management', incentives: ['tax_guidance'] } },
    { grade: 'M', label: 'M级', meaning: '新设立企业，或评价年度内无生产经营业务收入且得分70分以上', meaningEn: 'New enterprise, or no business income and a score of 70 or more',
      treatment: { inspectionRatioPercent: 3, inspectionFrequency: '常规管理', inspectionFrequencyEn: 'Ordinary management', incentives: ['tax_guidance'] } },
    { grade: 'C', label: 'C级', meaning: '年度评价指标得分40分以上不满70分', meaningEn: 'Score of 40 to under 70',
      treatment: { inspectionRatioPercent: 10, inspectionFrequency: '依法从严管理，视信用评价状态变化趋势加强检查', inspectionFrequencyEn: 'Strict management, more inspections as needed', measures: ['tax_strict_management'] } },
    { grade: 'D', label: 'D级', meaning: '年度评价指标得分不满40分，或有直接判为D级的情形', meaningEn: 'Score under 40, or a case graded D directly',
      treatment: { inspectionRatioPercent: 30, inspectionFrequency: '列入重点监控对象，提高监督检查频次', inspectionFrequencyEn: 'Key monitoring, more frequent inspection',
        measures: ['tax_d_public_disclosure', 'invoice_restriction', 'export_rebate_review', 'key_supervision', 'joint_punishment'] } },
  ],
};
