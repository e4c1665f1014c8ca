import { DomainError, ForbiddenError, UnauthenticatedError, ValidationError, type FieldError } from '../../kernel/errors.js';

/**
 * The accounts domain's error codes (docs/errors-accounts.md). One message for
 * an unknown user and a wrong password, so the answer never says which.
 */
export const invalidCredentials = () =>
  new UnauthenticatedError('用户名或密码错误 / invalid username or password', 'INVALID_CREDENTIALS');

/** 401 rather than 423: it is still a failed sign-in, and unknown names lock the same way. */
export const accountLocked = (lockedUntil: string) =>
  new DomainError('ACCOUNT_LOCKED', 401, '连续登录失败次数过多，账号已临时锁定 / too many failed sign-ins, account temporarily locked', {
    extra: { lockedUntil },
  });

export const accountDisabled = () => new UnauthenticatedError('账号已停用 / account disabled', 'ACCOUNT_DISABLED');

export const invalidApiKey = () => new UnauthenticatedError('API 密钥无效 / invalid API key', 'INVALID_API_KEY');

export const apiKeyRevoked = () => new UnauthenticatedError('API 密钥已吊销 / API key revoked', 'API_KEY_REVOKED');

export const invalidAuthorization = () =>
  new UnauthenticatedError('Authorization 头应为 "Bearer KEY" / Authorization must be "Bearer KEY"', 'INVALID_AUTHORIZATION');

export const csrfTokenInvalid = () =>
  new ForbiddenError('缺少或错误的 CSRF 令牌 / missing or wrong CSRF token', 'CSRF_TOKEN_INVALID');

export const passwordChangeRequired = () =>
  new ForbiddenError('请先修改初始密码 / change your initial password first', 'PASSWORD_CHANGE_REQUIRED');

export const fieldErrors = (errors: FieldError[], code = 'VALIDATION_FAILED') =>
  new ValidationError('请求数据不符合要求 / request does not match the rules', errors, code);

export const fieldError = (field: string, code: string, message: string) => fieldErrors([{ field, code, message }]);
