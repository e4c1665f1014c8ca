import type { RatingModelInput } from '../model-definition.js';

/**
 * 企业环境信用评价 (SPEC §7): green, blue, yellow, red, black as the ecology
 * and environment bureau publishes them (`env_credit_rating` records), not
 * recomputed. Meanings and treatments follow 环发〔2013〕150号 (four colours)
 * and Shenzhen's five-colour scheme; the inspection ratios are the platform's own.
 */
export const envCredit: RatingModelInput = {
  code: 'env_credit',
  name: '企业环境信用评价',
  nameEn: 'Enterprise environmental credit',
  description: '生态环境部门评定的企业环境信用等级，按最新有效的评价结果展示，不重新计算。',
  basis: [
    '《企业环境信用评价办法（试行）》（环发〔2013〕150号）第二十六条至第二十九条',
    '《深圳市重点排污企业环保信用管理办法（试行）》',
    '各级抽查比例为本平台设定',
  ],
  disclosure: 'public',
  subjectTypes: ['enterprise', 'institution'],
  kind: 'ingested',
  source: { typeCode: 'env_credit_rating', gradeField: 'grade' },
  grades: [
    { grade: 'green', label: '绿牌（环保诚信企业）', labelEn: 'Green (environmentally trustworthy)', meaning: '环境信用好，依法履行环保义务',
      treatment: { inspectionRatioPercent: 2, inspectionFrequency: '适当减少日常监督检查频次', inspectionFrequencyEn: 'Fewer routine inspections', incentives: ['env_funds_priority', 'fewer_inspections', 'green_channel'] } },
    { grade: 'blue', label: '蓝牌（环保良好企业）', labelEn: 'Blue (good)', meaning: '基本履行环保义务',
      treatment: { inspectionRatioPercent: 5, inspectionFrequency: '常规监管', inspectionFrequencyEn: 'Ordinary supervision' } },
    { grade: 'yellow', label: '黄牌（环保警示企业）', labelEn: 'Yellow (warning)', meaning: '存在一般环境违法行为',
      treatment: { inspectionRatioPercent: 15, inspectionFrequency: '加大执法监察频次', inspectionFrequencyEn: 'More frequent enforcement checks', measures: ['env_warning_interview', 'key_supervision'] } },
    { grade: 'red', label: '红牌（环保不良企业）', labelEn: 'Red (poor)', meaning: '存在较重环境违法行为',
      treatment: { inspectionRatioPercent: 30, inspectionFrequency: '重点监管，每季度至少1次', inspectionFrequencyEn: 'Key supervision, at least quarterly', measures: ['key_supervision', 'env_funds_suspension', 'restrict_honours'] } },
    { grade: 'black', label: '黑牌（环保严重失信企业）', labelEn: 'Black (seriously untrustworthy)', meaning: '存在严重环境违法行为',
      treatment: { inspectionRatioPercent: 50, inspectionFrequency: '严格监管，每月至少1次', inspectionFrequencyEn: 'Strict supervision, at least monthly', measures: ['key_supervision', 'env_funds_suspension', 'restrict_honours', 'restrict_public_funds', 'joint_punishment'] } },
  ],
};
