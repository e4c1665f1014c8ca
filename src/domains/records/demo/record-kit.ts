// What every demo record builder shares: the subject as the registry holds it,
// the context a builder draws from, and the small text helpers (dates in
// Chinese, amounts in 元 and 万元, the 双公示 party block).
import { addDays, fromDayNumber, toDayNumber } from '../../../kernel/calendar/index.js';
import type { SubjectStatus, SubjectType } from '../../subjects/index.js';
import type { Random } from '../../subjects/demo/index.js';
import { DEMO_DEPARTMENTS, type DemoDepartmentKey } from './demo-departments.js';

/** A demo subject as read back from the registry (persons with their full ID number, which only the generator holds). */
export interface DemoRecordSubject {
  type: SubjectType;
  code: string | null;
  idNumber: string | null;
  name: string;
  legalRep: string | null;
  /** GB/T 4754 section */
  industry: string | null;
  status: SubjectStatus;
  establishedOn: string | null;
  address: string | null;
}

/** One generated row: the record type, the department that reports it, and the raw fields as the API would take them. */
export interface DemoRecord {
  typeCode: string;
  department: DemoDepartmentKey;
  raw: Record<string, unknown>;
}

/** What a builder draws on for one record. */
export interface RecordContext {
  subject: DemoRecordSubject;
  random: Random;
  /** the record's decision date, drawn in [from, anchor] */
  date: string;
  /** the first day the subject's records may fall on (four years back, or its establishment) */
  from: string;
  /** the last day any date may fall on: the day the demo set was registered */
  anchor: string;
  /** the next number of a document series (per series, in the order subjects are generated) */
  serial(series: string): number;
}

export type RecordBuilder = (c: RecordContext) => DemoRecord | null;

/** A document number `${prefix}〔${year}〕${n}号` of the prefix's series for the year of `date`. */
export function docNo(c: RecordContext, prefix: string, date = c.date): string {
  const year = date.slice(0, 4);
  return `${prefix}〔${year}〕${c.serial(`${prefix}|${year}`)}号`;
}

/** 2024-03-05 → 2024年3月5日 */
export function cnDate(date: string): string {
  return `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/** A day uniformly drawn in [from, to] (both YYYY-MM-DD, from ≤ to). */
export function dayBetween(random: Random, from: string, to: string): string {
  return fromDayNumber(random.int(toDayNumber(from), toDayNumber(to)));
}

/** The later of two dates. */
export const later = (a: string, b: string): string => (a > b ? a : b);
/** The earlier of two dates. */
export const earlier = (a: string, b: string): string => (a < b ? a : b);

/** A day some days before `date`, not before `from`: when an inspection found what a decision punishes. */
export function daysBefore(c: RecordContext, min: number, max: number): string {
  return later(addDays(c.date, -c.random.int(min, max)), c.from);
}

/** An amount of 元 drawn in [min, max] in steps of `step`. */
export function yuanBetween(random: Random, [min, max]: readonly [number, number], step = 100): number {
  return Math.round(random.int(Math.ceil(min / step), Math.floor(max / step)) * step);
}

/** Integer 元 as the 万元 decimal text the 双公示 format takes (exact: 12,500 → "1.25"). */
export function wan(yuan: number): string {
  const whole = Math.floor(yuan / 10_000);
  const rest = yuan % 10_000;
  return rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(4, '0').replace(/0+$/, '')}`;
}

/** 50,000 → 5万元, 3,500 → 3500元: how a decision writes an amount. */
export function yuanText(yuan: number): string {
  return yuan >= 10_000 && yuan % 10_000 === 0 ? `${yuan / 10_000}万元` : `${yuan}元`;
}

/** The authority and source columns most types share: the department decides and reports. */
export function authorityOf(department: DemoDepartmentKey, keys: { name?: string; code?: string } = {}) {
  const d = DEMO_DEPARTMENTS[department];
  return {
    [keys.name ?? 'authority']: d.name, [keys.code ?? 'authorityCode']: d.code,
    sourceDept: d.name, sourceDeptCode: d.code,
  };
}

/**
 * The 行政相对人 block of the 双公示 formats (SPEC §3.1): 自然人 with ID type and
 * number, 个体工商户 or 法人及非法人组织 with USCC and legal representative. Null
 * when the subject lacks what its category requires.
 */
export function shuanggongshiParty(s: DemoRecordSubject): Record<string, unknown> | null {
  if (s.type === 'person') return s.idNumber ? { subjectName: s.name, subjectCategory: '自然人', idType: '身份证', idNumber: s.idNumber } : null;
  if (!s.code) return null;
  if (s.type === 'individual_business') return { subjectName: s.name, subjectCategory: '个体工商户', subjectCode: s.code, ...(s.legalRep && { legalRep: s.legalRep }) };
  return s.legalRep ? { subjectName: s.name, subjectCategory: '法人及非法人组织', subjectCode: s.code, legalRep: s.legalRep } : null;
}

/** The subject block of the other types: name, code (USCC, or for `subject_code` types also an ID number), legal representative. */
export function party(s: DemoRecordSubject, opts: { personCode?: boolean; legalRep?: boolean } = {}): Record<string, unknown> | null {
  const code = s.type === 'person' ? (opts.personCode ? s.idNumber : null) : s.code;
  if (!code) return null;
  return { subjectName: s.name, subjectCode: code, ...(opts.legalRep !== false && s.legalRep && { legalRep: s.legalRep }) };
}

/** Subject predicates the builders use to say whom a kind of record fits. */
export const isMarket = (s: DemoRecordSubject) => s.type === 'enterprise' || s.type === 'individual_business';
export const inSections = (s: DemoRecordSubject, sections: string) => s.industry !== null && sections.includes(s.industry);
