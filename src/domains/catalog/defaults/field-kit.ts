import type { z } from 'zod';
import type { FieldType, fieldDefinitionSchema, recordTypeDefinitionSchema } from '../definition.js';

// Small builders that keep the default catalogue readable as data. Every
// definition they produce still goes through recordTypeDefinitionSchema.

export type FieldInput = z.input<typeof fieldDefinitionSchema>;
export type TypeInput = z.input<typeof recordTypeDefinitionSchema>;
type Extra = Omit<FieldInput, 'key' | 'code' | 'label' | 'labelEn' | 'type'>;

/** A field of a national format, its code first (CF_WSH …), as the standards list them. */
export function coded(code: string, key: string, label: string, labelEn: string, type: FieldType, extra: Extra = {}): FieldInput {
  return { key, code, label, labelEn, type, ...extra };
}

/** A field without a national code. */
export function field(key: string, label: string, labelEn: string, type: FieldType, extra: Extra = {}): FieldInput {
  return { key, label, labelEn, type, ...extra };
}

export const REQUIRED = { required: true } as const;
/** Lengths used throughout: names, document numbers, long free text. */
export const NAME = 200;
export const DOC_NO = 128;
export const LONG_TEXT = 4000;

/** 证件类型 as the 双公示 standard lists them. */
export const ID_TYPES = ['身份证', '护照号', '港澳居民来往内地通行证', '台湾居民来往大陆通行证', '外国人永久居留身份证'];
export const ID_TYPE_ALIASES = { 居民身份证: '身份证', 护照: '护照号', 外国人永久居留证: '外国人永久居留身份证' };

/** 轻微 / 一般 / 严重, for types whose source states the tier of each record. */
export const SEVERITY_LEVEL_OPTIONS = ['轻微', '一般', '严重'];
export const SEVERITY_LEVEL_MAP = { 轻微: 'minor', 一般: 'general', 严重: 'serious' } as const;
export const severityLevelField = (label = '失信严重程度'): FieldInput =>
  field('severityLevel', label, 'Severity (minor / general / serious)', 'enum', {
    required: true, options: SEVERITY_LEVEL_OPTIONS, optionAliases: { 较轻: '轻微', 较重: '一般', 特别严重: '严重' }, aliases: ['严重程度', '情节'],
  });
export const severityFromLevel = { kind: 'field', field: 'severityLevel', map: SEVERITY_LEVEL_MAP } as const;

/**
 * The subject of a non-双公示 record: its name, its code (a USCC, or for types
 * that also concern persons a USCC or resident ID number in one column), its
 * legal representative.
 */
export function party(opts: { codeType?: 'uscc' | 'subject_code'; nameLabel?: string; codeLabel?: string; legalRep?: boolean } = {}): FieldInput[] {
  const codeType = opts.codeType ?? 'uscc';
  const codeLabel = opts.codeLabel ?? (codeType === 'uscc' ? '统一社会信用代码' : '统一社会信用代码/身份证号码');
  const fields: FieldInput[] = [
    field('subjectName', opts.nameLabel ?? '主体名称', 'Name of the subject', 'text', { required: true, maxLength: NAME, aliases: ['名称', '企业名称', '单位名称'] }),
    field('subjectCode', codeLabel, codeType === 'uscc' ? 'Unified social credit code' : 'USCC or resident ID number', codeType, {
      required: true, aliases: ['统一社会信用代码', '证件号码'].filter((a) => a !== codeLabel),
    }),
  ];
  if (opts.legalRep !== false) {
    fields.push(field('legalRep', '法定代表人（负责人）', 'Legal representative', 'text', { maxLength: 100, aliases: ['法定代表人', '负责人'] }));
  }
  return fields;
}

/** The decision that makes the record: number (the natural key), date, deciding body, source. */
export function decision(opts: { noLabel?: string; dateLabel?: string; authorityLabel?: string; noLabelEn?: string; dateLabelEn?: string } = {}): FieldInput[] {
  return [
    field('decisionNo', opts.noLabel ?? '决定文书号', opts.noLabelEn ?? 'Decision document number', 'text', { required: true, maxLength: DOC_NO, aliases: ['文书号', '决定书文号'] }),
    field('decisionDate', opts.dateLabel ?? '决定日期', opts.dateLabelEn ?? 'Decision date', 'date', { required: true, aliases: ['认定日期'] }),
    field('authority', opts.authorityLabel ?? '决定机关', 'Deciding authority', 'text', { maxLength: NAME, aliases: ['认定机关', '实施机关'] }),
    field('authorityCode', '决定机关统一社会信用代码', 'USCC of the deciding authority', 'uscc'),
  ];
}

/** Where the data comes from, and remarks: the tail of every type. */
export function sourceAndRemarks(): FieldInput[] {
  return [
    field('sourceDept', '数据来源单位', 'Source department', 'text', { maxLength: NAME }),
    field('sourceDeptCode', '数据来源单位统一社会信用代码', 'USCC of the source department', 'uscc'),
    field('remarks', '备注', 'Remarks', 'text', { maxLength: 1000 }),
  ];
}

/** Roles for types built from party() + decision() + sourceAndRemarks(). */
export function standardRoles(extra: Partial<TypeInput['roles']> = {}, opts: { legalRep?: boolean } = {}): TypeInput['roles'] {
  return {
    subjectName: 'subjectName', subjectCode: 'subjectCode', ...(opts.legalRep !== false && { legalRep: 'legalRep' }),
    docNo: 'decisionNo', decisionDate: 'decisionDate', sourceDeptName: 'sourceDept', sourceDeptCode: 'sourceDeptCode', ...extra,
  };
}

/** Decision date ≤ the named end date (DATE_ORDER). */
export const endAfterDecision = (fieldKey: string, from = 'decisionDate') => ({ kind: 'notAfter', field: from, other: fieldKey, code: 'DATE_ORDER' } as const);
