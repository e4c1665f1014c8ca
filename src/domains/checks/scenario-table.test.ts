import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { enterpriseInput } from '../../../test/support/factories.js';
import { systemActor } from '../../kernel/actor.js';
import { createPersonalDataCipher } from '../../kernel/crypto.js';
import { defaultListTypes } from '../lists/index.js';
import { measureVocabulary } from './vocabulary.js';
import { createChecksService, type ChecksService } from './service.js';
import { SCENARIOS, type Scenario } from './schema.js';
import { fakeLists, listEntry } from './testing.js';

/**
 * Acceptance (issue 5): a subject on each default list, and one on none, ×
 * each scenario → the verdict and the measure and reward codes. The expected
 * table is written out here by hand from the legal bases, not derived from the
 * catalogue, so a changed default measure shows up as a failing cell.
 */
type Cell = { verdict: 'clear' | 'caution' | 'restricted'; measures?: string[]; rewards?: string[] };
type Row = Partial<Record<Scenario, Cell>>;

const R = (...measures: string[]): Cell => ({ verdict: 'restricted', measures });
const C = (...measures: string[]): Cell => ({ verdict: 'caution', measures });
const REWARD = (...rewards: string[]): Cell => ({ verdict: 'clear', rewards });

const LICENSING_BLACK = R('licensing_no_commitment_blacklisted', 'licensing_strict_review_blacklisted');
/** Sector black lists: everything the law names for seriously dishonest subjects, nothing on housing. */
const SECTOR: Row = {
  government_procurement: R('procurement_restrict_sector_blacklists'),
  bidding: R('bidding_restrict_blacklists'),
  public_funds: R('funds_restrict_blacklisted'),
  civil_service_hiring: R('civil_service_bar_joint_punishment'),
  honours: R('honours_bar_blacklisted'),
  licensing: LICENSING_BLACK,
  market_access: R('market_access_restrict_blacklists'),
  household_points: R('household_points_restrict_blacklisted'),
  state_enterprise_appointment: R('soe_appointment_bar_blacklists'),
};
const GREEN = ['red_fewer_inspections', 'red_green_channel', 'red_incomplete_acceptance'];
const WATCH_EVERYWHERE: Row = Object.fromEntries(SCENARIOS.map((s) => [s, C('watch_more_inspections')]));

const TABLE: Record<string, Row> = {
  dishonest_judgment_debtor: {
    government_procurement: R('procurement_bar_listed'),
    bidding: R('bidding_bar_court_debtor'),
    public_funds: R('funds_restrict_blacklisted'),
    public_housing: R('housing_restrict_court_debtor'),
    civil_service_hiring: R('civil_service_bar_joint_punishment'),
    honours: R('honours_bar_blacklisted'),
    licensing: LICENSING_BLACK,
    market_access: R('market_access_restrict_court_debtor'),
    household_points: R('household_points_restrict_blacklisted'),
    state_enterprise_appointment: R('soe_appointment_bar_court_debtor'),
  },
  major_tax_violation: {
    ...SECTOR,
    government_procurement: R('procurement_bar_listed'),
  },
  procurement_serious_violation: {
    ...SECTOR,
    government_procurement: R('procurement_bar_listed'),
    bidding: undefined,
  },
  wage_arrears_blacklist: {
    ...SECTOR,
    government_procurement: R('wage_arrears_joint_restrictions'),
    bidding: R('wage_arrears_joint_restrictions'),
    public_funds: R('wage_arrears_joint_restrictions'),
    honours: R('honours_bar_blacklisted', 'wage_arrears_joint_restrictions'),
    market_access: R('wage_arrears_joint_restrictions'),
  },
  food_drug_serious_violation: {
    ...SECTOR,
    licensing: R('licensing_no_commitment_blacklisted', 'licensing_strict_review_blacklisted', 'market_access_food_ban'),
    market_access: R('market_access_food_ban', 'market_access_restrict_blacklists'),
  },
  environmental_violation_blacklist: SECTOR,
  illegal_medical_practice: SECTOR,
  ecommerce_serious_dishonesty: SECTOR,
  tourism_serious_dishonesty: SECTOR,
  advertising_serious_dishonesty: SECTOR,
  culture_market_serious_dishonesty: SECTOR,
  ip_serious_dishonesty: SECTOR,
  social_org_serious_dishonesty: SECTOR,
  abnormal_operation: {
    ...WATCH_EVERYWHERE,
    government_procurement: C('abnormal_operation_weigh', 'watch_more_inspections'),
    bidding: C('abnormal_operation_weigh', 'watch_more_inspections'),
    honours: C('abnormal_operation_weigh', 'watch_more_inspections'),
    market_access: C('abnormal_operation_weigh', 'watch_more_inspections'),
  },
  social_org_abnormal_activity: WATCH_EVERYWHERE,
  tax_credit_a: {
    licensing: REWARD(...GREEN, 'tax_a_joint_incentives'),
    market_access: REWARD(...GREEN),
    public_funds: REWARD('red_incomplete_acceptance', 'tax_a_joint_incentives'),
    honours: REWARD('tax_a_joint_incentives'),
  },
  honest_merchant: {
    licensing: REWARD(...GREEN),
    market_access: REWARD('honest_merchant_promotion', ...GREEN),
    public_funds: REWARD('red_incomplete_acceptance'),
    honours: REWARD('honest_merchant_promotion'),
  },
  contract_honouring_enterprise: {
    licensing: REWARD(...GREEN),
    market_access: REWARD('contract_honouring_promotion', ...GREEN),
    public_funds: REWARD('red_incomplete_acceptance'),
    honours: REWARD('contract_honouring_promotion'),
  },
  '(none)': {},
};

