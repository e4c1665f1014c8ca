import { ConflictError, NotFoundError, ValidationError, type FieldError } from '../../kernel/errors.js';

// Stable codes of the agency registry (docs/errors.md, "Credit service agencies").

export const agencyNotFound = (ref: string) => new NotFoundError('AGENCY_NOT_FOUND', `未找到该信用服务机构 / no agency ${ref}`);
export const agencyStaffNotFound = (id: string) => new NotFoundError('AGENCY_STAFF_NOT_FOUND', `未找到该从业人员 / no staff member ${id}`);
export const agencyDuplicate = () =>
  new ConflictError('AGENCY_DUPLICATE', '该统一社会信用代码或备案编号已登记 / an agency with this USCC or filing number is registered already');
export const agencyStatusInvalid = (from: string, to: string) =>
  new ConflictError('AGENCY_STATUS_INVALID', `备案状态不能从“${from}”变为“${to}” / a ${from} filing cannot become ${to}`);
export const agencyInputInvalid = (errors: FieldError[]) => new ValidationError('信用服务机构数据有误 / invalid agency input', errors);
export const agencyUsccInvalid = (message: string) =>
  agencyInputInvalid([{ field: 'uscc', code: 'AGENCY_USCC_INVALID', message }]);
