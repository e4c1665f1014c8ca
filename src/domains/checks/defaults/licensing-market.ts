import type { MeasureDefinitionInput } from '../schema.js';
import { measure, lists, seriousPenaltyWithin } from './define.js';
import { BASIS, BODY } from './legal-bases.js';
import { BLACK_LISTS, LIST, SECTOR_BLACK_LISTS } from './list-types.js';

/** 行政许可/告知承诺 and 市场准入. */
export const licensingAndMarket: MeasureDefinitionInput[] = [
  measure({
    code: 'licensing_strict_review_blacklisted', kind: 'punishment',
    content: ['从严审核行政许可审批项目，限制新增项目审批、核准', 'strict review of licence applications; no new project approvals'],
    target: lists(...BLACK_LISTS),
    scenarios: ['licensing'],
    legalBasis: `${BASIS.guofa2016_33Punish}（从严审核行政许可审批项目）`, body: BODY.licensing,
  }),
  measure({
    code: 'licensing_no_commitment_blacklisted', kind: 'punishment',
    content: ['信用修复前不适用告知承诺制，须提交全部证明材料', 'no licensing by notification and commitment until credit is repaired: full proof required'],
    target: lists(...BLACK_LISTS),
    scenarios: ['licensing'],
    legalBasis: BASIS.guobanfa2020_42, body: BODY.licensing,
  }),
  measure({
    code: 'licensing_no_commitment_serious_penalty', kind: 'punishment',
    content: ['三年内有严重不良信用记录的，信用修复前不适用告知承诺制', 'a serious negative record in the last 3 years: no licensing by commitment until repaired'],
    target: seriousPenaltyWithin(3),
    scenarios: ['licensing'],
    legalBasis: BASIS.guobanfa2020_42, body: BODY.licensing,
  }),
  measure({
    code: 'market_access_food_ban', kind: 'punishment',
    content: ['食品药品安全严重失信者及其法定代表人、直接负责的主管人员，依法不得申请食品生产经营许可或从事食品生产经营管理工作',
      'seriously dishonest food and drug operators and their responsible managers may not obtain a food licence or manage food businesses'],
    target: lists(LIST.foodDrug),
    scenarios: ['market_access', 'licensing'],
    legalBasis: BASIS.foodSafetyLaw135, body: BODY.foodDrug,
  }),
  measure({
    code: 'market_access_restrict_court_debtor', kind: 'punishment',
    content: ['限制设立金融类机构、发行债券、参与基础设施和公用事业特许经营', 'bar from founding financial institutions, issuing bonds and infrastructure concessions'],
    target: lists(LIST.courtDebtor),
    scenarios: ['market_access'],
    legalBasis: `${BASIS.courtDebtorOpinion}；${BASIS.courtDebtorMemo}`, body: BODY.market,
  }),
  measure({
    code: 'market_access_restrict_blacklists', kind: 'punishment',
    content: ['对严重失信主体实施市场和行业禁入措施', 'market and sector entry bans for seriously dishonest subjects'],
    target: lists(LIST.majorTax, LIST.procurement, ...SECTOR_BLACK_LISTS),
    scenarios: ['market_access'],
    legalBasis: `${BASIS.guofa2016_33Punish}（实施市场和行业禁入措施）`, body: BODY.market,
  }),
];
