import type { FieldError } from '../../../kernel/errors.js';
import { subjectTypeFromUscc } from '../../identifiers/index.js';
import type { SubjectType } from '../../subjects/schema.js';
import type { RecordTypeDefinition } from '../definition.js';
import type { ValidatedRecord } from '../validated-record.js';
import type { Parsed } from './compile-field.js';
import { ParsedId } from './parse-identifiers.js';

export type SubjectOf = (values: readonly Parsed[], errors: FieldError[]) => ValidatedRecord['subject'] | undefined;

const str = (v: Parsed | undefined): string | null => (typeof v === 'string' ? v : null);

/** subjectTypeFromUscc depends on the first two characters only: memoised by them (a few dozen prefixes exist). */
const typeByPrefix = new Map<string, SubjectType>();
function typeOfUscc(code: string): SubjectType {
  const prefix = code.slice(0, 2);
  let type = typeByPrefix.get(prefix);
  if (type === undefined) typeByPrefix.set(prefix, (type = subjectTypeFromUscc(code)));
  return type;
}

/**
 * Who the record is about. With a 行政相对人类别 (SPEC §3.1): 自然人 → person,
 * 个体工商户 → individual_business, 法人及非法人组织 → the USCC's type
 * (subjectTypeFromUscc). Without one: a resident ID number → person, a USCC →
 * its type, nothing → the type's first subject type. The result must be one of
 * the type's subject types (SUBJECT_TYPE_NOT_APPLICABLE).
 */
export function compileSubjectOf(def: RecordTypeDefinition): SubjectOf {
  const at = (key: string | undefined) => (key === undefined ? -1 : def.fields.findIndex((f) => f.key === key));
  const name = at(def.roles.subjectName);
  const category = at(def.roles.subjectCategory);
  const code = at(def.roles.subjectCode);
  const idNumber = at(def.roles.subjectIdNumber);
  const legalRep = at(def.roles.legalRep);
  const allowed = new Set<SubjectType>(def.subjectTypes);
  const blame = def.roles.subjectCategory ?? def.roles.subjectCode ?? def.roles.subjectName;

  return (values, errors) => {
    const codeValue = code < 0 ? undefined : values[code];
    const idValue = idNumber < 0 ? undefined : values[idNumber];
    const uscc = str(codeValue);
    const personId = codeValue instanceof ParsedId ? codeValue : idValue instanceof ParsedId ? idValue : undefined;
    let type: SubjectType;
    switch (category < 0 ? undefined : str(values[category])) {
      case '自然人': type = 'person'; break;
      case '个体工商户': type = 'individual_business'; break;
      case '法人及非法人组织': type = uscc === null ? 'enterprise' : typeOfUscc(uscc); break;
      default:
        type = codeValue instanceof ParsedId ? 'person' : uscc !== null ? typeOfUscc(uscc) : personId ? 'person' : def.subjectTypes[0]!;
    }
    if (!allowed.has(type)) {
      errors.push({ field: blame, code: 'SUBJECT_TYPE_NOT_APPLICABLE', message: `${def.name}不适用于此类主体（${type}）/ ${def.code} does not apply to subjects of type ${type}` });
      return undefined;
    }
    const person = type === 'person';
    return {
      name: str(values[name]) ?? '',
      type,
      code: person ? null : uscc,
      // Only a checked resident ID number identifies a person; passports and the like stay in fields (masked).
      idNumber: person && personId?.resident ? personId.full : null,
      legalRep: legalRep < 0 ? null : str(values[legalRep]),
    };
  };
}