const sorted = (codes: string[] | undefined) => [...(codes ?? [])].sort();

for (const dialect of dialectsUnderTest()) {
  describe(`credit checks: every default list × every scenario [${dialect}]`, () => {
    let t: TestApp;
    let checks: ChecksService;
    const subjectOf = new Map<string, { id: string; code: string }>();

    beforeAll(async () => {
      t = await createTestApp(dialect);
      const codes = Object.keys(TABLE);
      const lists = fakeLists([]);
      for (const [i, listType] of codes.entries()) {
        const s = await t.ctx.services.subjects.create(systemActor, enterpriseInput(70_000 + i));
        subjectOf.set(listType, { id: s.id, code: s.code! });
        const type = defaultListTypes().find((d) => d.code === listType);
        if (type) lists.entries.push(listEntry(s.id, listType, type.kind, '2025-01-01'));
      }
      const cipher = createPersonalDataCipher({ encryptionKey: t.ctx.config.secrets.encryptionKey, lookupKey: t.ctx.config.secrets.lookupKey });
      checks = createChecksService({
        database: t.ctx.database, clock: t.ctx.clock, audit: t.ctx.services.audit, signingKey: t.ctx.config.secrets.signingKey,
        lookupHash: cipher.lookupHash, lists, vocabulary: measureVocabulary({ lists: t.ctx.services.lists, catalog: t.ctx.services.catalog }),
      });
    });
    afterAll(async () => t.close());

    it('covers every default list type', () => {
      expect(Object.keys(TABLE).filter((k) => k !== '(none)').sort()).toEqual(defaultListTypes().map((d) => d.code).sort());
    });

    for (const [listType, row] of Object.entries(TABLE)) {
      it(`${listType}`, async () => {
        const subject = subjectOf.get(listType)!;
        const got: Record<string, Cell> = {};
        const want: Record<string, Cell> = {};
        for (const scenario of SCENARIOS) {
          const r = await checks.check(systemActor, { subject: subject.code, scenario });
          got[scenario] = { verdict: r.verdict, measures: r.measures.map((m) => m.code).sort(), rewards: r.rewards.map((m) => m.code).sort() };
          const cell = row[scenario] ?? { verdict: 'clear' };
          want[scenario] = { verdict: cell.verdict, measures: sorted(cell.measures), rewards: sorted(cell.rewards) };
          for (const m of [...r.measures, ...r.rewards]) {
            expect(m.legalBasis.length).toBeGreaterThan(4);
            expect(m.trigger).toMatchObject({ kind: 'list', listType });
          }
        }
        expect(got).toEqual(want);
      });
    }
  });
}
