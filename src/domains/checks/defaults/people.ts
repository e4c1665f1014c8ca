import type { MeasureDefinitionInput } from '../schema.js';
import { measure, lists, seriousPenaltyWithin } from './define.js';
import { BASIS, BODY } from './legal-bases.js';
import { BLACK_LISTS, LIST, SECTOR_BLACK_LISTS } from './list-types.js';

/** Public posts, honours and household points: 公务员招录, 国企任职, 评优评先, 积分入户. */
export const peopleAndHonours: MeasureDefinitionInput[] = [
  measure({
    code: 'civil_service_bar_joint_punishment', kind: 'punishment',
    content: ['被依法列为失信联合惩戒对象的，不得录用为公务员', 'a subject of joint punishment for dishonesty may not be recruited as a civil servant'],
    target: lists(...BLACK_LISTS),
    scenarios: ['civil_service_hiring'],
    legalBasis: BASIS.civilServantLaw26, body: BODY.personnel,
  }),
  measure({
    code: 'soe_appointment_bar_court_debtor', kind: 'punishment',
    content: ['限制失信被执行人担任国有企业法定代表人、董事、监事、高级管理人员',
      'bar judgment defaulters from serving as legal representative, director, supervisor or senior manager of a state-owned enterprise'],
    target: lists(LIST.courtDebtor),
    scenarios: ['state_enterprise_appointment'],
    legalBasis: `${BASIS.courtDebtorOpinion}；${BASIS.courtDebtorMemo}`, body: BODY.soe,
  }),
  measure({
    code: 'soe_appointment_bar_blacklists', kind: 'punishment',
    content: ['对严重失信主体及负有直接责任的人员实施行业禁入，限制担任国有企业高级管理职务',
      'bar seriously dishonest subjects and those directly responsible from senior posts in state-owned enterprises'],
    target: lists(LIST.majorTax, LIST.procurement, LIST.wageArrears, ...SECTOR_BLACK_LISTS),
    scenarios: ['state_enterprise_appointment'],
    legalBasis: `${BASIS.guofa2016_33Punish}（实施市场和行业禁入措施）`, body: BODY.soe,
  }),
  measure({
    code: 'honours_bar_blacklisted', kind: 'punishment',
    content: ['取消参加评先评优资格，已获荣誉称号的依法撤销', 'no eligibility for honours; honours already awarded are withdrawn'],
    target: lists(...BLACK_LISTS),
    scenarios: ['honours'],
    legalBasis: `${BASIS.guofa2016_33Punish}（取消参加评先评优资格）`, body: BODY.honours,
  }),
  measure({
    code: 'honours_serious_penalty_review', kind: 'management',
    content: ['三年内有严重行政处罚记录的，评优评先时从严审核', 'a serious penalty in the last 3 years: strict review before any honour'],
    target: seriousPenaltyWithin(3),
    scenarios: ['honours'],
    legalBasis: BASIS.guofa2016_33Punish, body: BODY.honours,
  }),
  measure({
    code: 'household_points_restrict_blacklisted', kind: 'punishment',
    content: ['列入严重失信主体名单期间，不予受理积分入户申请', 'no household-points registration while on a list of seriously dishonest subjects'],
    target: lists(...BLACK_LISTS),
    scenarios: ['household_points'],
    legalBasis: `${BASIS.guofa2016_33Punish}；${BASIS.courtDebtorOpinion}`, body: BODY.household, level: 'municipal',
  }),
];
