import type { Actor } from '../../kernel/actor.js';
import { ForbiddenError, ValidationError } from '../../kernel/errors.js';
import type { AccountsService, Department } from '../accounts/index.js';
import { mayNameDepartment } from './policy.js';

export type Departments = Pick<AccountsService, 'getDepartment' | 'findDepartmentByCode'>;

/**
 * The department an API call or upload submits for: the one it names (the
 * credit office may name any; a provider only its own), else the caller's own.
 * A provider key always writes as its department (SPEC §13).
 */
export async function departmentOf(departments: Departments, actor: Actor, code: string | undefined): Promise<Department> {
  if (code !== undefined) {
    const named = await departments.findDepartmentByCode(code);
    if (named && (mayNameDepartment(actor) || named.id === actor.departmentId)) return named;
    if (!mayNameDepartment(actor)) throw new ForbiddenError('只能报送本部门的信用信息 / a provider submits for its own department only', 'SOURCE_DEPARTMENT_FORBIDDEN');
    throw new ValidationError('部门不存在 / no such department', [{ field: 'department', code: 'DEPARTMENT_NOT_FOUND', message: `no department ${code}` }]);
  }
  if (actor.departmentId === null) {
    throw new ValidationError('请指定部门 / name the department', [{ field: 'department', code: 'DEPARTMENT_REQUIRED', message: 'department (USCC) is required' }]);
  }
  return departments.getDepartment(actor.departmentId);
}
