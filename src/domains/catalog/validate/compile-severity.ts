import type { RecordTypeDefinition, Severity } from '../definition.js';
import { penaltySeverity } from '../publicity.js';
import type { Parsed } from './compile-field.js';

export type SeverityOf = (values: readonly Parsed[]) => Severity | null;

/** SPEC §3.2: how a record's tier is set, by the type's severity rule. */
export function compileSeverityOf(def: RecordTypeDefinition): SeverityOf {
  const at = (key: string | undefined) => (key === undefined ? -1 : def.fields.findIndex((f) => f.key === key));
  const rule = def.severity;
  switch (rule.kind) {
    case 'none':
      return () => null;
    case 'fixed':
      return () => rule.tier;
    case 'field': {
      // A value the map does not name has no tier (for `mixed` types: the good conduct).
      const i = at(rule.field);
      const map = new Map(Object.entries(rule.map));
      return (values) => {
        const v = values[i];
        return typeof v === 'string' ? map.get(v) ?? null : null;
      };
    }
    case 'penalty': {
      // 行政处罚 default tiering from 处罚类别, 罚款金额 (fen) and 简易程序.
      const kinds = at(def.roles.penaltyKinds);
      const fine = at(def.roles.fine);
      const simple = at(def.roles.simpleProcedure);
      return (values) => {
        const k = kinds < 0 ? undefined : values[kinds];
        const f = fine < 0 ? undefined : values[fine];
        return penaltySeverity({
          kinds: Array.isArray(k) ? k : [],
          fineFen: typeof f === 'number' ? f : null,
          simpleProcedure: simple >= 0 && values[simple] === true,
        });
      };
    }
  }
}
