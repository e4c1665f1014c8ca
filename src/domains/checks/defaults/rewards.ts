import type { MeasureDefinitionInput } from '../schema.js';
import { measure, lists } from './define.js';
import { BASIS, BODY } from './legal-bases.js';
import { LIST, RED_LISTS } from './list-types.js';

/** 守信联合激励: green channel, 容缺受理, fewer inspections, priority and promotion. */
export const rewards: MeasureDefinitionInput[] = [
  measure({
    code: 'red_green_channel', kind: 'reward',
    content: ['行政审批开辟“绿色通道”，优先办理', 'a green channel in administrative approval: handled first'],
    target: lists(...RED_LISTS),
    scenarios: ['licensing', 'market_access'],
    legalBasis: `${BASIS.guofa2016_33Reward}（探索建立行政审批“绿色通道”）`, body: BODY.licensing,
  }),
  measure({
    code: 'red_incomplete_acceptance', kind: 'reward',
    content: ['申请材料不齐备但书面承诺在规定期限内补齐的，予以“容缺受理”', 'accept an application with missing documents on a written commitment to supply them (容缺受理)'],
    target: lists(...RED_LISTS),
    scenarios: ['licensing', 'market_access', 'public_funds'],
    legalBasis: `${BASIS.guofa2016_33Reward}（“容缺受理”等便利服务措施）`, body: BODY.licensing,
  }),
  measure({
    code: 'red_fewer_inspections', kind: 'reward',
    content: ['优化监管安排，合理降低抽查比例和频次', 'lighter supervision: fewer random inspections'],
    target: lists(...RED_LISTS),
    scenarios: ['licensing', 'market_access'],
    legalBasis: `${BASIS.guofa2016_33Reward}（优化诚信企业行政监管安排）`, body: BODY.market,
  }),
  measure({
    code: 'composite_grade_high_green_channel', kind: 'reward',
    content: ['公共信用综合评价A+级的，行政审批适用“绿色通道”', 'public composite grade A+: green channel in administrative approval'],
    target: { kind: 'grade', model: 'public_composite', grades: ['A+'] },
    scenarios: ['licensing', 'market_access'],
    legalBasis: BASIS.guofa2016_33Reward, body: BODY.licensing, level: 'district',
  }),
  measure({
    code: 'tax_a_joint_incentives', kind: 'reward',
    content: ['纳税信用A级纳税人：同等条件下优先安排财政性资金项目、优先评优评先，行政审批予以便利',
      'tax credit grade A: priority for public funds and honours at equal merit, easier approvals'],
    target: lists(LIST.taxA),
    scenarios: ['public_funds', 'honours', 'licensing'],
    legalBasis: BASIS.taxAMemo, body: BODY.allAuthorities,
  }),
  measure({
    code: 'honest_merchant_promotion', kind: 'reward',
    content: ['向社会和消费者推介“南山诚信商家”，评优评先同等条件下优先考虑', 'promote Nanshan honest merchants to consumers; priority for honours at equal merit'],
    target: lists(LIST.honestMerchant),
    scenarios: ['honours', 'market_access'],
    legalBasis: BASIS.nanshanPlan, body: BODY.creditOffice, level: 'district',
  }),
  measure({
    code: 'contract_honouring_promotion', kind: 'reward',
    content: ['大力推介守合同重信用企业，评优评先同等条件下优先考虑', 'promote contract-honouring enterprises; priority for honours at equal merit'],
    target: lists(LIST.contractHonouring),
    scenarios: ['honours', 'market_access'],
    legalBasis: `${BASIS.guofa2016_33Reward}（大力推介诚信市场主体）`, body: BODY.market,
  }),
  measure({
    code: 'commendation_honours_priority', kind: 'reward',
    content: ['三年内获得表彰奖励的，评优评先同等条件下优先考虑', 'commended in the last 3 years: priority for honours at equal merit'],
    target: { kind: 'records', category: 'commendation', polarity: 'positive', withinYears: 3 },
    scenarios: ['honours'],
    legalBasis: `${BASIS.guofa2016_33Reward}（多渠道选树诚信典型）`, body: BODY.honours,
  }),
];
