// Fixtures for the archive's tests and for the domains and pages built on it
// (portal, monitoring): one enterprise with records in several categories, at
// every disclosure level, inside and just outside their publicity window, and
// one person with a record. Use with the fixed clock ARCHIVE_NOW.
import { systemActor, type Actor, type Role } from '../../kernel/actor.js';
import { CREDIT_OFFICE_CODE, type AccountsService, type Department } from '../accounts/index.js';
import { DEFAULT_TYPE_INPUTS, type CatalogService, type Disclosure } from '../catalog/index.js';
import { sampleLicenceRow } from '../catalog/testing.js';
import type { RecordService } from '../records/index.js';
import { SAMPLE_AUTHORITY, penaltyChunk, penaltyRow, sampleResidentId, sampleUscc } from '../records/testing.js';
import type { SubjectService } from '../subjects/index.js';

/** 2026-06-15 10:00 in China: "today" for every date below. */
export const ARCHIVE_NOW = '2026-06-15T02:00:00.000Z';
export const ARCHIVE_TODAY = '2026-06-15';
/** A general-tier penalty decided on this day was public for 12 months, up to and including yesterday. */
export const ENDED_YESTERDAY_DECISION = '2025-06-14';

/** The test types: copies of 行政处罚 at other levels and in other categories. `content` of the shared one is authorised-level. */
export const ARCHIVE_TEST_TYPES = {
  shared: { code: 'test_list_shared', category: 'list' },
  authorised: { code: 'test_rating_authorised', category: 'rating' },
  internal: { code: 'test_other_internal', category: 'other' },
} as const;

export type SeededRecordKey =
  | 'publicLive' | 'publicEnded' | 'sharedLive' | 'sharedEnded' | 'authorisedLive' | 'authorisedEnded'
  | 'internalLive' | 'internalEnded' | 'withdrawn' | 'licence' | 'commendation';

export interface SeededRecord {
  id: string;
  docNo: string;
  disclosure: Disclosure;
  category: string;
  /** within its publicity window on ARCHIVE_TODAY */
  live: boolean;
  status: 'active' | 'withdrawn';
}

export interface SeededArchive {
  department: Department;
  subject: { id: string; code: string; name: string };
  /** the legal representative's ID number on the public penalty (stored masked; must never appear in full) */
  legalRepIdNumber: string;
  records: Record<SeededRecordKey, SeededRecord>;
  person: { id: string; name: string; idNumber: string; recordId: string };
}

export interface ArchiveSeedServices {
  accounts: Pick<AccountsService, 'createDepartment' | 'findDepartmentByCode'>;
  catalog: Pick<CatalogService, 'addType'>;
  records: Pick<RecordService, 'ingestChunk' | 'withdraw'>;
  subjects: Pick<SubjectService, 'getByCode' | 'create'>;
}

const SUBJECT = { subjectName: '深圳市档案测试科技有限公司', subjectCode: sampleUscc(5150) };
const PERSON = { name: '钱多多', idNumber: sampleResidentId('19850707', 66) };
const penaltyType = () => DEFAULT_TYPE_INPUTS.find((d) => d.code === 'admin_penalty')!;

async function addTestTypes(catalog: ArchiveSeedServices['catalog']): Promise<void> {
  const base = penaltyType();
  for (const [disclosure, t] of Object.entries(ARCHIVE_TEST_TYPES)) {
    const fields = disclosure === 'shared' ? base.fields.map((f) => (f.key === 'content' ? { ...f, disclosure: 'authorised' as const } : f)) : base.fields;
    await catalog.addType(systemActor, { ...base, code: t.code, category: t.category, disclosure: disclosure as Disclosure, fields });
  }
}

