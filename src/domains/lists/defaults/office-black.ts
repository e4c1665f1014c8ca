import { ADMINISTRATIVE_REMEDIES, BUSINESSES, NANSHAN_PLAN, ORGANISATIONS, ORGANISATIONS_AND_PERSONS, STATE_COUNCIL_2020_49, type ListTypeInput } from './common.js';

// Black lists decided through the office's procedure on this platform: the
// deciding authority (a sector department, named on each decision) proposes
// through the credit office, the subject is told first and may object within
// the notice period, and the entry takes effect only after that (SPEC §5).

/** 告知期 of the black lists below: working days to state a case (陈述、申辩) after the notice. */
const BLACK_NOTICE_DAYS = 10;

const black = (input: Omit<ListTypeInput, 'kind' | 'origin' | 'noticeWorkingDays' | 'remedies' | 'public' | 'feeds'>): ListTypeInput => ({
  ...input,
  kind: 'black',
  origin: 'office',
  noticeWorkingDays: BLACK_NOTICE_DAYS,
  remedies: ADMINISTRATIVE_REMEDIES,
  public: true,
  feeds: [],
  legalBasis: [...input.legalBasis, STATE_COUNCIL_2020_49],
});

const MARKET_REPAIR = '列入满一年，已履行行政处罚、纠正违法行为并作出信用承诺的，可以申请信用修复、提前移出；列入期限届满自动移出；列入所依据的行政处罚被撤销或者确认违法的，撤销列入。';

export const foodDrugSeriousViolation = black({
  code: 'food_drug_serious_violation',
  name: '食品药品安全严重失信名单',
  nameEn: 'Food and drug safety serious dishonesty list',
  legalBasis: [
    '《中华人民共和国食品安全法》第一百一十三条（建立食品生产经营者食品安全信用档案，对有不良信用记录的增加监督检查频次）',
    '《市场监督管理严重违法失信名单管理办法》（国家市场监督管理总局令第44号）（食品、药品、医疗器械、化妆品领域严重违法失信行为）',
    `${NANSHAN_PLAN}第四章第三节（食品安全信用监管“黑名单”制度）`,
  ],
  entryCriteria: '在食品、食品添加剂、药品、医疗器械、化妆品生产经营中有严重违法行为，受到较重行政处罚（吊销许可证件、责令关闭、从业禁止、较大数额罚款等）。',
  decidingAuthority: '深圳市市场监督管理局南山监管局',
  defaultDurationMonths: 36,
  removalConditions: MARKET_REPAIR,
  subjectTypes: ORGANISATIONS_AND_PERSONS,
});

export const environmentalViolationBlacklist = black({
  code: 'environmental_violation_blacklist',
  name: '环境违法企业黑名单',
  nameEn: 'Environmental violators blacklist',
  legalBasis: [
    '《中华人民共和国环境保护法》第五十四条（将环境违法信息记入社会诚信档案，及时向社会公布违法者名单）',
    `${NANSHAN_PLAN}第五章第六节（环境保护“黑名单”制度）、第十章第二节（建立环境违法企业黑名单制度）`,
  ],
  entryCriteria: '企业事业单位和其他生产经营者因严重环境违法行为受到按日连续处罚、查封扣押、限制生产或者停产整治、移送公安机关等处理，或者企业环境信用评价为最低等级。',
  decidingAuthority: '深圳市生态环境局南山管理局',
  defaultDurationMonths: 24,
  removalConditions: '期限届满自动移出；已完成整改、履行处罚并作出信用承诺的，可以申请信用修复、提前移出；处罚被撤销的，撤销列入。',
  subjectTypes: ORGANISATIONS,
});

export const ecommerceSeriousDishonesty = black({
  code: 'ecommerce_serious_dishonesty',
  name: '电子商务严重失信网商名单',
  nameEn: 'E-commerce seriously dishonest traders list',
  legalBasis: [
    '《中华人民共和国电子商务法》第八十六条（电子商务经营者的违法行为记入信用档案并予以公示）',
    `${NANSHAN_PLAN}第四章第二节（建立电子商务网商黑名单制度）`,
  ],
  entryCriteria: '电子商务经营者因销售假冒伪劣商品、虚假交易、刷单炒信、侵害消费者个人信息等严重违法行为受到较重行政处罚。',
  decidingAuthority: '深圳市市场监督管理局南山监管局',
  defaultDurationMonths: 36,
  removalConditions: MARKET_REPAIR,
  subjectTypes: BUSINESSES,
});

export const advertisingSeriousDishonesty = black({
  code: 'advertising_serious_dishonesty',
  name: '广告市场严重失信名单',
  nameEn: 'Advertising market serious dishonesty list',
  legalBasis: [
    '《中华人民共和国广告法》第六十七条（违法行为记入信用档案，依照有关法律、行政法规规定予以公示）',
    '《市场监督管理严重违法失信名单管理办法》（国家市场监督管理总局令第44号）',
    `${NANSHAN_PLAN}第四章第七节（广告业“黑名单”制度）`,
  ],
  entryCriteria: '广告主、广告经营者、广告发布者因发布虚假广告等严重违法行为受到较重行政处罚，或者两年内三次以上受到行政处罚。',
  decidingAuthority: '深圳市市场监督管理局南山监管局',
  defaultDurationMonths: 36,
  removalConditions: MARKET_REPAIR,
  subjectTypes: ORGANISATIONS,
});

export const cultureMarketSeriousDishonesty = black({
  code: 'culture_market_serious_dishonesty',
  name: '文化市场严重失信主体名单',
  nameEn: 'Culture market seriously dishonest entities',
  legalBasis: ['《文化和旅游市场信用管理规定》（文化和旅游部令第7号）'],
  entryCriteria: '文化市场经营主体因严重违法行为被吊销许可证件、责令关闭，或者存在危害国家安全、社会公德等严重失信行为。',
  decidingAuthority: '区文化广电旅游体育局',
  defaultDurationMonths: 36,
  removalConditions: '管理期限届满移出；已纠正失信行为、履行相关义务并作出信用承诺的，可以申请信用修复、提前移出；认定依据被撤销的，撤销列入。',
  subjectTypes: BUSINESSES,
});

export const ipSeriousDishonesty = black({
  code: 'ip_serious_dishonesty',
  name: '知识产权领域严重失信主体名单',
  nameEn: 'Intellectual property serious dishonesty list',
  legalBasis: [
    '《知识产权信用管理规定》（国知发保字〔2022〕8号）',
    `${NANSHAN_PLAN}第五章第五节（重大侵权、假冒违法失信信息披露和“黑名单”公示制度）`,
  ],
  entryCriteria: '故意侵犯知识产权、假冒专利、非正常专利申请或者恶意商标注册等严重失信行为，受到行政处罚或者经依法认定。',
  decidingAuthority: '深圳市市场监督管理局南山监管局（知识产权局）',
  defaultDurationMonths: 12,
  removalConditions: '管理期限届满移出；已纠正失信行为并作出信用承诺的，可以申请提前移出；认定依据被撤销的，撤销列入。',
  subjectTypes: ORGANISATIONS_AND_PERSONS,
});

export const OFFICE_BLACK_LISTS: readonly ListTypeInput[] = [
  foodDrugSeriousViolation, environmentalViolationBlacklist, ecommerceSeriousDishonesty,
  advertisingSeriousDishonesty, cultureMarketSeriousDishonesty, ipSeriousDishonesty,
];
