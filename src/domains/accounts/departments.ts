import type { Actor } from '../../kernel/actor.js';
import { ConflictError, NotFoundError } from '../../kernel/errors.js';
import { paginationQuery } from '../../kernel/http.js';
import { newId } from '../../kernel/ids.js';
import { parseUscc } from '../identifiers/index.js';
import { isUniqueViolation } from '../../db/errors.js';
import type { AccountsDeps } from './deps.js';
import { findDepartments, findDepartmentWhere, insertDepartment } from './department-repo.js';
import { fieldErrors } from './errors.js';
import { parseInput } from './input.js';
import { offsetOf, toPage } from './paging.js';
import { canManageAccounts } from './policy.js';
import { createDepartmentInputSchema, type CreateDepartmentInput, type Department, type Page } from './schema.js';

const codeTaken = () => new ConflictError('DEPARTMENT_CODE_TAKEN', '该统一社会信用代码的部门已存在 / a department with this code exists');

/** A department's code must be a valid USCC (GB 32100-2015); it is stored normalised. */
function normalizedCode(code: string): string {
  const result = parseUscc(code);
  if (!result.valid) {
    const errors = result.failures.map((f) => ({ field: 'code', code: f.code, message: `${f.message} / ${f.messageEn}` }));
    throw fieldErrors(errors, 'INVALID_IDENTIFIER');
  }
  return result.normalized;
}

export function createDepartmentService({ db, clock, audit }: Omit<AccountsDeps, 'hasher'>) {
  return {
    async createDepartment(actor: Actor, input: CreateDepartmentInput): Promise<Department> {
      canManageAccounts(actor);
      const v = parseInput(createDepartmentInputSchema, input);
      const department: Department = {
        id: newId(), code: normalizedCode(v.code), name: v.name, nameEn: v.nameEn ?? null, kind: v.kind, createdAt: clock.now().toISOString(),
      };
      if (await findDepartmentWhere(db, 'code', department.code)) throw codeTaken();
      try {
        await db.transaction().execute(async (trx) => {
          await insertDepartment(trx, department);
          await audit.append(trx, actor, {
            action: 'department.create', targetType: 'department', targetId: department.id,
            details: { code: department.code, name: department.name, kind: department.kind },
          });
        });
      } catch (err) {
        if (isUniqueViolation(err)) throw codeTaken();
        throw err;
      }
      return department;
    },

    async listDepartments(actor: Actor, query: { page?: number; pageSize?: number } = {}): Promise<Page<Department>> {
      canManageAccounts(actor);
      const q = parseInput(paginationQuery, query);
      const { departments, total } = await findDepartments(db, offsetOf(q));
      return toPage(departments, total, q);
    },

    /** Departments are public bodies: other domains look them up without an actor. */
    async getDepartment(id: string): Promise<Department> {
      const department = await findDepartmentWhere(db, 'id', id);
      if (!department) throw new NotFoundError('DEPARTMENT_NOT_FOUND', '部门不存在 / no such department');
      return department;
    },

    /** By USCC (any accepted spelling), or undefined. */
    async findDepartmentByCode(code: string): Promise<Department | undefined> {
      const result = parseUscc(code);
      return result.valid ? findDepartmentWhere(db, 'code', result.normalized) : undefined;
    },
  };
}
