import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';

/** Persons have no public profile: to anyone who may not see them they do not exist. */
export const subjectNotFound = (code: string) => new NotFoundError('SUBJECT_NOT_FOUND', `未找到主体 / no subject with code ${code}`);

export const followLimitReached = (max: number) =>
  new ConflictError('FOLLOW_LIMIT_REACHED', `关注的主体已达上限 ${max} 个 / you follow ${max} subjects already, the most allowed`);

export const followNotFound = (code: string) => new NotFoundError('FOLLOW_NOT_FOUND', `未关注该主体 / you do not follow ${code}`);

export const noticeNotFound = () => new NotFoundError('NOTIFICATION_NOT_FOUND', '未找到该通知 / no such notification');

export const webhookNotFound = () => new NotFoundError('WEBHOOK_NOT_FOUND', '未找到该回调地址 / no such webhook');

export const webhookLimitReached = (max: number) =>
  new ConflictError('WEBHOOK_LIMIT_REACHED', `回调地址已达上限 ${max} 个 / at most ${max} webhooks per follower`);

/** A webhook URL that is not http(s), carries credentials, or (where private targets are refused) names a private address. */
export const webhookUrlInvalid = (code: 'WEBHOOK_URL_INVALID' | 'WEBHOOK_URL_PRIVATE', message: string) =>
  new ValidationError('回调地址无效 / invalid webhook URL', [{ field: 'url', code, message }]);
