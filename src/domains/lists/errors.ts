import { ConflictError, NotFoundError, ValidationError, type FieldError } from '../../kernel/errors.js';

// Every refusal of the listing procedure has its own stable code (docs/errors.md, "Lists").

export const listTypeNotFound = (code: string) => new NotFoundError('LIST_TYPE_NOT_FOUND', `没有该名单 / no list type ${code}`);
export const entryNotFound = (id: string) => new NotFoundError('LIST_ENTRY_NOT_FOUND', `未找到名单条目 / no list entry ${id}`);
export const objectionNotFound = (id: string) => new NotFoundError('LIST_OBJECTION_NOT_FOUND', `未找到该异议 / no objection ${id} on this entry`);

export const listTypeUpstream = (code: string) =>
  new ConflictError('LIST_TYPE_UPSTREAM', `${code} 由上游机关认定，经数据归集进入平台，不能由信用工作机构列入 / ${code} is kept by an upstream authority and arrives through ingestion; the office cannot list subjects on it`);
export const entryDuplicate = () =>
  new ConflictError('LIST_ENTRY_DUPLICATE', '该主体在此名单上已有未结束的条目 / the subject already has an open entry on this list');
export const noticeRequired = () =>
  new ConflictError('LIST_NOTICE_REQUIRED', '作出列入决定前须先告知当事人 / the subject must be notified before the decision');
export const objectionWindowOpen = (deadline: string) =>
  new ConflictError('LIST_OBJECTION_WINDOW_OPEN', `异议期至 ${deadline} 届满，届满前不能作出决定 / the objection window runs until ${deadline}; no decision before it closes`);
export const objectionUnanswered = (count: number) =>
  new ConflictError('LIST_OBJECTION_UNANSWERED', `有 ${count} 项异议尚未答复 / ${count} objection(s) still need an answer`);
export const objectionWindowClosed = () =>
  new ConflictError('LIST_OBJECTION_WINDOW_CLOSED', '异议期未开始或已届满 / the objection window is not open');
export const objectionAlreadyAnswered = () =>
  new ConflictError('LIST_OBJECTION_ALREADY_ANSWERED', '该异议已答复 / the objection has been answered already');
export const entryNotInEffect = () =>
  new ConflictError('LIST_ENTRY_NOT_IN_EFFECT', '该条目未生效或已结束 / the entry is not in effect');
export const entryStateInvalid = (status: string, step: string) =>
  new ConflictError('LIST_ENTRY_STATE_INVALID', `条目当前状态（${status}）不允许此操作（${step}） / a ${status} entry cannot take the step ${step}`);
export const entryConcurrentWrite = () =>
  new ConflictError('LIST_ENTRY_CONCURRENT_WRITE', '条目刚被他人修改，请刷新后重试 / the entry changed meanwhile; reload and retry');
export const idempotencyKeyReused = () =>
  new ConflictError('LIST_IDEMPOTENCY_KEY_REUSED', '该幂等键已用于另一操作 / this Idempotency-Key was used for another request');

export const listInputInvalid = (errors: FieldError[]) => new ValidationError('名单操作数据有误 / invalid list entry input', errors);
