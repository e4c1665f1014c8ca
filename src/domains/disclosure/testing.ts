// Fixtures for the disclosure domain's tests and the portal's page tests: two
// departments, two enterprises and a person with records of every kind the
// portal shows, some of them out of public view on the fixed test day 2026-06-15;
// one of the enterprises on an office list, and a list type that is not public.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { toDbBool } from '../../db/values.js';
import { systemActor } from '../../kernel/actor.js';
import type { AccountsService } from '../accounts/index.js';
import type { ListService } from '../lists/index.js';
import { decision, proposal, seedListPeople, type ListFixtureServices } from '../lists/testing.js';
import type { SubjectService } from '../subjects/index.js';
import { SAMPLE_AUTHORITY, penaltyRow, sampleResidentId, sampleUscc } from '../records/testing.js';
import { sampleCourtRow, sampleLicenceRow } from '../catalog/testing.js';
import type { IngestChunkInput, RecordService } from '../records/index.js';

export const TODAY = '2026-06-15';
export const OTHER_AUTHORITY = { name: '深圳市南山区住房和建设局', code: sampleUscc(8, '11') };
export const E1 = { name: '深圳市公示一号科技有限公司', code: sampleUscc(900_001) };
export const E2 = { name: '深圳市公示二号餐饮有限公司', code: sampleUscc(900_002) };
export const PERSON = { name: '赵公示', idNumber: sampleResidentId('19810705', 61) };
export const DEBTOR_ID = sampleResidentId('19750315', 41);

const party = (s: { name: string; code: string }) => ({ subjectName: s.name, subjectCode: s.code });
const source = (d: { name: string; code: string }) => ({ authority: d.name, authorityCode: d.code, sourceDept: d.name, sourceDeptCode: d.code });

/** The document numbers the seed stores, by what the public should see of them today. */
export const DOCS = {
  penalties: { visible: ['P2', 'P1', 'P5'], expired: 'P3', withdrawn: 'P4', endedYesterday: 'P6' },
  licences: { visible: ['L2', 'L1'], expired: 'L3' },
  watch: 'W1',
  black: 'B1',
  red: 'R1',
  commitment: 'C1',
  rating: E2.code,
} as const;

export interface SeedServices {
  accounts: Pick<AccountsService, 'createDepartment'>;
  subjects: Pick<SubjectService, 'create'>;
  records: Pick<RecordService, 'ingestChunk' | 'withdraw'>;
}

