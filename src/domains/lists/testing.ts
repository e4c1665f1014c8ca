// Fixtures for the lists domain's tests (and for checks built on it): the
// people of the listing procedure and a few subjects to list.
import { systemActor, type Actor, type Role } from '../../kernel/actor.js';
import type { AccountsService } from '../accounts/index.js';
import { sampleResidentId, sampleUscc } from '../catalog/testing.js';
import type { SubjectService } from '../subjects/index.js';

export const CREDIT_OFFICE = { code: sampleUscc(31, '11'), name: '南山区社会信用体系建设领导小组办公室' };
export const SECTOR_DEPARTMENT = { code: sampleUscc(32, '11'), name: '深圳市南山区住房和建设局' };

export interface ListPeople {
  /** staff of the credit office: propose, notify, withdraw, object on a subject's behalf */
  office: Actor;
  /** staff of another department: may not propose */
  sectorStaff: Actor;
  reviewer: Actor;
  admin: Actor;
  auditor: Actor;
  /** the `subject` account of `subjects.merchant` */
  merchantAccount: Actor;
  subjects: { merchant: { id: string; code: string }; other: { id: string; code: string }; person: { id: string } };
}

export interface ListFixtureServices {
  accounts: Pick<AccountsService, 'createDepartment' | 'createUser'>;
  subjects: Pick<SubjectService, 'create'>;
}

/** The actors and subjects of a listing test; `n` keeps usernames and codes apart when one database holds several. */
export async function seedListPeople(s: ListFixtureServices, n = 1): Promise<ListPeople> {
  const office = await s.accounts.createDepartment(systemActor, { code: sampleUscc(31 + n * 10, '11'), name: `${CREDIT_OFFICE.name}${n}`, kind: 'credit_office' });
  const sector = await s.accounts.createDepartment(systemActor, { code: sampleUscc(32 + n * 10, '11'), name: `${SECTOR_DEPARTMENT.name}${n}`, kind: 'government' });
  const enterprise = async (i: number, name: string) => {
    const code = sampleUscc(7000 + n * 10 + i);
    return { id: (await s.subjects.create(systemActor, { type: 'enterprise', code, name, legalRep: '王五' })).id, code };
  };
  const merchant = await enterprise(1, `深圳市诚信${n}号商贸有限公司`);
  const other = await enterprise(2, `深圳市名单${n}号科技有限公司`);
  const person = { id: (await s.subjects.create(systemActor, { type: 'person', idNumber: sampleResidentId('19800101', 100 + n), name: `赵六${n}` })).id };
  const user = async (name: string, role: Exclude<Role, 'public'>, extra: { departmentId?: string; subjectId?: string } = {}): Promise<Actor> => {
    const u = await s.accounts.createUser(systemActor, { username: `lists-${name}-${n}`, displayName: `名单 ${name}`, password: 'Lists-Test-2026!', role, ...extra });
    return { kind: 'user', id: u.id, role, departmentId: u.departmentId, subjectId: u.subjectId, apiKeyPurpose: null, ip: null, requestId: null };
  };
  return {
    office: await user('office', 'staff', { departmentId: office.id }),
    sectorStaff: await user('sector', 'staff', { departmentId: sector.id }),
    reviewer: await user('reviewer', 'reviewer', { departmentId: office.id }),
    admin: await user('admin', 'admin'),
    auditor: await user('auditor', 'auditor'),
    merchantAccount: await user('merchant', 'subject', { subjectId: merchant.id }),
    subjects: { merchant, other, person },
  };
}

/** A proposal body for an office list. */
export const proposal = (listType: string, subjectCode: string, extra: Record<string, unknown> = {}) => ({
  listType, subjectCode, reasons: '经查，当事人存在严重违法失信行为，事实清楚，证据确凿。', ...extra,
});

/** A decision body. */
export const decision = (decisionNo: string, extra: Record<string, unknown> = {}) => ({ decisionNo, ...extra });