/** Seeds the archive fixture through the real services (catalogue, records, subjects), as the CLI would. */
export async function seedArchive(s: ArchiveSeedServices): Promise<SeededArchive> {
  const department = (await s.accounts.findDepartmentByCode(SAMPLE_AUTHORITY.code))
    ?? (await s.accounts.createDepartment(systemActor, { code: SAMPLE_AUTHORITY.code, name: SAMPLE_AUTHORITY.name, kind: 'government' }));
  await addTestTypes(s.catalog);
  const legalRepIdNumber = sampleResidentId('19700203', 55);
  const row = (n: number, docNo: string, decisionDate: string, extra: Record<string, unknown> = {}) =>
    penaltyRow(n, { ...SUBJECT, decisionNo: docNo, decisionDate, ...extra });
  const ingest = async (typeCode: string, raws: Array<Record<string, unknown>>) =>
    (await s.records.ingestChunk(systemActor, penaltyChunk(department, raws, { typeCode }))).map((r) => {
      if (!r.id) throw new Error(`archive fixture row rejected: ${JSON.stringify(r.errors)}`);
      return r.id;
    });

  const records = {} as Record<SeededRecordKey, SeededRecord>;
  const put = (key: SeededRecordKey, id: string, docNo: string, disclosure: Disclosure, category: string, live: boolean, status: SeededRecord['status'] = 'active') => {
    records[key] = { id, docNo, disclosure, category, live, status };
  };

  const [publicLive, publicEnded, withdrawn] = await ingest('admin_penalty', [
    row(1, 'P-LIVE', '2026-05-20', { legalRepIdType: '身份证', legalRepIdNumber }),
    row(2, 'P-ENDED', ENDED_YESTERDAY_DECISION),
    row(3, 'P-WITHDRAWN', '2026-05-16'),
  ]);
  put('publicLive', publicLive!, 'P-LIVE', 'public', 'penalty', true);
  put('publicEnded', publicEnded!, 'P-ENDED', 'public', 'penalty', false);
  await s.records.withdraw(systemActor, { recordId: withdrawn!, reason: '行政复议撤销', channel: 'cli' });
  put('withdrawn', withdrawn!, 'P-WITHDRAWN', 'public', 'penalty', true, 'withdrawn');

  const levels = [['shared', 'S', '2026-05-19'], ['authorised', 'A', '2026-05-18'], ['internal', 'I', '2026-05-17']] as const;
  for (const [level, letter, liveDate] of levels) {
    const t = ARCHIVE_TEST_TYPES[level];
    const [live, ended] = await ingest(t.code, [row(1, `${letter}-LIVE`, liveDate), row(2, `${letter}-ENDED`, ENDED_YESTERDAY_DECISION)]);
    put(`${level}Live`, live!, `${letter}-LIVE`, level, t.category, true);
    put(`${level}Ended`, ended!, `${letter}-ENDED`, level, t.category, false);
  }

  const [licence] = await ingest('admin_license', [sampleLicenceRow({ ...SUBJECT, legalRep: '张三', decisionNo: 'L-LIVE' })]);
  put('licence', licence!, 'L-LIVE', 'public', 'licence', true);
  const [commendation] = await ingest('commendation', [{
    ...SUBJECT, legalRep: '张三', decisionNo: 'C-LIVE', honourName: '守合同重信用企业', honourKind: '守合同重信用企业', honourLevel: '市级',
    decisionDate: '2026-02-01', authority: SAMPLE_AUTHORITY.name, authorityCode: SAMPLE_AUTHORITY.code,
    sourceDept: SAMPLE_AUTHORITY.name, sourceDeptCode: SAMPLE_AUTHORITY.code,
  }]);
  put('commendation', commendation!, 'C-LIVE', 'public', 'commendation', true);

  const person = await s.subjects.create(systemActor, { type: 'person', idNumber: PERSON.idNumber, name: PERSON.name });
  const [personRecord] = await ingest('admin_penalty', [penaltyRow(9, {
    subjectName: PERSON.name, subjectCategory: '自然人', subjectCode: undefined, legalRep: undefined,
    idType: '身份证', idNumber: PERSON.idNumber, decisionNo: 'PERSON-LIVE', decisionDate: '2026-05-01',
  })]);

  const subject = await s.subjects.getByCode(SUBJECT.subjectCode);
  return {
    department,
    subject: { id: subject.id, code: subject.code!, name: subject.name },
    legalRepIdNumber,
    records,
    person: { id: person.id, name: PERSON.name, idNumber: PERSON.idNumber, recordId: personRecord! },
  };
}

