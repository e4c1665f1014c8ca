import { ConflictError, NotFoundError, ValidationError, type FieldError } from '../../kernel/errors.js';

// Stable codes of credit repair (docs/errors.md, "Credit repair").

export const repairNotFound = (id: string) => new NotFoundError('REPAIR_NOT_FOUND', `未找到信用修复申请 / no repair application ${id}`);
export const repairRecordNotFound = (id: string) => new NotFoundError('REPAIR_RECORD_NOT_FOUND', `未找到该信用记录 / no record ${id}`);
export const repairNotEligible = (why: string, opensOn: string | null) =>
  new ConflictError('REPAIR_NOT_ELIGIBLE', opensOn
    ? `该记录自 ${opensOn} 起方可申请信用修复 / repair may be applied for from ${opensOn}`
    : `该记录不能申请信用修复（${why}） / the record cannot be repaired (${why})`);
export const repairAlreadyOpen = () =>
  new ConflictError('REPAIR_ALREADY_OPEN', '该记录已有办理中的信用修复申请 / the record already has an open repair application');
export const repairTransitionInvalid = (status: string, step: string) =>
  new ConflictError('REPAIR_TRANSITION_INVALID', `申请当前状态（${status}）不允许此操作（${step}） / a ${status} application cannot take the step ${step}`);
export const repairConcurrentWrite = () =>
  new ConflictError('REPAIR_CONCURRENT_WRITE', '申请刚被他人处理，请刷新后重试 / the application changed meanwhile; reload and retry');
export const repairIdempotencyKeyReused = () =>
  new ConflictError('REPAIR_IDEMPOTENCY_KEY_REUSED', '该幂等键已用于另一操作 / this Idempotency-Key was used for another request');
export const repairReasonRequired = () =>
  new ValidationError('须说明理由 / a reason is required', [{ field: 'reason', code: 'REPAIR_REASON_REQUIRED', message: '不予受理或不予修复须说明理由 / refusing or rejecting needs a reason' }]);
export const repairAttachmentInvalid = (errors: FieldError[]) => new ValidationError('证明材料不符合要求 / the proof files are not acceptable', errors);
