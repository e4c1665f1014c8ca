import { ConflictError, NotFoundError, ValidationError, type FieldError } from '../../kernel/errors.js';

// Stable codes of complaints (docs/errors.md, "Complaints").

/** Unknown case number and wrong query code answer the same, so the code cannot be guessed case by case. */
export const complaintNotFound = () => new NotFoundError('COMPLAINT_NOT_FOUND', '未找到该投诉举报，请核对受理编号和查询码 / no such complaint (check the case number and query code)');
export const attachmentNotFound = () => new NotFoundError('COMPLAINT_ATTACHMENT_NOT_FOUND', '未找到该附件 / no such attachment');
export const complaintInputInvalid = (errors: FieldError[]) => new ValidationError('投诉举报数据有误 / invalid complaint input', errors);
export const complaintSubjectUnknown = () => complaintInputInvalid([{ field: 'subjectCode', code: 'COMPLAINT_SUBJECT_UNKNOWN', message: '平台没有该代码的主体 / no subject with this code' }]);
export const complaintAgencyUnknown = () => complaintInputInvalid([{ field: 'agency', code: 'COMPLAINT_AGENCY_UNKNOWN', message: '没有该备案信用服务机构 / no registered agency with this id or USCC' }]);
export const attachmentInvalid = (index: number, message: string) =>
  complaintInputInvalid([{ field: `attachments.${index}`, code: 'COMPLAINT_ATTACHMENT_INVALID', message }]);
export const departmentRequired = () =>
  complaintInputInvalid([{ field: 'departmentId', code: 'COMPLAINT_DEPARTMENT_REQUIRED', message: '无法自动确定承办部门，请指定 / no department could be suggested; choose one' }]);
export const departmentUnknown = () =>
  complaintInputInvalid([{ field: 'departmentId', code: 'COMPLAINT_DEPARTMENT_UNKNOWN', message: '没有该部门 / no such department' }]);

export const complaintClosed = (status: string) =>
  new ConflictError('COMPLAINT_CLOSED', `该投诉举报已${status === 'concluded' ? '办结' : '不予受理'}，不能再办理 / the complaint is ${status}; no further steps`);
export const complaintNotAssigned = () => new ConflictError('COMPLAINT_NOT_ASSIGNED', '尚未分派承办部门 / no department has been assigned yet');
export const complaintNotStarted = () => new ConflictError('COMPLAINT_NOT_STARTED', '承办部门尚未受理 / the department has not accepted it yet');
export const complaintAlreadyStarted = () =>
  new ConflictError('COMPLAINT_ALREADY_STARTED', '承办部门已受理，应以“查证不属实”等结论办结 / the department has accepted it; conclude it with an outcome instead');
export const complaintAlreadyAssigned = () => new ConflictError('COMPLAINT_ALREADY_ASSIGNED', '已分派给该部门 / it is assigned to this department already');
export const complaintConcurrentWrite = () => new ConflictError('COMPLAINT_CONCURRENT_WRITE', '该投诉举报刚被他人办理，请刷新后重试 / the complaint changed meanwhile; reload and retry');
