// GB/T 4754 industry sections for demo enterprises: how common each is among
// Nanshan's registered enterprises (software, technical services, trade and
// business services lead; agriculture and mining are rare), and the industry
// words (行业词) a company name in that section carries.

export interface IndustryProfile {
  /** Relative weight among enterprises. */
  weight: number;
  /** Words that go between the trade name and 有限公司. */
  words: readonly string[];
}

export const ENTERPRISE_INDUSTRIES: Readonly<Record<string, IndustryProfile>> = {
  I: { weight: 20, words: ['信息技术', '软件', '网络科技', '数据科技', '智能科技', '云计算', '人工智能', '计算机系统', '数字科技', '信息科技', '通信技术', '软件开发', '物联网科技'] },
  F: { weight: 18, words: ['贸易', '商贸', '进出口', '供应链', '电子商务', '实业', '国际贸易', '百货', '医药', '电子商贸', '跨境电商'] },
  M: { weight: 14, words: ['科技', '检测', '技术服务', '设计', '工程设计', '生物科技', '检测认证', '技术', '科技发展', '工业设计', '计量检测'] },
  L: { weight: 13, words: ['商务咨询', '投资管理', '企业管理咨询', '文化传播', '广告', '人力资源', '品牌管理', '会展服务', '国际旅行社', '知识产权代理', '企业管理'] },
  C: { weight: 9, words: ['电子', '精密制造', '新材料', '智能装备', '光电', '精密模具', '电池', '医疗器械', '服饰', '印刷', '塑胶制品', '五金制品', '半导体', '通信设备'] },
  E: { weight: 4, words: ['建筑工程', '建设工程', '装饰工程', '机电工程', '市政工程', '建筑装饰设计工程'] },
  J: { weight: 4, words: ['投资', '融资租赁', '保险代理', '基金管理', '资产管理', '商业保理', '私募股权投资基金管理'] },
  K: { weight: 3, words: ['房地产开发', '物业管理', '置业', '房地产经纪', '物业服务'] },
  G: { weight: 3, words: ['物流', '国际货运代理', '运输', '快递', '仓储', '航运', '冷链物流'] },
  H: { weight: 3, words: ['餐饮管理', '酒店管理', '餐饮', '餐饮服务', '饮食'] },
  R: { weight: 2.5, words: ['文化传媒', '影视', '体育发展', '文化艺术', '动漫', '文化发展'] },
  O: { weight: 2, words: ['家政服务', '清洁服务', '汽车维修', '美容美发', '洗涤服务'] },
  N: { weight: 1.2, words: ['环保科技', '环境科技', '园林绿化', '水环境治理', '生态环境'] },
  P: { weight: 1.2, words: ['教育科技', '培训', '教育咨询', '职业技能培训'] },
  Q: { weight: 1, words: ['医疗管理', '健康管理', '门诊部', '康复医疗'] },
  D: { weight: 0.6, words: ['能源', '新能源', '电力工程', '燃气', '节能科技'] },
  A: { weight: 0.3, words: ['农业科技', '生态农业', '农业发展', '水产养殖'] },
  B: { weight: 0.1, words: ['矿业', '矿产资源'] },
  S: { weight: 0.1, words: ['社区服务'] },
};

export const ENTERPRISE_SECTION_WEIGHTS: readonly (readonly [string, number])[] =
  Object.entries(ENTERPRISE_INDUSTRIES).map(([section, p]) => [section, p.weight] as const);

/** Individual businesses (个体工商户): catering, retail and personal services, with their shop kinds (业态). */
export const SHOP_KINDS: Readonly<Record<'H' | 'F' | 'O', readonly string[]>> = {
  H: ['餐馆', '餐厅', '小吃店', '快餐店', '茶餐厅', '面馆', '粉店', '烧腊店', '甜品店', '奶茶店', '火锅店', '烧烤店', '饮食店'],
  F: ['便利店', '士多店', '水果店', '五金店', '服装店', '粮油店', '烟酒商行', '文具店', '花店', '商行', '经营部', '日用品店', '电器商行'],
  O: ['理发店', '美容院', '干洗店', '手机维修部', '电器维修部', '汽车维修部', '修理店', '家政服务部', '洗车店'],
};
export const SHOP_SECTION_WEIGHTS = [['H', 45], ['F', 40], ['O', 15]] as const;

/** Produce of farmers' cooperatives (农民专业合作社, prefix 93). */
export const COOPERATIVE_PRODUCE = ['荔枝种植', '茶叶种植', '蔬菜种植', '水产养殖', '花卉种植', '果蔬', '生蚝养殖'] as const;
