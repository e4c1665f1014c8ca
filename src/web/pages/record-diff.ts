import type { RecordDetail } from '../../domains/records/index.js';

type Version = RecordDetail['versions'][number];
type Field = Version['fields'][number];
export type FieldValue = Field['value'];

export interface FieldChange {
  key: string;
  label: string;
  labelEn: string;
  /** undefined: the field was not there */
  before: FieldValue | undefined;
  after: FieldValue | undefined;
}

const same = (a: FieldValue | undefined, b: FieldValue | undefined) => JSON.stringify(a) === JSON.stringify(b);

/** The fields whose value differs between two versions, in the newer version's order, then those it dropped. */
export function changedFields(before: readonly Field[], after: readonly Field[]): FieldChange[] {
  const old = new Map(before.map((f) => [f.key, f]));
  const changes: FieldChange[] = [];
  for (const f of after) {
    const prev = old.get(f.key);
    if (!same(prev?.value, f.value)) changes.push({ key: f.key, label: f.label, labelEn: f.labelEn, before: prev?.value, after: f.value });
    old.delete(f.key);
  }
  for (const f of old.values()) changes.push({ key: f.key, label: f.label, labelEn: f.labelEn, before: f.value, after: undefined });
  return changes;
}

/** A stored value as text: lists joined with 、, booleans as 是/否. */
export function valueText(value: FieldValue | undefined, lang: 'zh-CN' | 'en'): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (Array.isArray(value)) return value.join(lang === 'en' ? ', ' : '、');
  if (typeof value === 'boolean') return lang === 'en' ? (value ? 'yes' : 'no') : value ? '是' : '否';
  return String(value);
}
