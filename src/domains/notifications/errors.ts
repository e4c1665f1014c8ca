import { NotFoundError, ValidationError, type FieldError } from '../../kernel/errors.js';

// Stable codes of the notifications domain (docs/errors.md, "Notifications").

export const notificationNotFound = (id: string) => new NotFoundError('NOTIFICATION_NOT_FOUND', `未找到该通知 / no notification ${id}`);
export const notificationInvalid = (errors: FieldError[]) =>
  new ValidationError('通知内容有误 / invalid notification', errors, 'NOTIFICATION_INVALID');
export const notificationContactInvalid = () =>
  new ValidationError('联系方式须为电子邮箱或手机号码 / the contact must be an email address or a mobile number', [
    { field: 'recipient.contact', code: 'NOTIFICATION_CONTACT_INVALID', message: 'not an email address or a mobile number' },
  ], 'NOTIFICATION_INVALID');
