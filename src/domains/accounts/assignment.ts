import type { FieldError } from '../../kernel/errors.js';
import type { AccountsDb } from './deps.js';
import { findDepartmentWhere } from './department-repo.js';
import { fieldErrors } from './errors.js';
import { DEPARTMENT_ROLES } from './policy.js';
import type { UserRole } from './schema.js';

export interface Assignment {
  role: UserRole;
  departmentId: string | null;
  subjectId: string | null;
}

/**
 * Who an account belongs to: provider, staff and reviewer accounts to a
 * department, subject accounts to a subject (and nothing else); admins and
 * auditors may name a department. Whether the subject exists is left to the
 * foreign key, since subjects belong to another domain.
 */
export async function checkAssignment(db: AccountsDb, a: Assignment): Promise<void> {
  const errors: FieldError[] = [];
  if (DEPARTMENT_ROLES.has(a.role) && !a.departmentId) {
    errors.push({ field: 'departmentId', code: 'DEPARTMENT_REQUIRED', message: `角色 ${a.role} 须指定部门 / role ${a.role} needs a department` });
  }
  if (a.role === 'subject' && !a.subjectId) {
    errors.push({ field: 'subjectId', code: 'SUBJECT_REQUIRED', message: '主体账号须指定信用主体 / a subject account needs a subjectId' });
  }
  if (a.role !== 'subject' && a.subjectId) {
    errors.push({ field: 'subjectId', code: 'FIELD_NOT_ALLOWED', message: '仅主体账号可绑定信用主体 / only subject accounts have a subjectId' });
  }
  if (a.role === 'subject' && a.departmentId) {
    errors.push({ field: 'departmentId', code: 'FIELD_NOT_ALLOWED', message: '主体账号不属于部门 / subject accounts have no department' });
  }
  if (a.departmentId && errors.length === 0 && !(await findDepartmentWhere(db, 'id', a.departmentId))) {
    errors.push({ field: 'departmentId', code: 'DEPARTMENT_NOT_FOUND', message: '部门不存在 / no such department' });
  }
  if (errors.length > 0) throw fieldErrors(errors);
}

export const subjectNotFound = () =>
  fieldErrors([{ field: 'subjectId', code: 'SUBJECT_NOT_FOUND', message: '信用主体不存在 / no such subject' }]);
