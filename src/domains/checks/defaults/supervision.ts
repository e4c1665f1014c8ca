import { SCENARIOS, type MeasureDefinitionInput } from '../schema.js';
import { measure, lists } from './define.js';
import { BASIS, BODY } from './legal-bases.js';
import { LIST, WATCH_LISTS } from './list-types.js';

/** Management measures: watch lists and low grades are warned and watched, never punished (SPEC §5, §7). */
export const supervision: MeasureDefinitionInput[] = [
  measure({
    code: 'watch_more_inspections', kind: 'management',
    content: ['列为重点关注对象，提高“双随机、一公开”抽查比例和频次，予以信用提醒', 'on a watch list: more random inspections, and a credit warning'],
    target: lists(...WATCH_LISTS),
    scenarios: [...SCENARIOS],
    legalBasis: BASIS.guobanfa2019_35, body: BODY.market,
  }),
  measure({
    code: 'abnormal_operation_weigh', kind: 'management',
    content: ['列入经营异常名录的，在政府采购、工程招投标、授予荣誉称号等工作中作为重要考量因素并加强审查',
      'on the abnormal-operation list: weighed as an important factor and reviewed closely in procurement, bidding and honours'],
    target: lists(LIST.abnormalOperation),
    scenarios: ['government_procurement', 'bidding', 'honours', 'market_access'],
    legalBasis: BASIS.enterpriseDisclosure18, body: BODY.allAuthorities,
  }),
  measure({
    code: 'tax_grade_d_restrict', kind: 'punishment',
    content: ['纳税信用D级：在工程招投标、政府采购、获得荣誉、生产许可、从业任职资格等方面予以限制或禁止',
      'tax credit grade D: restricted or barred in bidding, procurement, honours, licences and senior posts'],
    target: { kind: 'grade', model: 'tax_credit', grades: ['D'] },
    scenarios: ['government_procurement', 'bidding', 'honours', 'licensing', 'market_access', 'state_enterprise_appointment'],
    legalBasis: `${BASIS.taxCredit32}第（八）项`, body: BODY.tax,
  }),
  measure({
    code: 'composite_grade_low_inspections', kind: 'management',
    content: ['公共信用综合评价为D、D-级的，列为重点监管对象，提高抽查比例和频次', 'public composite grade D or D-: close supervision, more inspections'],
    target: { kind: 'grade', model: 'public_composite', grades: ['D', 'D-'] },
    scenarios: [...SCENARIOS],
    legalBasis: BASIS.guobanfa2019_35, body: BODY.allAuthorities, level: 'district',
  }),
];
