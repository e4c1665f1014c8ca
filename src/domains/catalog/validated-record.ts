import type { SubjectType } from '../subjects/index.js';
import type { Disclosure, Severity } from './definition.js';

/** A field's stored value: text, ISO date, integer (fen, counts, scores), list for multi-enums. */
export type FieldValue = string | number | boolean | string[] | null;

/**
 * One row that passed every check of its record type: the hand-off from the
 * catalogue's validator to the records store. Everything the store needs is
 * here already normalised; the store adds subject, department and provenance.
 */
export interface ValidatedRecord {
  typeCode: string;
  typeVersion: number;
  /**
   * By field key; only declared fields; empty cells are absent. Dates are
   * YYYY-MM-DD, amounts integer fen, multi-enums string[]. ID numbers
   * (id_number fields, a resident ID in a subject_code field) are masked here
   * (first 4 + last 4); the subject's full number is only in subject.idNumber.
   */
  fields: Record<string, FieldValue>;
  subject: {
    name: string;
    type: SubjectType;
    /** normalised USCC, when the row has one */
    code: string | null;
    /** normalised 18-digit resident ID number, for persons */
    idNumber: string | null;
    legalRep: string | null;
  };
  docNo: string;
  /** ratings: the period; otherwise null */
  period: string | null;
  decisionDate: string;
  validUntil: string | null;
  /** as the row names it (数据来源单位 / 统一社会信用代码) */
  sourceDept: { name: string | null; code: string | null };
  severity: Severity | null;
  disclosure: Disclosure;
  /** YYYY-MM-DD, or null when the record is not published at all; 2099-12-31 = indefinite */
  publicityEnd: string | null;
}
