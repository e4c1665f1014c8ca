import { recordTypeDefinitionSchema, type RecordTypeDefinition } from '../definition.js';
import { adminLicense } from './admin-license.js';
import { adminPenalty } from './admin-penalty.js';
import { constructionConduct, cultureMarketViolation, intermediaryConduct, tourismViolation, transportAssessment } from './commerce-sectors.js';
import { commendation, contractPerformance, creditCommitment } from './general.js';
import { commitmentBreach } from './commitment-breach.js';
import { consumptionRestriction, courtDishonestDebtor } from './judicial.js';
import { housingFraud, labourCreditRating, labourSecurityViolation, socialInsuranceFraud, wageArrears } from './labour.js';
import { abnormalOperation, annualReport, honestMerchant } from './market.js';
import {
  advertisingViolation, ecommerceViolation, foodDrugViolation, ipInfringement, priceViolation, productQualityViolation, workSafetyViolation,
} from './market-violations.js';
import { governmentDefault, professionalDiscipline, publicServantIntegrity } from './personal.js';
import { biddingViolation, procurementPerformance, procurementSeriousViolation, supplierBlacklisting } from './procurement.js';
import { envCreditRating, foodSafetyRating, socialOrgAssessment } from './ratings.js';
import {
  educationViolation, envViolation, illegalMedicalPractice, medicalConduct, researchIntegrity, socialOrgDishonesty,
} from './society.js';
import { majorTaxViolation, taxArrearsNotice, taxCreditRating } from './tax.js';
import type { TypeInput } from './field-kit.js';

/** The default catalogue (SPEC §3), as written: every entry goes through recordTypeDefinitionSchema. */
export const DEFAULT_TYPE_INPUTS: readonly TypeInput[] = [
  // 双公示
  adminLicense, adminPenalty,
  // 司法公信
  courtDishonestDebtor, consumptionRestriction,
  // 商务诚信: tax, procurement, market supervision, sectors
  majorTaxViolation, taxCreditRating, taxArrearsNotice,
  procurementPerformance, procurementSeriousViolation, supplierBlacklisting, biddingViolation,
  abnormalOperation, annualReport, honestMerchant, foodSafetyRating,
  foodDrugViolation, priceViolation, productQualityViolation, advertisingViolation, ecommerceViolation, workSafetyViolation,
  constructionConduct, transportAssessment, tourismViolation, cultureMarketViolation, intermediaryConduct,
  commendation, creditCommitment, commitmentBreach, contractPerformance, researchIntegrity,
  // 社会诚信
  wageArrears, socialInsuranceFraud, labourSecurityViolation, labourCreditRating, housingFraud,
  envCreditRating, envViolation, medicalConduct, illegalMedicalPractice, ipInfringement, educationViolation,
  socialOrgAssessment, socialOrgDishonesty,
  // 个人诚信, 政务诚信
  professionalDiscipline, publicServantIntegrity, governmentDefault,
];

let parsed: readonly RecordTypeDefinition[] | undefined;

/** The default catalogue, parsed once (defaults filled in). */
export function defaultCatalog(): readonly RecordTypeDefinition[] {
  parsed ??= Object.freeze(DEFAULT_TYPE_INPUTS.map((input) => recordTypeDefinitionSchema.parse(input)));
  return parsed;
}
