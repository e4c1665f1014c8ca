import { ConflictError, NotFoundError, ValidationError, type FieldError } from '../../kernel/errors.js';

// Statistics, assessment and plan tracking refusals (docs/errors.md, "Statistics").

export const statsPeriodInvalid = (errors: FieldError[]) => new ValidationError('统计期间有误 / invalid period', errors, 'STATS_PERIOD_INVALID');
export const planTaskNotFound = (code: string) => new NotFoundError('PLAN_TASK_NOT_FOUND', `没有该规划任务 / no plan task ${code}`);
export const planIndicatorNotFound = (code: string) => new NotFoundError('PLAN_INDICATOR_NOT_FOUND', `没有该指标 / no plan indicator ${code}`);
export const planTaskStale = () => new ConflictError('PLAN_TASK_STALE', '任务已被他人修改，请刷新后重试 / the task changed meanwhile; reload and retry');
