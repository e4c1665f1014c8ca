import type { Kysely, Selectable } from 'kysely';
import type { DB, DepartmentsTable } from '../../db/schema.js';
import { toCount } from '../../db/values.js';
import type { Department } from './schema.js';

const toDepartment = (row: Selectable<DepartmentsTable>): Department => ({ ...row, kind: row.kind as Department['kind'] });

export async function insertDepartment(db: Kysely<DB>, department: Department): Promise<void> {
  await db.insertInto('departments').values(department).execute();
}

export async function findDepartmentWhere(db: Kysely<DB>, column: 'id' | 'code', value: string): Promise<Department | undefined> {
  const row = await db.selectFrom('departments').selectAll().where(column, '=', value).executeTakeFirst();
  return row && toDepartment(row);
}

export async function findDepartments(
  db: Kysely<DB>,
  page: { offset: number; limit: number },
): Promise<{ departments: Department[]; total: number }> {
  const [rows, count] = await Promise.all([
    db.selectFrom('departments').selectAll().orderBy('code').offset(page.offset).limit(page.limit).execute(),
    db.selectFrom('departments').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst(),
  ]);
  return { departments: rows.map(toDepartment), total: toCount(count?.n as number | string | undefined) };
}
