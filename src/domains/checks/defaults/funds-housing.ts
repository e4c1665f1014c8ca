import type { MeasureDefinitionInput } from '../schema.js';
import { measure, lists, seriousPenaltyWithin } from './define.js';
import { BASIS, BODY } from './legal-bases.js';
import { LIST, SECTOR_BLACK_LISTS } from './list-types.js';

/** 财政资金/专项资金扶持 and 保障性住房. */
export const fundsAndHousing: MeasureDefinitionInput[] = [
  measure({
    code: 'funds_restrict_blacklisted', kind: 'punishment',
    content: ['严格限制申请财政性资金项目，限制获得政府补贴', 'strictly restrict applications for public funds and government subsidies'],
    target: lists(LIST.courtDebtor, LIST.majorTax, LIST.procurement, ...SECTOR_BLACK_LISTS),
    scenarios: ['public_funds'],
    legalBasis: `${BASIS.guofa2016_33Punish}（严格限制申请财政性资金项目）；${BASIS.courtDebtorOpinion}`, body: BODY.funders,
  }),
  measure({
    code: 'funds_serious_penalty_review', kind: 'management',
    content: ['三年内有严重行政处罚记录的，从严审核财政资金扶持申请并加强资金使用监管',
      'a serious penalty in the last 3 years: review funding applications strictly and supervise use of funds closely'],
    target: seriousPenaltyWithin(3),
    scenarios: ['public_funds'],
    legalBasis: BASIS.guobanfa2019_35, body: BODY.funders,
  }),
  measure({
    code: 'housing_restrict_court_debtor', kind: 'punishment',
    content: ['限制失信被执行人购买或承租保障性住房（限制购买不动产等高消费）',
      'bar judgment defaulters from buying or renting subsidised housing (restriction on buying real estate)'],
    target: lists(LIST.courtDebtor),
    scenarios: ['public_housing'],
    legalBasis: `${BASIS.highConsumption3}；${BASIS.courtDebtorOpinion}`, body: BODY.housing,
  }),
  measure({
    code: 'housing_bar_fraud', kind: 'punishment',
    content: ['以欺骗等不正当手段申请或承租保障性住房的，五年内不得再次申请', 'obtained subsidised housing by fraud: no new application for 5 years'],
    target: { kind: 'records', typeCodes: ['housing_fraud'], polarity: 'negative', withinYears: 5 },
    scenarios: ['public_housing'],
    legalBasis: BASIS.publicRentalHousing36, body: BODY.housing,
  }),
];
