import { normalizeCode, parseOrgCode, parseResidentId, parseUscc, type UsccOptions } from '../identifiers/index.js';
import type { IdentifierResult } from '../identifiers/index.js';
import { ValidationError, type FieldError } from '../../kernel/errors.js';
import type { SubjectInput } from './schema.js';

function failuresOf(field: string, result: IdentifierResult): FieldError[] {
  return result.valid ? [] : result.failures.map((f) => ({ field, code: f.code, message: `${f.message} / ${f.messageEn}` }));
}

export interface CheckedIdentifiers {
  code: string | null;
  idNumber: string | null;
  aliases: { scheme: string; value: string }[];
}

/**
 * Identifier rules at the registry's edge (SPEC §2): organisations carry a
 * valid USCC, persons a valid resident ID number; aliases are normalised and
 * an organisation-code alias must pass GB 11714. All problems reported at once.
 */
export function checkIdentifiers(input: SubjectInput, today: string, uscc: UsccOptions = {}): CheckedIdentifiers {
  const errors: FieldError[] = [];
  let code: string | null = null;
  let idNumber: string | null = null;
  if (input.type === 'person') {
    if (input.code) errors.push({ field: 'code', code: 'CODE_NOT_FOR_PERSON', message: '自然人没有统一社会信用代码 / persons have no USCC' });
    if (!input.idNumber) errors.push({ field: 'idNumber', code: 'ID_NUMBER_REQUIRED', message: '自然人须提供身份证号码 / ID number required for persons' });
    else {
      const r = parseResidentId(input.idNumber, { today });
      errors.push(...failuresOf('idNumber', r));
      if (r.valid) idNumber = r.normalized;
    }
  } else {
    if (input.idNumber) errors.push({ field: 'idNumber', code: 'ID_NUMBER_NOT_FOR_ORGANISATION', message: '组织不登记身份证号码 / organisations have no ID number' });
    if (!input.code) errors.push({ field: 'code', code: 'CODE_REQUIRED', message: '须提供统一社会信用代码 / USCC required' });
    else {
      const r = parseUscc(input.code, uscc);
      errors.push(...failuresOf('code', r));
      if (r.valid) code = r.normalized;
    }
  }
  // Aliases are kept compact (no hyphen), the form search looks them up by.
  const aliases = (input.aliases ?? []).map((a, i) => {
    const value = normalizeCode(a.value).replace(/-/g, '');
    if (a.scheme === 'org_code') errors.push(...failuresOf(`aliases.${i}.value`, parseOrgCode(value)));
    return { scheme: a.scheme, value };
  });
  if (errors.length > 0) throw new ValidationError('标识符校验未通过 / identifier checks failed', errors, 'INVALID_IDENTIFIER');
  return { code, idNumber, aliases };
}