export async function seedDisclosures(services: SeedServices) {
  const { accounts, subjects, records } = services;
  const deptA = await accounts.createDepartment(systemActor, { code: SAMPLE_AUTHORITY.code, name: SAMPLE_AUTHORITY.name, kind: 'government' });
  const deptB = await accounts.createDepartment(systemActor, { code: OTHER_AUTHORITY.code, name: OTHER_AUTHORITY.name, kind: 'government' });
  await subjects.create(systemActor, { type: 'enterprise', code: E1.code, name: E1.name, legalRep: '钱一', street: '粤海街道', industry: 'I', establishedOn: '2012-04-01' });
  await subjects.create(systemActor, { type: 'enterprise', code: E2.code, name: E2.name, legalRep: '孙二', street: '蛇口街道', industry: 'H' });
  const ingest = async (dept: { id: string; code: string }, typeCode: string, rows: Array<Record<string, unknown>>) => {
    const chunk: IngestChunkInput = { typeCode, sourceDepartment: dept, channel: 'file', batchId: null, rows: rows.map((raw, i) => ({ row: i + 1, raw })), today: TODAY };
    const results = await records.ingestChunk(systemActor, chunk);
    for (const r of results) if (r.status === 'rejected') throw new Error(`${typeCode} row ${r.row} rejected: ${JSON.stringify(r.errors)}`);
    return results.map((r) => r.id!);
  };
  const A = source(SAMPLE_AUTHORITY);
  const B = source(OTHER_AUTHORITY);
  const [, , , withdrawn] = await ingest(deptA, 'admin_penalty', [
    penaltyRow(1, { ...party(E1), ...A, decisionNo: 'P1', decisionDate: '2026-05-20', violationType: '未按规定公示年度报告' }),
    penaltyRow(5, {
      subjectName: PERSON.name, subjectCategory: '自然人', subjectCode: undefined, legalRep: undefined, idType: '身份证', idNumber: PERSON.idNumber,
      ...A, decisionNo: 'P5', decisionDate: '2026-03-01',
    }),
    penaltyRow(3, { ...party(E1), ...A, decisionNo: 'P3', decisionDate: '2024-01-10' }),
    penaltyRow(4, { ...party(E1), ...A, decisionNo: 'P4', decisionDate: '2026-04-01' }),
    // 警告 only: minor, public 3 months, so the last public day was 2026-06-14.
    penaltyRow(6, { ...party(E1), ...A, decisionNo: 'P6', decisionDate: '2026-03-14', penaltyKinds: '警告', content: '警告', fineAmount: undefined }),
  ]);
  await records.withdraw(systemActor, { recordId: withdrawn!, reason: '行政复议撤销', channel: 'cli' });
  await ingest(deptB, 'admin_penalty', [penaltyRow(2, { ...party(E2), ...B, decisionNo: 'P2', decisionDate: '2026-06-01' })]);
  await ingest(deptA, 'admin_license', [
    sampleLicenceRow({ ...party(E1), ...A, decisionNo: 'L1', decisionDate: '2026-03-01', validFrom: '2026-03-01', validTo: '2031-02-28' }),
    sampleLicenceRow({ ...party(E1), ...A, decisionNo: 'L3', decisionDate: '2025-06-14', validFrom: '2025-06-14', validTo: '2026-06-14' }),
  ]);
  await ingest(deptB, 'admin_license', [sampleLicenceRow({ ...party(E2), legalRep: '孙二', ...B, decisionNo: 'L2', decisionDate: '2026-06-10', validFrom: '2026-06-10', validTo: '2099-12-31' })]);
  await ingest(deptA, 'abnormal_operation', [{ ...party(E1), decisionNo: 'W1', listReason: '未按规定报送年度报告', listedOn: '2026-02-01', listAuthority: SAMPLE_AUTHORITY.name }]);
  await ingest(deptA, 'procurement_serious_violation', [{
    ...party(E1), decisionNo: 'B1', decisionDate: '2026-01-15', authority: SAMPLE_AUTHORITY.name, violationFacts: '提供虚假材料谋取中标', banFrom: '2026-01-15', banUntil: '2029-01-14',
  }]);
  await ingest(deptA, 'honest_merchant', [{ ...party(E2), decisionNo: 'R1', awardedOn: '2025-12-01', authority: '南山诚信商家联盟' }]);
  await ingest(deptA, 'credit_commitment', [{
    ...party(E1), commitmentNo: 'C1', commitmentKind: '告知承诺', matter: '食品经营许可', text: '本单位承诺所提交材料真实有效。', signedOn: '2026-02-20',
  }]);
  await ingest(deptA, 'food_safety_rating', [{ ...party(E2), period: '2025', grade: 'A', ratedOn: '2026-01-10', authority: SAMPLE_AUTHORITY.name }]);
  await ingest(deptA, 'court_dishonest_debtor', [sampleCourtRow({ subjectCode: DEBTOR_ID, caseNo: 'D1', publishedOn: '2026-05-05' })]);
  return { deptA, deptB };
}

/**
 * E2 on the office list 南山诚信商家 (red): proposed and notified on 2026-06-01,
 * decided on TODAY after the 5-working-day objection window, in effect from
 * TODAY to OFFICE_LISTING.effectiveTo. Needs the app's fixed clock: call it
 * with the clock before TODAY (on 2026-06-01 or earlier); it leaves the clock on TODAY.
 */
export const OFFICE_LISTING = { listType: 'honest_merchant', name: '南山诚信商家', decisionNo: '深南信红〔2026〕7号', effectiveTo: '2026-06-30' } as const;

export async function seedOfficeListing(
  services: ListFixtureServices & { lists: Pick<ListService, 'propose' | 'notify' | 'decide'> },
  clock: { set(iso: string): void },
) {
  clock.set('2026-06-01T02:00:00.000Z');
  const people = await seedListPeople(services, 9);
  const { entry } = await services.lists.propose(people.office, proposal(OFFICE_LISTING.listType, E2.code));
  await services.lists.notify(people.office, entry.id, {});
  clock.set(`${TODAY}T02:00:00.000Z`);
  return services.lists.decide(people.reviewer, entry.id, decision(OFFICE_LISTING.decisionNo, { effectiveTo: OFFICE_LISTING.effectiveTo }));
}

/**
 * A list type that is not public (an upstream watch list fed by credit
 * commitments, which E1 has): stored before the list types are first read, so
 * the cached types hold it. Nothing public may show it.
 */
export const HIDDEN_LIST = 'internal_commitment_watch';

export async function insertHiddenListType(db: Kysely<DB>) {
  const at = `${TODAY}T00:00:00.000Z`;
  await db.insertInto('listTypes').values({
    code: HIDDEN_LIST, kind: 'watch', origin: 'upstream', name: '内部承诺关注名单', nameEn: 'Internal commitment watch list',
    legalBasis: JSON.stringify(['内部管理规定第一条']), entryCriteria: '测试用：所有信用承诺', decidingAuthority: '测试部门',
    noticeWorkingDays: 0, defaultDurationMonths: null, removalConditions: '测试用：承诺履行完毕', remedies: '测试用：不对外公开', isPublic: toDbBool(false),
    subjectTypes: JSON.stringify(['enterprise']), feeds: JSON.stringify([{ typeCode: 'credit_commitment' }]), sortOrder: 999, createdAt: at, updatedAt: at,
  }).execute();
}
