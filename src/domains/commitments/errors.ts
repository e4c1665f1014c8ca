import { ConflictError, NotFoundError, ValidationError, type FieldError } from '../../kernel/errors.js';

// Stable codes of the commitments domain (docs/errors.md, "Credit commitments").

export const commitmentNotFound = (id: string) => new NotFoundError('COMMITMENT_NOT_FOUND', `未找到信用承诺 / no commitment ${id}`);
export const commitmentTransitionInvalid = (status: string, step: string) =>
  new ConflictError('COMMITMENT_TRANSITION_INVALID', `承诺当前状态（${status}）不允许此操作（${step}） / a ${status} commitment cannot be ${step}`);
export const commitmentConcurrentWrite = () =>
  new ConflictError('COMMITMENT_CONCURRENT_WRITE', '承诺刚被他人修改，请刷新后重试 / the commitment changed meanwhile; reload and retry');
export const commitmentBreachDepartmentRequired = () =>
  new ConflictError('COMMITMENT_BREACH_DEPARTMENT_REQUIRED', '记录违诺须以所在部门报送信用记录 / recording a breach needs a department to submit the record under');
export const commitmentBreachNotStored = (errors: FieldError[]) =>
  new ValidationError('违诺记录未能入库 / the breach record was refused by the catalogue', errors, 'COMMITMENT_BREACH_RECORD_REJECTED');
export const commitmentSubjectRequired = () =>
  new ValidationError('须指明承诺主体 / the subject is required', [{ field: 'subjectId', code: 'COMMITMENT_SUBJECT_REQUIRED', message: '承诺主体必填 / the subject is required' }]);
