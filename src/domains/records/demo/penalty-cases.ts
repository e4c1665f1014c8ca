// 行政处罚 cases as Nanshan's departments decide them: the offence, the facts
// as a decision states them, the articles it rests on, and the outcomes the
// article allows with how often each is chosen. The penalty tiering of SPEC §3.2
// follows from the outcome: the simple procedure or 警告 alone → minor;
// 吊销许可证件 / 责令关闭 or a fine of 100万元 or more → serious; else general.
import type { Random } from '../../subjects/demo/index.js';
import type { DemoDepartmentKey } from './demo-departments.js';
import { cnDate, inSections, isMarket, type DemoRecordSubject } from './record-kit.js';

export interface PenaltyOutcome {
  weight: number;
  kinds: readonly string[];
  /** fine in 元 [min, max] */
  fine?: readonly [number, number];
  /** the fine's rounding in 元 (default 100) */
  step?: number;
  /** illegal gains confiscated, 元 [min, max] */
  gains?: readonly [number, number];
  /** 行政处罚法 第五十一条: fines up to 200 元 (persons) or 3,000 元 (organisations), decided on the spot */
  simple?: boolean;
  /** what 没收非法财物, 吊销许可证件 or 责令停产停业 takes */
  takes?: string;
}

export interface PenaltyCase {
  department: DemoDepartmentKey;
  /** the series prefix of the department's decisions (…罚〔2025〕12号) */
  prefix: string;
  fits(s: DemoRecordSubject): boolean;
  violationType: string;
  /** the facts, given the day of the inspection or complaint */
  facts(random: Random, on: string): string;
  legalGrounds: string;
  outcomes: readonly PenaltyOutcome[];
}

const FOODS = ['牛奶', '酸奶', '面包', '速冻水饺', '火腿肠', '饼干', '饮料', '调味酱', '月饼', '方便面'] as const;
const GOODS = ['电热水壶', '插线板', '儿童玩具', '电动车充电器', '服装', '床上用品', '电吹风', '移动电源'] as const;
const BRANDS = ['耐克', '阿迪达斯', '苹果', '华为', '香奈儿', '周大福'] as const;
const at = (on: string) => `${cnDate(on)}，执法人员依法对当事人经营场所进行检查，`;

const food = (s: DemoRecordSubject) => isMarket(s) && inSections(s, 'HF') || s.type === 'institution' && inSections(s, 'PQ');
const catering = (s: DemoRecordSubject) => isMarket(s) && inSections(s, 'H');
const employer = (s: DemoRecordSubject) => s.type !== 'person' && s.type !== 'government';

