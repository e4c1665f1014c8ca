import { ConflictError, DomainError, ForbiddenError, NotFoundError, ValidationError, type FieldError } from '../../kernel/errors.js';

// Every refusal of the objection procedure has its own stable code (docs/errors.md, "Objections").

export const objectionNotFound = (id: string) => new NotFoundError('OBJECTION_NOT_FOUND', `未找到异议 / no objection ${id}`);
export const recordNotObjectable = (id: string) =>
  new NotFoundError('OBJECTION_RECORD_NOT_FOUND', `未找到可提出异议的信用记录 / no record ${id} that can be objected to`);
export const queryCodeInvalid = () =>
  new DomainError('OBJECTION_QUERY_CODE_INVALID', 404, '案件编号或查询码不正确 / no case with this number and query code');
export const transitionInvalid = (status: string, action: string) =>
  new ConflictError('OBJECTION_TRANSITION_INVALID', `异议当前状态（${status}）不允许此操作（${action}） / a ${status} objection cannot take the action ${action}`);
export const roleForbidden = (action: string) =>
  new ForbiddenError(`无权对该异议执行此操作（${action}） / not allowed to take the action ${action} on this objection`, 'OBJECTION_ROLE_FORBIDDEN');
export const objectorDetailsRequired = (errors: FieldError[]) =>
  new ValidationError('无账号提出异议须填写姓名和联系方式 / without an account, give a name and a contact', errors, 'OBJECTION_OBJECTOR_REQUIRED');
export const attachmentInvalid = (errors: FieldError[]) =>
  new ValidationError('附件不符合要求 / an attachment was refused', errors, 'OBJECTION_ATTACHMENT_INVALID');
export const correctionInvalid = (errors: FieldError[]) =>
  new ValidationError('更正后的记录未通过校验 / the corrected record did not pass validation', errors, 'OBJECTION_CORRECTION_INVALID');
export const correctionUnchanged = () =>
  new ConflictError('OBJECTION_CORRECTION_UNCHANGED', '更正内容与现有记录相同 / the correction changes nothing');
export const correctionKeyChanged = () =>
  new ConflictError('OBJECTION_CORRECTION_KEY_CHANGED', '更正不能改变决定书文号（自然键）；如需撤销原记录请选择“撤回记录” / a correction cannot change the document number (the natural key); withdraw the record instead');
export const recordNotActive = () =>
  new ConflictError('OBJECTION_RECORD_WITHDRAWN', '该记录已撤回，不能更正 / the record is withdrawn and cannot be corrected');
export const concurrentWrite = () =>
  new ConflictError('OBJECTION_CONCURRENT_WRITE', '异议刚被他人办理，请刷新后重试 / the objection changed meanwhile; reload and retry');
export const idempotencyKeyReused = () =>
  new ConflictError('OBJECTION_IDEMPOTENCY_KEY_REUSED', '该幂等键已用于另一异议 / this Idempotency-Key was used for another objection');
export const objectionInputInvalid = (errors: FieldError[]) => new ValidationError('异议数据有误 / invalid objection input', errors);