export interface ArchiveViewers {
  anonymous: Actor;
  /** a `subject` account of the seeded enterprise */
  self: Actor;
  /** `subject` accounts of other enterprises: a stranger, and two that tests may authorise */
  otherSubject: Actor;
  counterparty: Actor;
  counterparty2: Actor;
  provider: Actor;
  /** staff and a reviewer of a government department that is not the credit office */
  staff: Actor;
  reviewer: Actor;
  creditOffice: Actor;
  auditor: Actor;
  admin: Actor;
  /** a consumer API key of an outside body (a bank) */
  consumerKey: Actor & { id: string };
  consumerKeyPlain: string;
  consumerKeyPrefix: string;
  /** usernames by viewer (password VIEWER_PASSWORD) */
  usernames: Record<string, string>;
}

export const VIEWER_PASSWORD = 'Archive-Viewer-2026!';

export interface ViewerSeedServices {
  accounts: Pick<AccountsService, 'createDepartment' | 'findDepartmentByCode' | 'createUser' | 'createApiKey' | 'resolveApiKey'>;
  subjects: Pick<SubjectService, 'create'>;
}

/** One actor of each kind the archive tells apart, for the seeded subject (`seedArchive` first). */
export async function seedViewers(s: ViewerSeedServices, seeded: Pick<SeededArchive, 'subject' | 'department'>): Promise<ArchiveViewers> {
  const dept = async (code: string, name: string, kind: 'credit_office' | 'government' | 'external') =>
    (await s.accounts.findDepartmentByCode(code)) ?? (await s.accounts.createDepartment(systemActor, { code, name, kind }));
  const creditOffice = await dept(CREDIT_OFFICE_CODE, '南山区社会信用体系建设领导小组办公室', 'credit_office');
  const housing = await dept(sampleUscc(8, '11'), '深圳市南山区住房和建设局', 'government');
  const bank = await dept(sampleUscc(9, '91'), '示例商业银行深圳分行', 'external');
  const usernames: Record<string, string> = {};
  const user = async (name: string, role: Exclude<Role, 'public'>, extra: { departmentId?: string; subjectId?: string } = {}): Promise<Actor> => {
    const u = await s.accounts.createUser(systemActor, { username: `v-${name.toLowerCase()}`, displayName: `查看者 ${name}`, password: VIEWER_PASSWORD, role, ...extra });
    usernames[name] = u.username;
    return { kind: 'user', id: u.id, role, departmentId: u.departmentId, subjectId: u.subjectId, apiKeyPurpose: null, ip: null, requestId: null };
  };
  const enterprise = async (n: number) =>
    (await s.subjects.create(systemActor, { type: 'enterprise', code: sampleUscc(5150 + n), name: `深圳市往来${n}号贸易有限公司`, legalRep: '孙七' })).id;
  const key = await s.accounts.createApiKey(systemActor, { name: '示例银行信贷系统', departmentId: bank.id, purpose: 'consumer' });
  return {
    anonymous: { kind: 'anonymous', id: null, role: 'public', departmentId: null, subjectId: null, apiKeyPurpose: null, ip: null, requestId: null },
    self: await user('Self', 'subject', { subjectId: seeded.subject.id }),
    otherSubject: await user('Other', 'subject', { subjectId: await enterprise(1) }),
    counterparty: await user('Counterparty', 'subject', { subjectId: await enterprise(2) }),
    counterparty2: await user('Counterparty2', 'subject', { subjectId: await enterprise(3) }),
    provider: await user('Provider', 'provider', { departmentId: seeded.department.id }),
    staff: await user('Staff', 'staff', { departmentId: housing.id }),
    reviewer: await user('Reviewer', 'reviewer', { departmentId: housing.id }),
    creditOffice: await user('CreditOffice', 'staff', { departmentId: creditOffice.id }),
    auditor: await user('Auditor', 'auditor'),
    admin: await user('Admin', 'admin'),
    consumerKey: { ...(await s.accounts.resolveApiKey(key.key))!, id: key.apiKey.id },
    consumerKeyPlain: key.key,
    consumerKeyPrefix: key.apiKey.prefix,
    usernames,
  };
}
