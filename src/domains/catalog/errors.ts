import { DomainError } from '../../kernel/errors.js';

/**
 * SPEC §3: nothing enters a credit archive unless its record type is in the
 * catalogue. 404 when the type is the resource asked for (GET /catalog/{code});
 * other domains refusing a record of an unknown type in a request body pass 400.
 */
export function recordTypeUnknown(code: string, status: 400 | 404 = 404, version?: number): DomainError {
  const which = version === undefined ? code : `${code} v${version}`;
  return new DomainError('RECORD_TYPE_UNKNOWN', status, `信用信息目录中没有此类型 / no record type ${which} in the catalogue`);
}

/** The catalogue entry's code (in the body) must be the one the path names. */
export function recordTypeCodeMismatch(pathCode: string, bodyCode: string): DomainError {
  return new DomainError('RECORD_TYPE_CODE_MISMATCH', 400, `请求体中的类型代码 ${bodyCode} 与路径中的 ${pathCode} 不一致 / body code ${bodyCode} differs from path code ${pathCode}`, {
    errors: [{ field: 'code', code: 'RECORD_TYPE_CODE_MISMATCH', message: `应为 ${pathCode} / must be ${pathCode}` }],
  });
}
