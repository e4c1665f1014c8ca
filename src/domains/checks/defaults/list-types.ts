/**
 * The list types (src/domains/lists defaults, SPEC §5) the default measures
 * name, in one place. A test (defaults.test.ts) fails when one of them is not
 * a list type of the lists domain or its kind differs.
 */
export const LIST = {
  courtDebtor: 'dishonest_judgment_debtor',
  majorTax: 'major_tax_violation',
  procurement: 'procurement_serious_violation',
  wageArrears: 'wage_arrears_blacklist',
  foodDrug: 'food_drug_serious_violation',
  environment: 'environmental_violation_blacklist',
  illegalMedical: 'illegal_medical_practice',
  ecommerce: 'ecommerce_serious_dishonesty',
  tourism: 'tourism_serious_dishonesty',
  advertising: 'advertising_serious_dishonesty',
  culture: 'culture_market_serious_dishonesty',
  ip: 'ip_serious_dishonesty',
  socialOrgBlack: 'social_org_serious_dishonesty',
  taxA: 'tax_credit_a',
  honestMerchant: 'honest_merchant',
  contractHonouring: 'contract_honouring_enterprise',
  abnormalOperation: 'abnormal_operation',
  socialOrgWatch: 'social_org_abnormal_activity',
} as const;

/** 严重失信主体名单 (black) the defaults refer to. */
export const BLACK_LISTS: readonly string[] = [
  LIST.courtDebtor, LIST.majorTax, LIST.procurement, LIST.wageArrears, LIST.foodDrug, LIST.environment,
  LIST.illegalMedical, LIST.ecommerce, LIST.tourism, LIST.advertising, LIST.culture, LIST.ip, LIST.socialOrgBlack,
];

/** Black lists kept by sector authorities (not the courts, tax or procurement lists the law names one by one). */
export const SECTOR_BLACK_LISTS: readonly string[] = [
  LIST.foodDrug, LIST.environment, LIST.illegalMedical, LIST.ecommerce, LIST.tourism, LIST.advertising, LIST.culture, LIST.ip, LIST.socialOrgBlack,
];

/** 守信激励名单 (red). */
export const RED_LISTS: readonly string[] = [LIST.taxA, LIST.honestMerchant, LIST.contractHonouring];

/** 重点关注名单 (watch). */
export const WATCH_LISTS: readonly string[] = [LIST.abnormalOperation, LIST.socialOrgWatch];