export const PENALTY_CASES: readonly PenaltyCase[] = [
  {
    department: 'market', prefix: '深市监南罚', fits: (s) => isMarket(s) && inSections(s, 'HF'),
    violationType: '经营超过保质期的食品',
    facts: (r, on) => `${at(on)}发现当事人销售的${r.pick(FOODS)}共${r.int(3, 60)}件已超过保质期，货值金额${r.int(80, 2400)}元。`,
    legalGrounds: '《中华人民共和国食品安全法》第三十四条第（十）项、第一百二十四条第一款第（五）项',
    outcomes: [{ weight: 1, kinds: ['没收违法所得', '没收非法财物', '罚款'], gains: [100, 3000], fine: [50_000, 100_000], takes: '超过保质期的食品' }],
  },
  {
    department: 'market', prefix: '深市监南罚', fits: food,
    violationType: '安排未取得健康证明的人员从事接触直接入口食品的工作',
    facts: (r, on) => `${at(on)}发现当事人安排${r.int(1, 4)}名未取得健康证明的人员从事接触直接入口食品的工作。`,
    legalGrounds: '《中华人民共和国食品安全法》第四十五条第二款、第一百二十六条第一款第（六）项',
    outcomes: [{ weight: 3, kinds: ['警告'] }, { weight: 1, kinds: ['警告', '罚款'], fine: [5_000, 20_000] }],
  },
  {
    department: 'market', prefix: '深市监南罚', fits: catering,
    violationType: '未取得食品经营许可从事食品经营活动',
    facts: (r, on) => `${at(on)}发现当事人未取得食品经营许可证，自${cnDate(on).slice(0, 5)}起在经营场所从事热食类食品制售，违法所得${r.int(500, 6000)}元。`,
    legalGrounds: '《中华人民共和国食品安全法》第三十五条第一款、第一百二十二条第一款',
    outcomes: [{ weight: 1, kinds: ['没收违法所得', '罚款'], gains: [500, 6000], fine: [50_000, 80_000] }],
  },
  {
    department: 'market', prefix: '深市监南罚', fits: isMarket,
    violationType: '未将营业执照置于住所或者主要经营场所的醒目位置',
    facts: (_r, on) => `${at(on)}发现当事人未将营业执照置于住所或者主要经营场所的醒目位置，经责令改正，逾期未改正。`,
    legalGrounds: '《中华人民共和国市场主体登记管理条例》第三十六条、第四十八条第一款',
    outcomes: [{ weight: 3, kinds: ['罚款'], fine: [200, 3000], simple: true }, { weight: 1, kinds: ['罚款'], fine: [3000, 10_000] }],
  },
  {
    department: 'market', prefix: '深市监南罚', fits: (s) => isMarket(s) && inSections(s, 'HFO'),
    violationType: '未按规定明码标价',
    facts: (r, on) => `${at(on)}发现当事人销售的${r.int(5, 40)}种商品（服务）未按规定标明价格。`,
    legalGrounds: '《中华人民共和国价格法》第十三条第一款、第四十二条',
    outcomes: [
      { weight: 3, kinds: ['罚款'], fine: [200, 200], simple: true },
      { weight: 2, kinds: ['罚款'], fine: [1000, 3000], simple: true },
      { weight: 1, kinds: ['罚款'], fine: [2000, 5000] },
    ],
  },
  {
    department: 'market', prefix: '深市监南罚', fits: (s) => s.type === 'enterprise' && inSections(s, 'LFQPMC'),
    violationType: '发布虚假广告',
    facts: (r, on) => `经查，当事人自${cnDate(on)}起在其微信公众号及电商平台店铺发布的广告中宣称产品“${r.pick(['国家级', '100%有效', '根治', '全网销量第一', '零风险'])}”，相关内容无事实依据，广告费用无法计算。`,
    legalGrounds: '《中华人民共和国广告法》第二十八条第二款、第五十五条第一款',
    outcomes: [
      { weight: 4, kinds: ['罚款'], fine: [200_000, 600_000] },
      { weight: 1, kinds: ['罚款'], fine: [1_000_000, 1_500_000] },
    ],
  },
  {
    department: 'market', prefix: '深市监南罚', fits: (s) => isMarket(s) && inSections(s, 'CF'),
    violationType: '销售不合格产品',
    facts: (r, on) => `${cnDate(on)}，经监督抽查，当事人销售的${r.pick(GOODS)}经检验不合格，货值金额${r.int(1000, 30_000)}元。`,
    legalGrounds: '《中华人民共和国产品质量法》第三十九条、第五十条',
    outcomes: [
      { weight: 6, kinds: ['没收非法财物', '没收违法所得', '罚款'], gains: [200, 5000], fine: [5_000, 60_000], takes: '不合格产品' },
      { weight: 1, kinds: ['罚款', '吊销许可证件'], fine: [30_000, 90_000], takes: '营业执照' },
    ],
  },
  {
    department: 'market', prefix: '深市监南罚', fits: (s) => isMarket(s) && inSections(s, 'F'),
    violationType: '销售侵犯注册商标专用权的商品',
    facts: (r, on) => `${at(on)}发现当事人销售标注“${r.pick(BRANDS)}”注册商标的商品${r.int(10, 300)}件，经商标权利人鉴定为侵权商品。`,
    legalGrounds: '《中华人民共和国商标法》第五十七条第（三）项、第六十条第二款',
    outcomes: [{ weight: 1, kinds: ['没收非法财物', '罚款'], fine: [10_000, 100_000], takes: '侵犯注册商标专用权的商品' }],
  },
  {
    department: 'market', prefix: '深市监南罚', fits: (s) => s.type === 'person',
    violationType: '无照经营',
    facts: (r, on) => `${cnDate(on)}，执法人员接群众举报后检查发现，当事人未依法取得营业执照，在${r.pick(['桃园路', '南新路', '学府路', '南山大道'])}一带从事${r.pick(['小食品销售', '水果销售', '日用品销售'])}经营活动。`,
    legalGrounds: '《无证无照经营查处办法》第二条、第十三条',
    outcomes: [{ weight: 1, kinds: ['没收违法所得', '罚款'], gains: [100, 800], fine: [500, 2000] }],
  },
  {
    department: 'urban', prefix: '深南城执罚', fits: (s) => s.type === 'person' || s.type === 'individual_business',
    violationType: '擅自在街道两侧和公共场地堆放物料、摆卖',
    facts: (r, on) => `${cnDate(on)}，执法队员巡查发现当事人在${r.pick(['经营场所门前人行道', '社区公共场地', '街道两侧'])}擅自堆放物品、超出门窗摆卖。`,
    legalGrounds: '《城市市容和环境卫生管理条例》第十四条、第三十六条第（二）项',
    outcomes: [
      { weight: 3, kinds: ['罚款'], fine: [50, 200], step: 50, simple: true },
      { weight: 1, kinds: ['罚款'], fine: [500, 2000] },
    ],
  },
  {
    department: 'safety', prefix: '深南应急罚', fits: (s) => s.type === 'enterprise' && inSections(s, 'CEGDHK'),
    violationType: '未按照规定对从业人员进行安全生产教育和培训',
    facts: (r, on) => `${cnDate(on)}，执法人员对当事人进行安全生产检查，发现当事人未对${r.int(3, 30)}名新入职从业人员进行安全生产教育和培训即安排上岗作业。`,
    legalGrounds: '《中华人民共和国安全生产法》第二十八条第一款、第九十七条第（三）项',
    outcomes: [{ weight: 1, kinds: ['罚款'], fine: [10_000, 50_000] }],
  },
  {
    department: 'safety', prefix: '深南应急罚', fits: (s) => s.type === 'enterprise' && inSections(s, 'CEGDK'),
    violationType: '未采取措施消除事故隐患',
    facts: (r, on) => `${cnDate(on)}检查发现当事人${r.pick(['消防通道被货物堵塞', '配电箱未设置防护', '危险化学品未分类存放', '有限空间作业未设置警示标识'])}，经责令限期整改，逾期未整改。`,
    legalGrounds: '《中华人民共和国安全生产法》第四十一条第二款、第一百零二条',
    outcomes: [
      { weight: 5, kinds: ['罚款'], fine: [20_000, 50_000] },
      { weight: 1, kinds: ['责令停产停业', '罚款'], fine: [100_000, 300_000], takes: '停产停业整顿' },
    ],
  },
  {
    department: 'safety', prefix: '深南应急罚', fits: (s) => s.type === 'enterprise' && inSections(s, 'CEG'),
    violationType: '对生产安全事故发生负有责任',
    facts: (r, on) => `${cnDate(on)}，当事人${r.pick(['厂房', '施工现场', '仓库'])}发生一起${r.pick(['机械伤害', '高处坠落', '物体打击', '触电'])}事故，造成人员伤亡和直接经济损失${r.int(60, 900)}万元。经调查认定，当事人安全生产主体责任落实不到位，对事故发生负有责任。`,
    legalGrounds: '《中华人民共和国安全生产法》第一百一十四条第一款',
    outcomes: [{ weight: 3, kinds: ['罚款'], fine: [300_000, 990_000], step: 10_000 }, { weight: 1, kinds: ['罚款'], fine: [1_000_000, 2_000_000], step: 10_000 }],
  },
  {
    department: 'housing', prefix: '深南建罚', fits: (s) => s.type === 'enterprise' && inSections(s, 'EK'),
    violationType: '未取得施工许可证擅自施工',
    facts: (r, on) => `经查，当事人承建的南山区${r.pick(['蛇口', '西丽', '桃源', '粤海', '南头'])}片区${r.pick(['厂房改造', '商业综合体', '住宅', '学校扩建'])}项目于${cnDate(on)}在未取得建筑工程施工许可证的情况下擅自开工建设。`,
    legalGrounds: '《中华人民共和国建筑法》第七条第一款、第六十四条；《建筑工程施工许可管理办法》第十二条',
    outcomes: [{ weight: 1, kinds: ['罚款'], fine: [50_000, 500_000], step: 1000 }],
  },
  {
    department: 'health', prefix: '深南卫罚', fits: (s) => (s.type === 'enterprise' || s.type === 'institution') && inSections(s, 'Q'),
    violationType: '使用非卫生技术人员从事医疗卫生技术工作',
    facts: (r, on) => `${cnDate(on)}，卫生监督员检查发现当事人聘用${r.int(1, 3)}名未取得执业资格的人员从事${r.pick(['口腔诊疗', '护理', '医学检验', '针灸推拿'])}工作。`,
    legalGrounds: '《医疗机构管理条例》第二十八条、第四十八条',
    outcomes: [{ weight: 8, kinds: ['罚款'], fine: [3000, 5000] }, { weight: 1, kinds: ['吊销许可证件'], takes: '医疗机构执业许可证' }],
  },
  {
    department: 'health', prefix: '深南卫罚', fits: (s) => isMarket(s) && inSections(s, 'OH'),
    violationType: '安排未获得有效健康合格证明的从业人员直接为顾客服务',
    facts: (r, on) => `${cnDate(on)}，卫生监督员检查发现当事人${r.int(1, 5)}名直接为顾客服务的从业人员未取得有效健康合格证明。`,
    legalGrounds: '《公共场所卫生管理条例实施细则》第十条、第三十八条',
    outcomes: [{ weight: 1, kinds: ['警告', '罚款'], fine: [500, 2000] }],
  },
  {
    department: 'environment', prefix: '深环南罚', fits: catering,
    violationType: '餐饮油烟未经净化直接排放',
    facts: (r, on) => `${cnDate(on)}，执法人员现场检查发现当事人厨房${r.pick(['未安装油烟净化设施', '油烟净化设施未正常使用'])}，油烟直接排放。`,
    legalGrounds: '《中华人民共和国大气污染防治法》第八十一条第一款、第一百一十八条第一款',
    outcomes: [{ weight: 1, kinds: ['罚款'], fine: [5000, 20_000] }],
  },
  {
    department: 'environment', prefix: '深环南罚', fits: (s) => s.type === 'enterprise' && inSections(s, 'CD'),
    violationType: '超过大气污染物排放标准排放大气污染物',
    facts: (r, on) => `${cnDate(on)}，经监测，当事人废气排放口${r.pick(['挥发性有机物', '颗粒物', '氮氧化物'])}排放浓度超过《大气污染物排放限值》（DB44/27-2001）规定的限值${r.int(12, 180)}%。`,
    legalGrounds: '《中华人民共和国大气污染防治法》第十八条、第九十九条第（二）项',
    outcomes: [
      { weight: 6, kinds: ['罚款'], fine: [100_000, 500_000], step: 1000 },
      { weight: 2, kinds: ['限制开展生产经营活动', '罚款'], fine: [200_000, 600_000], takes: '限制生产' },
      { weight: 1, kinds: ['责令关闭'], takes: '责令关闭' },
    ],
  },
  {
    department: 'culture', prefix: '深南文旅罚', fits: (s) => s.type === 'enterprise' && inSections(s, 'R'),
    violationType: '互联网上网服务营业场所接纳未成年人',
    facts: (r, on) => `${cnDate(on)}，执法人员检查发现当事人经营的网吧接纳${r.int(1, 4)}名未成年人进入营业场所上网。`,
    legalGrounds: '《互联网上网服务营业场所管理条例》第二十一条、第三十一条第（一）项',
    outcomes: [{ weight: 3, kinds: ['警告'] }, { weight: 2, kinds: ['警告', '罚款'], fine: [3000, 15_000] }],
  },
  {
    department: 'labour', prefix: '深南人社罚', fits: employer,
    violationType: '未按规定建立职工名册',
    facts: (r, on) => `${cnDate(on)}，劳动保障监察员检查发现当事人未建立职工名册，经责令限期改正，逾期未改正，涉及劳动者${r.int(5, 80)}人。`,
    legalGrounds: '《中华人民共和国劳动合同法实施条例》第八条、第三十三条',
    outcomes: [{ weight: 1, kinds: ['罚款'], fine: [2000, 10_000] }],
  },
  {
    department: 'labour', prefix: '深南人社罚', fits: (s) => (isMarket(s) && inSections(s, 'CHGF')),
    violationType: '违法延长劳动者工作时间',
    facts: (r, on) => `经查，当事人${cnDate(on).slice(0, 5)}安排${r.int(5, 60)}名劳动者延长工作时间，每月超过三十六小时。`,
    legalGrounds: '《中华人民共和国劳动法》第四十一条、第九十条；《劳动保障监察条例》第二十五条',
    outcomes: [{ weight: 2, kinds: ['警告'] }, { weight: 1, kinds: ['警告', '罚款'], fine: [2000, 20_000] }],
  },
  {
    department: 'civil', prefix: '深南民罚', fits: (s) => s.type === 'social_org',
    violationType: '不按照规定接受监督检查',
    facts: (r, on) => `经查，当事人未按规定参加${Number(on.slice(0, 4)) - 1}年度检查（年度工作报告），经催告后${r.int(30, 90)}日内仍未报送。`,
    legalGrounds: '《社会团体登记管理条例》第三十条第一款第（四）项；《民办非企业单位登记管理暂行条例》第二十五条第一款第（四）项',
    outcomes: [{ weight: 1, kinds: ['警告'] }],
  },
];

