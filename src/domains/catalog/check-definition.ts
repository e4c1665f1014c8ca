import type { FieldError } from '../../kernel/errors.js';
import type { FieldType, RecordTypeDefinition } from './definition.js';
import { headerKey } from './headers/header-key.js';

const DATE_ROLES = ['decisionDate', 'validUntil', 'publicityEnd'] as const;
/** Roles that must name a required field: without them a row is no record. */
const REQUIRED_ROLES = ['subjectName', 'docNo', 'decisionDate', 'period'] as const;
const NO_KEY_TYPES: ReadonlySet<FieldType> = new Set(['id_number', 'subject_code']);

/**
 * What zod cannot say about a definition: names used twice, roles and rules that
 * point at missing fields or fields of the wrong type, options an alias names
 * but the list lacks. Empty when the definition is coherent.
 */
export function checkDefinition(def: RecordTypeDefinition): FieldError[] {
  const errors: FieldError[] = [];
  const push = (field: string, code: string, message: string) => errors.push({ field, code, message });
  const byKey = new Map(def.fields.map((f) => [f.key, f]));

  const names = new Map<string, string>();
  def.fields.forEach((f, i) => {
    for (const name of new Set([f.key, f.code, f.label, f.labelEn, ...f.aliases].filter((n): n is string => n !== undefined).map(headerKey))) {
      const owner = names.get(name);
      if (owner !== undefined && owner !== f.key) push(`fields.${i}`, 'DEFINITION_DUPLICATE_NAME', `“${name}”同时指向 ${owner} 和 ${f.key} / "${name}" names both ${owner} and ${f.key}`);
      else names.set(name, f.key);
    }
    if ((f.type === 'enum' || f.type === 'multi_enum') && (f.options ?? []).length === 0) push(`fields.${i}.options`, 'DEFINITION_OPTIONS_MISSING', `${f.key} 需要可选值 / ${f.key} needs options`);
    for (const [alias, option] of Object.entries(f.optionAliases ?? {})) {
      if (!(f.options ?? []).includes(option)) push(`fields.${i}.optionAliases`, 'DEFINITION_OPTIONS_MISSING', `别名 ${alias} 指向的 ${option} 不在可选值中 / alias ${alias} names ${option}, which is no option`);
    }
    if (f.pattern !== undefined && !compiles(f.pattern)) push(`fields.${i}.pattern`, 'DEFINITION_REFERENCE', `${f.key} 的正则表达式无效 / ${f.key}: invalid pattern`);
    if (f.idTypeField !== undefined && !byKey.has(f.idTypeField)) push(`fields.${i}.idTypeField`, 'DEFINITION_REFERENCE', `未知字段 ${f.idTypeField} / unknown field ${f.idTypeField}`);
  });

  const roles = def.roles as Record<string, string | undefined>;
  for (const [role, key] of Object.entries(roles)) {
    if (key !== undefined && !byKey.has(key)) push(`roles.${role}`, 'DEFINITION_REFERENCE', `角色 ${role} 指向未知字段 ${key} / role ${role} names unknown field ${key}`);
  }
  for (const role of REQUIRED_ROLES) {
    const f = roles[role] === undefined ? undefined : byKey.get(roles[role]!);
    if (f && !f.required) push(`roles.${role}`, 'DEFINITION_ROLE_INVALID', `${role} 字段 ${f.key} 必须必填 / the ${role} field ${f.key} must be required`);
  }
  for (const role of DATE_ROLES) {
    const f = roles[role] === undefined ? undefined : byKey.get(roles[role]!);
    if (f && f.type !== 'date') push(`roles.${role}`, 'DEFINITION_ROLE_INVALID', `${role} 字段 ${f.key} 必须是日期 / the ${role} field ${f.key} must be a date`);
  }
  const docNo = byKey.get(def.roles.docNo);
  if (docNo && NO_KEY_TYPES.has(docNo.type)) push('roles.docNo', 'DEFINITION_ROLE_INVALID', '身份证号码不能作为文书号 / an ID number cannot be the natural key');

  def.rules.forEach((rule, i) => {
    const refs = rule.kind === 'notAfter' ? [rule.field, rule.other] : [rule.field, rule.when];
    for (const key of refs) if (!byKey.has(key)) push(`rules.${i}`, 'DEFINITION_REFERENCE', `规则指向未知字段 ${key} / rule names unknown field ${key}`);
    if (rule.kind === 'notAfter' && refs.some((key) => byKey.get(key)?.type !== 'date' && byKey.has(key))) {
      push(`rules.${i}`, 'DEFINITION_ROLE_INVALID', 'notAfter 只适用于日期字段 / notAfter compares dates only');
    }
  });

  if (def.severity.kind === 'field' && !byKey.has(def.severity.field)) push('severity.field', 'DEFINITION_REFERENCE', `未知字段 ${def.severity.field} / unknown field ${def.severity.field}`);
  if (def.severity.kind === 'penalty' && byKey.get(def.roles.penaltyKinds ?? '')?.type !== 'multi_enum') {
    push('roles.penaltyKinds', 'DEFINITION_ROLE_INVALID', '处罚分级需要处罚类别字段 / penalty tiering needs a multi_enum penaltyKinds role');
  }
  return errors;
}

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}
