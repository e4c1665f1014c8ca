import type { MeasureDefinitionInput } from '../schema.js';
import { measure, lists, seriousPenaltyWithin } from './define.js';
import { BASIS, BODY } from './legal-bases.js';
import { LIST, SECTOR_BLACK_LISTS } from './list-types.js';

/** 政府采购 and 招标投标 (SPEC §6's default rule example). */
export const procurementAndBidding: MeasureDefinitionInput[] = [
  measure({
    code: 'procurement_bar_listed', kind: 'punishment',
    content: ['拒绝其参与政府采购活动（失信被执行人、重大税收违法失信主体、政府采购严重违法失信行为记录名单）',
      'refuse participation in government procurement (judgment defaulters, major tax violators, serious procurement violators)'],
    target: lists(LIST.courtDebtor, LIST.majorTax, LIST.procurement),
    scenarios: ['government_procurement'],
    legalBasis: `${BASIS.procurementLaw22}；${BASIS.caiku2016_125}`, body: BODY.purchasers,
  }),
  measure({
    code: 'procurement_bar_serious_penalty', kind: 'punishment',
    content: ['参加政府采购活动前三年内在经营活动中有重大违法记录的供应商，不得参加政府采购活动',
      'a supplier with a serious violation in the 3 years before the procurement may not take part'],
    target: seriousPenaltyWithin(3),
    scenarios: ['government_procurement'],
    legalBasis: `${BASIS.procurementLaw22}第一款第（五）项；${BASIS.procurementRegulation19}`, body: BODY.purchasers,
  }),
  measure({
    code: 'procurement_restrict_sector_blacklists', kind: 'punishment',
    content: ['依法限制参与政府采购等公共资源交易活动', 'restrict participation in government procurement and other public resource trading'],
    target: lists(...SECTOR_BLACK_LISTS),
    scenarios: ['government_procurement'],
    legalBasis: `${BASIS.guofa2016_33Punish}（限制参与有关公共资源交易活动）`, body: BODY.purchasers,
  }),
  measure({
    code: 'wage_arrears_joint_restrictions', kind: 'punishment',
    content: ['在政府资金支持、政府采购、招投标、市场准入、评优评先等方面依法依规予以限制（拖欠农民工工资失信联合惩戒对象）',
      'restrict public funding, procurement, bidding, market access and honours (wage-arrears joint punishment list)'],
    target: lists(LIST.wageArrears),
    scenarios: ['government_procurement', 'bidding', 'public_funds', 'market_access', 'honours'],
    legalBasis: BASIS.wageRegulation48, body: BODY.allAuthorities,
  }),
  measure({
    code: 'bidding_bar_court_debtor', kind: 'punishment',
    content: ['限制失信被执行人作为投标人、招标代理机构、评标专家参与招标投标活动',
      'bar judgment defaulters from bidding, acting as tendering agents or as evaluation experts'],
    target: lists(LIST.courtDebtor),
    scenarios: ['bidding'],
    legalBasis: `${BASIS.biddingCourtDebtor}；${BASIS.courtDebtorOpinion}`, body: BODY.tenderers,
  }),
  measure({
    code: 'bidding_restrict_blacklists', kind: 'punishment',
    content: ['依法限制参与工程建设项目招标投标等公共资源交易活动', 'restrict participation in tendering for construction projects and other public resource trading'],
    target: lists(LIST.majorTax, ...SECTOR_BLACK_LISTS),
    scenarios: ['bidding'],
    legalBasis: `${BASIS.guofa2016_33Punish}（限制参与有关公共资源交易活动）`, body: BODY.tenderers,
  }),
];
