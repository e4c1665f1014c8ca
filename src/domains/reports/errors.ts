import { DomainError, NotFoundError, ValidationError, type FieldError } from '../../kernel/errors.js';

// Every refusal of the reports domain has its own stable code (docs/errors.md, "Credit reports").

export const reportNotFound = () => new NotFoundError('REPORT_NOT_FOUND', '未找到该报告，或验证码不符 / no report with this number and verification code');
export const reportFullNotAllowed = () =>
  new DomainError('REPORT_FULL_NOT_ALLOWED', 403, '完整版信用报告仅限主体本身或经其授权的查询方 / a full report is for the subject itself or a party it authorised');
export const reportInputInvalid = (errors: FieldError[]) => new ValidationError('报告请求有误 / invalid report request', errors);
