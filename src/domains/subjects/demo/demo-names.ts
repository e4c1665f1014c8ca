// Names for demo subjects, in the forms Shenzhen's registries use:
// 深圳市{字号}{行业词}有限公司, {字号}（深圳）{行业词}有限公司, 南山区{字号}{业态},
// 深圳市南山区{…}协会, 深圳市南山区{…}学校/医院/中心, 深圳市南山区{…}局.
import { ENTERPRISE_INDUSTRIES, COOPERATIVE_PRODUCE, SHOP_KINDS } from './industries.js';
import { NANSHAN_STREETS } from './places.js';
import type { Random } from './random.js';
import { BRAND_CHARS, BRAND_WORDS, GIVEN_CHARS, SHOP_PREFIXES, SHOP_SUFFIXES, SURNAMES, TRADITIONAL } from './word-lists.js';

/** A trade name (字号) of 2-4 characters. */
export function brandName(random: Random): string {
  const x = random.next();
  if (x < 0.45) return random.pick(BRAND_WORDS);
  if (x < 0.8) return random.pick(BRAND_CHARS) + random.pick(BRAND_CHARS);
  if (x < 0.9) return random.pick(BRAND_WORDS) + random.pick(BRAND_CHARS);
  return random.pick(BRAND_CHARS) + random.pick(BRAND_WORDS);
}

/** A personal name: a surname (common ones more often) and one or two given characters. */
export function personName(random: Random): string {
  const surname = SURNAMES[Math.floor(SURNAMES.length * random.next() ** 2.2)]!;
  const given = random.pick(GIVEN_CHARS) + (random.chance(0.7) ? random.pick(GIVEN_CHARS) : '');
  return surname + given;
}

type Template = (brand: string, word: string) => string;
const ENTERPRISE_TEMPLATES: readonly (readonly [Template, number])[] = [
  [(b, w) => `深圳市${b}${w}有限公司`, 58],
  [(b, w) => `深圳${b}${w}有限公司`, 8],
  [(b, w) => `${b}（深圳）${w}有限公司`, 10],
  [(b, w) => `深圳${b}${w}股份有限公司`, 5],
  [(b, w) => `深圳市${b}${w}有限责任公司`, 4],
  [(b, w) => `${b}${w}（深圳）有限公司`, 5],
  [(b, w) => `深圳市前海${b}${w}有限公司`, 6],
  [(b, w) => `深圳市${b}${w}有限公司南山分公司`, 4],
];

/** An enterprise name in industry section `section`; `brand` and `word` fixed when given (former names). */
export function enterpriseName(random: Random, section: string, parts: { brand?: string; word?: string } = {}): string {
  const word = parts.word ?? random.pick(ENTERPRISE_INDUSTRIES[section]!.words);
  return random.weighted(ENTERPRISE_TEMPLATES)(parts.brand ?? brandName(random), word);
}

/** 农民专业合作社 (prefix 93): 深圳市南山区西丽荔枝种植专业合作社. */
export function cooperativeName(random: Random): string {
  const place = random.pick(['西丽', '南头', '蛇口', '大磡', '麻磡', '白芒', '塘朗', '南山']);
  return `深圳市南山区${place}${random.pick(COOPERATIVE_PRODUCE)}专业合作社`;
}

/** 个体工商户: 南山区湘味轩餐馆, 深圳市南山区老王五金店, 南山区阿华理发店（个体工商户）. */
export function shopName(random: Random, section: keyof typeof SHOP_KINDS): string {
  const brand = random.pick(SHOP_PREFIXES) + (random.chance(0.5) ? random.pick(SHOP_SUFFIXES) : '');
  const body = `${brand}${random.pick(SHOP_KINDS[section])}`;
  const x = random.next();
  return x < 0.7 ? `南山区${body}` : x < 0.9 ? `深圳市南山区${body}` : `南山区${body}（个体工商户）`;
}