/** A revocation that explains a subject's 吊销 status: companies idle for six months, businesses that ignored an order. */
export const REVOCATION: Readonly<Record<'enterprise' | 'individual_business', PenaltyCase>> = {
  enterprise: {
    department: 'market', prefix: '深市监南罚', fits: (s) => s.type === 'enterprise',
    violationType: '成立后无正当理由超过六个月未开业或开业后自行停业连续六个月以上',
    facts: (_r, on) => `经核查，当事人开业后自行停业连续六个月以上，至${cnDate(on)}在登记的住所仍无经营活动，且无正当理由。`,
    legalGrounds: '《中华人民共和国公司法》第二百六十条第一款',
    outcomes: [{ weight: 1, kinds: ['吊销许可证件'], takes: '营业执照' }],
  },
  individual_business: {
    department: 'market', prefix: '深市监南罚', fits: (s) => s.type === 'individual_business',
    violationType: '未依法办理变更登记，经责令改正拒不改正',
    facts: (_r, on) => `经查，当事人经营场所于${cnDate(on)}前已变更，未依法办理变更登记；经责令限期改正，当事人拒不改正，情节严重。`,
    legalGrounds: '《中华人民共和国市场主体登记管理条例》第二十四条、第四十六条',
    outcomes: [{ weight: 1, kinds: ['吊销许可证件'], takes: '营业执照' }],
  },
};
