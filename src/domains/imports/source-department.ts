import type { Actor } from '../../kernel/actor.js';
import { ValidationError } from '../../kernel/errors.js';
import type { AccountsService } from '../accounts/index.js';
import type { CatalogService } from '../catalog/index.js';
import { parseUscc } from '../identifiers/index.js';
import { sourceNameError } from './errors.js';
import type { DeclaredEncoding } from './readers/detect-encoding.js';
import { sourceNameIn } from './source-name.js';

export interface SourceDepartmentRequest {
  /** --source: the department's USCC */
  code: string;
  /** --source-name */
  name?: string;
  /** the file, whose 数据来源单位 names a new department */
  path: string;
  typeCode: string;
  encoding?: DeclaredEncoding;
  /** a dry run registers nothing: an unknown department gets a stand-in id */
  dryRun?: boolean;
}

/**
 * SPEC §13: the CLI, as local administrator, imports for a department given
 * by its USCC and registers it when it is new, named by --source-name or the
 * file's own 数据来源单位 (SOURCE_NAME_REQUIRED when neither gives a name).
 */
export async function ensureSourceDepartment(
  deps: { accounts: Pick<AccountsService, 'findDepartmentByCode' | 'createDepartment'>; catalog: Pick<CatalogService, 'current'> },
  actor: Actor,
  req: SourceDepartmentRequest,
): Promise<{ id: string; code: string; name: string; registered: boolean }> {
  const uscc = parseUscc(req.code);
  if (!uscc.valid) {
    throw new ValidationError('来源部门代码（--source）不是有效的统一社会信用代码 / the source department code (--source) is not a valid USCC',
      uscc.failures.map((f) => ({ field: 'source', code: f.code, message: `${f.message} / ${f.messageEn}` })), 'INVALID_IDENTIFIER');
  }
  const found = await deps.accounts.findDepartmentByCode(uscc.normalized);
  if (found) return { ...found, registered: false };
  const name = req.name?.trim() || (await sourceNameIn(deps.catalog, req.path, req.typeCode, { fileName: req.path, encoding: req.encoding, departmentCode: uscc.normalized }));
  if (!name) throw sourceNameError();
  if (req.dryRun) return { id: `dry-run:${uscc.normalized}`, code: uscc.normalized, name, registered: false };
  const created = await deps.accounts.createDepartment(actor, { code: uscc.normalized, name, kind: 'government' });
  return { ...created, registered: true };
}
