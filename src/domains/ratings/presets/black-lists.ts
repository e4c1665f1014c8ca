/**
 * Record types that are themselves a black list (严重失信主体名单, SPEC §5):
 * a record of one of them means the subject is on that list while the record
 * counts. Serious records of the sector types whose serious tier is a black
 * list (食品药品、环境、欠薪、电子商务) are matched by severity instead.
 */
export const BLACK_LIST_TYPES = [
  'court_dishonest_debtor',
  'major_tax_violation',
  'procurement_serious_violation',
  'supplier_blacklisting',
  'illegal_medical_practice',
] as const;

/** Sector types whose `serious` records are the sector's 严重失信名单. */
export const SERIOUS_LIST_SECTOR_TYPES = ['food_drug_violation', 'env_violation', 'wage_arrears', 'ecommerce_violation', 'social_org_dishonesty'] as const;
