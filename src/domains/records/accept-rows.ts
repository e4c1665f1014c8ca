import type { FieldError } from '../../kernel/errors.js';
import { normalizeCode } from '../identifiers/index.js';
import type { ValidatedRecord } from '../catalog/index.js';
import type { CatalogType } from './catalog-port.js';
import { canonicalizerFor, contentHash } from './content.js';
import { naturalKey } from './natural-key.js';
import type { Candidate } from './plan-chunk.js';
import type { IngestChunkInput } from './schema.js';

/** A row that passed every check, with its natural key, stored content and content hash. */
export interface Accepted extends Candidate {
  /** index into the chunk's rows */
  index: number;
  record: ValidatedRecord;
  content: string;
}

export interface Acceptance {
  accepted: Accepted[];
  /** errors by index into the chunk's rows */
  rejected: Map<number, FieldError[]>;
}

/**
 * The catalogue's validation, then the checks the store adds: the row's stated
 * source department must be the submitting one (a provider never writes as
 * another department), the record type must apply to the subject's type, and
 * the subject must carry an identifier it can be matched by.
 */
export function acceptRows(type: CatalogType, input: IngestChunkInput, today: string): Acceptance {
  const { definition: def } = type;
  const roles = def.roles;
  const ownCode = normalizeCode(input.sourceDepartment.code);
  const canonical = canonicalizerFor(def.fields.map((f) => f.key));
  const out: Acceptance = { accepted: [], rejected: new Map() };
  input.rows.forEach(({ row, raw }, index) => {
    const checked = type.validate(raw, { today });
    if (!checked.ok) {
      out.rejected.set(index, checked.errors.map((e) => ({ ...e, row })));
      return;
    }
    const record = checked.record;
    const errors: FieldError[] = [];
    if (record.sourceDept.code !== null && normalizeCode(record.sourceDept.code) !== ownCode) {
      errors.push({
        row, field: roles.sourceDeptCode ?? 'sourceDeptCode', code: 'SOURCE_DEPARTMENT_MISMATCH',
        message: `数据来源单位代码 ${record.sourceDept.code} 不是报送部门 ${ownCode} / the row names another source department`,
      });
    }
    if (!def.subjectTypes.includes(record.subject.type)) {
      errors.push({
        row, field: roles.subjectCategory ?? roles.subjectName, code: 'SUBJECT_TYPE_NOT_APPLICABLE',
        message: `${def.name}不适用于此类主体 / ${def.code} does not apply to subjects of type ${record.subject.type}`,
      });
    }
    if (record.subject.code === null && record.subject.idNumber === null) {
      errors.push({
        row, field: roles.subjectCode ?? roles.subjectIdNumber ?? roles.subjectName, code: 'SUBJECT_IDENTIFIER_REQUIRED',
        message: '主体须有统一社会信用代码或身份证号码 / the subject needs a USCC or a resident ID number',
      });
    }
    if (errors.length > 0) {
      out.rejected.set(index, errors);
      return;
    }
    const content = canonical(record.fields);
    const key = naturalKey({ sourceDepartmentId: input.sourceDepartment.id, typeCode: type.code, docNo: record.docNo, period: record.period });
    out.accepted.push({ index, record, content, key, hash: contentHash(content) });
  });
  return out;
}
