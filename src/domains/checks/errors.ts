import { ConflictError, ForbiddenError, NotFoundError, ValidationError, type FieldError } from '../../kernel/errors.js';

/** The stable error codes of measures and checks (docs/errors.md, "Measures and checks"). */
export const receiptNotFound = (id: string) => new NotFoundError('RECEIPT_NOT_FOUND', `未找到核查回执 / no check receipt ${id}`);

export const measureNotFound = (code: string) => new NotFoundError('MEASURE_NOT_FOUND', `未找到措施 ${code} / no measure ${code}`);

export const measureExists = (code: string) => new ConflictError('MEASURE_EXISTS', `措施 ${code} 已存在 / measure ${code} already exists`);

export const measureVersionConflict = (code: string, version: number) =>
  new ConflictError('MEASURE_VERSION_CONFLICT', `${code} 第${version}版已由他人发布 / version ${version} of ${code} was published concurrently`);

export const measureCodeMismatch = (path: string, body: string) =>
  new ValidationError('路径与请求体中的措施代码不一致 / the measure code in the path and the body differ',
    [{ field: 'body.code', code: 'MEASURE_CODE_MISMATCH', message: `应为 ${path} / expected ${path}, got ${body}` }]);

export const measureInvalid = (errors: FieldError[]) => new ValidationError('措施定义有误 / measure definition invalid', errors, 'MEASURE_INVALID');

export const subjectNotFound = (ref: string) => new NotFoundError('SUBJECT_NOT_FOUND', `未找到主体 / no subject ${ref}`);

export const subjectAmbiguous = () =>
  new ConflictError('SUBJECT_AMBIGUOUS', '名称对应多个主体，请以统一社会信用代码核查 / the name matches several subjects: check by code');

export const personCheckForbidden = () =>
  new ForbiddenError('只有政府用户和核查接入系统可核查自然人 / only government users and consumer systems may check persons', 'CHECK_PERSON_FORBIDDEN');

export const feedbackForbidden = () =>
  new ForbiddenError('只有发起核查的一方可以反馈 / only the caller who made the check may report back', 'CHECK_FEEDBACK_FORBIDDEN');

export const feedbackInvalid = (errors: FieldError[]) => new ValidationError('反馈内容有误 / feedback invalid', errors);

export const checkInvalid = (errors: FieldError[]) => new ValidationError('核查请求有误 / check request invalid', errors);
