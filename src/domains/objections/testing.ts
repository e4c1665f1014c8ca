// Fixtures for the objections domain's tests: the credit office, a source
// department with a 行政处罚 record about an enterprise, and the people involved.
import { systemActor, type Actor, type Role } from '../../kernel/actor.js';
import type { AccountsService } from '../accounts/index.js';
import { sampleUscc } from '../catalog/testing.js';
import type { RecordService } from '../records/index.js';
import type { SubjectService } from '../subjects/index.js';
import { penaltyChunk, penaltyRow } from '../records/testing.js';

export interface ObjectionPeople {
  /** staff of the credit office: accept, refuse, forward, reply */
  office: Actor;
  reviewer: Actor;
  auditor: Actor;
  admin: Actor;
  /** a provider of the record's source department: verifies */
  source: Actor;
  /** a provider of another department: no business with the case */
  otherProvider: Actor;
  /** the `subject` account of the enterprise the record is about */
  subjectAccount: Actor;
  sourceDepartment: { id: string; code: string; name: string };
  /** the enterprise the record is about */
  subjectCode: string;
  subjectName: string;
}

export interface ObjectionFixtureServices {
  accounts: Pick<AccountsService, 'createDepartment' | 'createUser'>;
  records: Pick<RecordService, 'ingestChunk'>;
  subjects: Pick<SubjectService, 'create'>;
}

/** Departments, people and (through `penalty`) records for one test database; `n` keeps names apart. */
export async function seedObjectionPeople(s: ObjectionFixtureServices, n = 1): Promise<ObjectionPeople> {
  const subjectCode = sampleUscc(9100 + n);
  const subject = await s.subjects.create(systemActor, { type: 'enterprise', code: subjectCode, name: `深圳市异议测试${n}号科技有限公司`, legalRep: '张三' });
  const office = await s.accounts.createDepartment(systemActor, { code: sampleUscc(51 + n * 10, '11'), name: `南山区信用办${n}`, kind: 'credit_office' });
  const sourceName = `深圳市市场监督管理局南山监管局${n}`;
  const source = await s.accounts.createDepartment(systemActor, { code: sampleUscc(52 + n * 10, '11'), name: sourceName, kind: 'government' });
  const other = await s.accounts.createDepartment(systemActor, { code: sampleUscc(53 + n * 10, '11'), name: `深圳市南山区住房和建设局${n}`, kind: 'government' });
  const user = async (name: string, role: Exclude<Role, 'public'>, extra: { departmentId?: string; subjectId?: string } = {}): Promise<Actor> => {
    const u = await s.accounts.createUser(systemActor, { username: `obj-${name}-${n}`, displayName: `异议 ${name}`, password: 'Objection-Test-2026!', role, ...extra });
    return { kind: 'user', id: u.id, role, departmentId: u.departmentId, subjectId: u.subjectId, apiKeyPurpose: null, ip: null, requestId: null };
  };
  const sourceProvider = await user('source', 'provider', { departmentId: source.id });
  return {
    office: await user('office', 'staff', { departmentId: office.id }),
    reviewer: await user('reviewer', 'reviewer', { departmentId: office.id }),
    auditor: await user('auditor', 'auditor'),
    admin: await user('admin', 'admin'),
    source: sourceProvider,
    otherProvider: await user('other', 'provider', { departmentId: other.id }),
    subjectAccount: await user('subject', 'subject', { subjectId: subject.id }),
    sourceDepartment: { id: source.id, code: source.code, name: sourceName },
    subjectCode,
    subjectName: `深圳市异议测试${n}号科技有限公司`,
  };
}

/** A 行政处罚 the source department stores about the enterprise; its id. */
export async function penalty(s: Pick<ObjectionFixtureServices, 'records'>, p: ObjectionPeople, docNo: string, extra: Record<string, unknown> = {}): Promise<string> {
  const dept = p.sourceDepartment;
  const row = penaltyRow(1, {
    subjectName: p.subjectName, subjectCode: p.subjectCode, decisionNo: docNo, decisionDate: '2025-09-01',
    authority: dept.name, authorityCode: dept.code, sourceDept: dept.name, sourceDeptCode: dept.code, ...extra,
  });
  const [result] = await s.records.ingestChunk(p.source, penaltyChunk(dept, [row]));
  if (result?.status !== 'created' || !result.id) throw new Error(`penalty not stored: ${JSON.stringify(result)}`);
  return result.id;
}

/** Reasons long enough to pass (≥ 10 characters). */
export const REASONS = '处罚决定书记载的罚款金额有误，实际为人民币三千元，附决定书复印件。';

/** The smallest valid PDF header, for attachment tests. */
export const PDF_BASE64 = Buffer.from('%PDF-1.4\n%test\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n').toString('base64');
