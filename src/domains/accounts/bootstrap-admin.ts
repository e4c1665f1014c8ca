import { systemActor } from '../../kernel/actor.js';
import { newId } from '../../kernel/ids.js';
import type { AccountsDeps } from './deps.js';
import { findDepartmentWhere, insertDepartment } from './department-repo.js';
import { generatePassword } from './password-policy.js';
import type { Department, PublicUser } from './schema.js';
import { anyAdminExists, insertUser } from './user-repo.js';

/**
 * 南山区社会信用体系建设领导小组办公室: registration authority 1 (机构编制),
 * category 1 (机关), division 440305 (南山区), organisation code 76756688-6,
 * GB 32100-2015 check character 5. A made-up but check-valid code.
 */
export const CREDIT_OFFICE_CODE = '114403057675668865';
export const BOOTSTRAP_ADMIN = 'admin';

export interface BootstrapResult {
  created: boolean;
  username: 'admin';
  /** Only when generated here: shown once, never stored in plain. */
  password?: string;
}

/** First start: the credit office and an `admin` account, unless some administrator already exists. */
export async function ensureBootstrapAdmin(deps: AccountsDeps, opts: { password?: string | undefined } = {}): Promise<BootstrapResult> {
  const { db, clock, audit, hasher } = deps;
  if (await anyAdminExists(db)) return { created: false, username: BOOTSTRAP_ADMIN };
  const generated = opts.password === undefined ? generatePassword(20) : undefined;
  const password = opts.password ?? (generated as string);
  // XINYONG_ADMIN_PASSWORD is checked by the configuration (12 characters or more); an operator's choice is not second-guessed here.
  const passwordHash = await hasher.hash(password);
  const at = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    let office = await findDepartmentWhere(trx, 'code', CREDIT_OFFICE_CODE);
    if (!office) {
      office = {
        id: newId(), code: CREDIT_OFFICE_CODE, name: '南山区社会信用体系建设领导小组办公室',
        nameEn: 'Nanshan District Social Credit System Construction Office', kind: 'credit_office', createdAt: at,
      } satisfies Department;
      await insertDepartment(trx, office);
      await audit.append(trx, systemActor, {
        action: 'department.create', targetType: 'department', targetId: office.id,
        details: { code: office.code, name: office.name, kind: office.kind },
      });
    }
    const user: PublicUser = {
      id: newId(), username: BOOTSTRAP_ADMIN, displayName: '系统管理员 / Administrator', role: 'admin',
      departmentId: office.id, subjectId: null, status: 'active', mustChangePassword: generated !== undefined,
      lockedUntil: null, createdAt: at, updatedAt: at,
    };
    await insertUser(trx, user, passwordHash);
    await audit.append(trx, systemActor, {
      action: 'user.create', targetType: 'user', targetId: user.id,
      details: { username: user.username, role: user.role, departmentId: office.id, bootstrap: true },
    });
  });
  return generated === undefined ? { created: true, username: BOOTSTRAP_ADMIN } : { created: true, username: BOOTSTRAP_ADMIN, password: generated };
}
