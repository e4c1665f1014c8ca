/**
 * Legal bases the default measures cite, quoted as the documents number them.
 * Citations the platform team could not check against the published text are
 * marked in docs/checks.md ("Citations to confirm"); the credit office confirms
 * or corrects them through a new measure version, never by editing history.
 */
export const BASIS = {
  procurementLaw22: '《中华人民共和国政府采购法》第二十二条',
  procurementRegulation19: '《中华人民共和国政府采购法实施条例》第十九条',
  caiku2016_125: '《财政部关于在政府采购活动中查询及使用信用记录有关问题的通知》（财库〔2016〕125号）',
  biddingCourtDebtor: '《关于在招标投标活动中对失信被执行人实施联合惩戒的通知》（法〔2016〕285号）',
  courtDebtorOpinion: '《关于加快推进失信被执行人信用监督、警示和惩戒机制建设的意见》（中办发〔2016〕64号）',
  courtDebtorMemo: '《关于对失信被执行人实施联合惩戒的合作备忘录》（发改财金〔2016〕141号）',
  highConsumption3: '《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第三条',
  guofa2016_33: '《国务院关于建立完善守信联合激励和失信联合惩戒制度加快推进社会诚信建设的指导意见》（国发〔2016〕33号）',
  guofa2016_33Punish: '《国务院关于建立完善守信联合激励和失信联合惩戒制度加快推进社会诚信建设的指导意见》（国发〔2016〕33号）第三部分',
  guofa2016_33Reward: '《国务院关于建立完善守信联合激励和失信联合惩戒制度加快推进社会诚信建设的指导意见》（国发〔2016〕33号）第二部分',
  guobanfa2019_35: '《国务院办公厅关于加快推进社会信用体系建设构建以信用为基础的新型监管机制的指导意见》（国办发〔2019〕35号）',
  guobanfa2020_42: '《国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见》（国办发〔2020〕42号）',
  wageRegulation48: '《保障农民工工资支付条例》第四十八条',
  civilServantLaw26: '《中华人民共和国公务员法》第二十六条第（五）项；《公务员录用规定》第十八条',
  foodSafetyLaw135: '《中华人民共和国食品安全法》第一百三十五条',
  enterpriseDisclosure18: '《企业信息公示暂行条例》第十八条',
  publicRentalHousing36: '《公共租赁住房管理办法》（住房和城乡建设部令第11号）第三十六条',
  taxCredit32: '《纳税信用管理办法（试行）》（国家税务总局公告2014年第40号）第三十二条',
  taxAMemo: '《关于对纳税信用A级纳税人实施联合激励措施的合作备忘录》（发改财金〔2016〕1467号）',
  nanshanPlan: '《南山区社会信用体系建设规划（2013-2020年）》（南山诚信商家联盟）',
} as const;

/** Implementing bodies (实施部门), Chinese and English. */
export const BODY = {
  purchasers: ['各级采购人、采购代理机构', 'purchasers and procurement agencies'],
  tenderers: ['招标人、招标代理机构、公共资源交易中心', 'tenderers, tendering agencies and public resource trading centres'],
  funders: ['财政部门及资金主管部门', 'finance bureaux and the departments granting public funds'],
  housing: ['住房保障主管部门', 'housing security authorities'],
  personnel: ['公务员主管部门及招录机关', 'civil service authorities and recruiting bodies'],
  soe: ['国有资产监督管理机构及国有企业', 'state asset supervisors and state-owned enterprises'],
  honours: ['评优评先主办单位', 'bodies awarding honours'],
  licensing: ['行政许可实施机关', 'licensing authorities'],
  market: ['市场监督管理部门及行业主管部门', 'market regulators and sector authorities'],
  foodDrug: ['市场监督管理部门（食品药品监管）', 'market regulators (food and drug)'],
  household: ['公安机关及人力资源和社会保障部门（积分入户）', 'public security and human resources bureaux (household points)'],
  allAuthorities: ['各有关部门', 'every authority concerned'],
  tax: ['税务机关及有关部门', 'tax authorities and the departments concerned'],
  creditOffice: ['南山区社会信用体系建设主管部门', 'Nanshan district credit office'],
} as const satisfies Record<string, readonly [string, string]>;
