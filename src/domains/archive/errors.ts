import { DomainError, NotFoundError, ValidationError, type FieldError } from '../../kernel/errors.js';

// The archive domain's error codes (docs/errors.md, section "Archive").

export const purposeRequired = () =>
  new ValidationError('查询非公开信息须说明查询事由 / reading non-public data needs a stated purpose (2-200 characters)', [
    { field: 'purpose', code: 'PURPOSE_REQUIRED', message: '请填写查询事由（2-200 字）/ state a purpose of 2-200 characters' },
  ], 'PURPOSE_REQUIRED');

export const subjectNotFound = () => new NotFoundError('SUBJECT_NOT_FOUND', '未找到主体 / no such subject');

/** Anti-scraping cap: the public pages through at most the first 1,000 records of a subject. */
export const pageTooDeep = () =>
  new ValidationError('翻页过深 / pages beyond the first 1,000 records are not served', [
    { field: 'page', code: 'PAGE_TOO_DEEP', message: 'page × pageSize 不得超过 1000 / page × pageSize must not exceed 1000' },
  ], 'PAGE_TOO_DEEP');

/** Publicity is judged on today for the public: a past day would show records whose publicity has ended. */
export const archiveDateInPast = () =>
  new ValidationError('公众只能查看当日公示信息 / the public reads the archive as of today', [
    { field: 'at', code: 'ARCHIVE_DATE_IN_PAST', message: '日期不得早于今日 / the day may not lie before today' },
  ], 'ARCHIVE_DATE_IN_PAST');

export const subjectReferenceInvalid = () =>
  new ValidationError('须且只能指定 code 或 subjectId 之一 / give exactly one of code and subjectId', [
    { field: 'code', code: 'SUBJECT_REFERENCE_INVALID', message: '须且只能指定 code 或 subjectId 之一 / exactly one of code and subjectId' },
  ]);

/** One answer for a wrong, expired or used code and for a code of another subject: no oracle. */
export const activationCodeInvalid = () =>
  new DomainError('ACTIVATION_CODE_INVALID', 400, '激活码无效、已过期或已使用，或与主体代码不符 / the activation code is not valid for this subject');

export const grantNotFound = () => new NotFoundError('AUTHORISATION_NOT_FOUND', '未找到该授权 / no such authorisation');

export const grantInvalid = (errors: FieldError[]) => new ValidationError('授权不符合要求 / the authorisation does not hold', errors);