const ASSOCIATION_TOPICS = [
  '软件行业', '科技企业', '餐饮行业', '物业管理', '个体劳动者', '义工', '慈善', '文化艺术', '书法家', '摄影家', '篮球',
  '足球', '围棋', '老年人体育', '青年企业家', '女企业家', '潮汕', '客家', '湖南', '江西', '知识产权', '电子商务', '跨境电商',
  '人工智能产业', '集成电路', '医疗器械行业', '民办教育', '社会工作', '心理咨询', '志愿者', '楼宇经济', '总部经济', '金融科技',
] as const;
const ASSOCIATION_KINDS = ['协会', '促进会', '商会', '联合会', '研究会'] as const;
const NON_PROFIT_UNITS = ['培训中心', '幼儿园', '社会工作服务中心', '养老院', '康复中心', '艺术培训学校', '职业技能培训学校', '社区服务中心'] as const;
const FOUNDATION_CAUSES = ['公益', '慈善', '教育', '扶贫', '文化', '体育', '医疗救助', '青少年发展'] as const;

/** 社会团体 (51), 民办非企业单位 (52), 基金会 (53). */
export function socialOrgName(random: Random, prefix: '51' | '52' | '53'): string {
  if (prefix === '51') return `深圳市南山区${random.pick(ASSOCIATION_TOPICS)}${random.pick(ASSOCIATION_KINDS)}`;
  if (prefix === '52') return `深圳市南山区${brandName(random)}${random.pick(NON_PROFIT_UNITS)}`;
  return `深圳市南山区${brandName(random)}${random.pick(FOUNDATION_CAUSES)}基金会`;
}

const PLACES = Object.values(NANSHAN_STREETS).flatMap((s) => s.communities);
const SCHOOLS = ['小学', '中学', '实验学校', '外国语学校', '幼儿园', '第二小学', '第二实验学校'] as const;
const CENTRES = [
  '政务服务中心', '疾病预防控制中心', '妇幼保健院', '人民医院', '中医院', '慢性病防治院', '图书馆', '文化馆', '档案馆', '博物馆',
  '城市更新和土地整备中心', '公共资源交易中心', '教育科学研究院', '信息中心', '应急指挥中心', '环境监测站', '体育中心',
  '青少年活动中心', '社会福利中心', '劳动人事争议仲裁院', '机关事务管理中心', '科技馆',
] as const;

/** 事业单位 (12): schools, community health centres and district centres; returns the name and its section. */
export function institutionName(random: Random): { name: string; industry: string } {
  const x = random.next();
  if (x < 0.55) return { name: `深圳市南山区${random.pick(PLACES)}${random.pick(SCHOOLS)}`, industry: 'P' };
  if (x < 0.8) return { name: `深圳市南山区${random.pick(PLACES)}社区健康服务中心`, industry: 'Q' };
  return { name: `深圳市南山区${random.pick(CENTRES)}`, industry: random.pick(['S', 'M', 'R', 'N', 'Q']) };
}

const BUREAUS = [
  '发展和改革局', '教育局', '科技创新局', '工业和信息化局', '民政局', '司法局', '财政局', '人力资源局', '住房和建设局', '水务局',
  '文化广电旅游体育局', '卫生健康局', '应急管理局', '审计局', '国有资产监督管理局', '统计局', '城市管理和综合执法局',
  '退役军人事务局', '医疗保障局', '政务服务数据管理局', '商务局', '投资推广署', '信访局', '工商业联合会',
] as const;

/** 机关 (11): district bureaus, street offices and community work stations. */
export function governmentName(random: Random): string {
  const x = random.next();
  const street = random.pick(Object.keys(NANSHAN_STREETS));
  if (x < 0.5) return `深圳市南山区${random.pick(BUREAUS)}`;
  if (x < 0.7) return `深圳市南山区人民政府${street.replace('街道', '')}街道办事处`;
  return `深圳市南山区${street}${random.pick(NANSHAN_STREETS[street]!.communities)}社区工作站`;
}

/** ~1% of names as a registry clerk or an old system wrote them: Traditional characters, ASCII brackets. */
export function writtenVariant(random: Random, name: string): string {
  if (name.includes('（') && random.chance(0.5)) return name.replace('（', '(').replace('）', ')');
  return [...name].map((c) => TRADITIONAL.get(c) ?? c).join('');
}
