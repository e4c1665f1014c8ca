import type { Dialect } from '../../db/connect.js';
import type { CompiledModel } from './engine/index.js';
import type { RecordFilter } from './model-definition.js';

/** A condition on records, as SQL with its parameters in order (placeholders numbered from `from` on PostgreSQL). */
export interface RelevanceSql {
  build(dialect: Dialect, from: number): { text: string; params: unknown[] };
}

function filtersOf(model: CompiledModel): RecordFilter[] | null {
  const d = model.definition;
  if (d.kind === 'ingested') return [{ typeCodes: [d.source.typeCode] }];
  return [...d.indicators.map((i) => i.filter), ...d.vetoes.map((r) => r.when.filter), ...d.directGrades.map((r) => r.when.filter), ...(d.requires ? [d.requires.filter] : [])];
}

/**
 * The records any of the models could look at: the OR of every filter of
 * every indicator, rule and source, pushed into the read so that records no
 * model uses (licences, for most) are never turned into objects. The engine
 * filters again; this only narrows the read. null when some filter takes
 * every record (nothing to push down).
 */
export function relevanceOf(models: readonly CompiledModel[], typesOfDomain: ReadonlyMap<string, readonly string[]>): RelevanceSql | null {
  const seen = new Set<string>();
  const filters: RecordFilter[] = [];
  for (const m of models) {
    for (const f of filtersOf(m) ?? []) {
      const key = JSON.stringify(f);
      if (!seen.has(key)) filters.push(f);
      seen.add(key);
    }
  }
  const unconstrained = (f: RecordFilter) => !f.typeCodes && !f.categories && !f.severities && !f.polarities && !f.domains;
  if (filters.length === 0 || filters.some(unconstrained)) return null;
  return {
    build(dialect, from) {
      let p = from - 1;
      const params: unknown[] = [];
      const list = (values: readonly unknown[]) => {
        params.push(...values);
        return values.map(() => (dialect === 'postgres' ? `$${++p}` : '?')).join(', ');
      };
      const clauses = filters.map((f) => {
        const parts: string[] = [];
        if (f.typeCodes) parts.push(`type_code IN (${list(f.typeCodes)})`);
        if (f.excludeTypeCodes) parts.push(`type_code NOT IN (${list(f.excludeTypeCodes)})`);
        if (f.categories) parts.push(`category IN (${list(f.categories)})`);
        if (f.polarities) parts.push(`polarity IN (${list(f.polarities)})`);
        if (f.severities) {
          const tiers = f.severities.filter((s) => s !== 'none');
          const none = f.severities.includes('none');
          const anyTier = tiers.length > 0 ? `severity IN (${list(tiers)})` : null;
          parts.push(none ? `(${anyTier ? `${anyTier} OR ` : ''}severity IS NULL)` : anyTier!);
        }
        if (f.domains) {
          const types = f.domains.flatMap((d) => typesOfDomain.get(d) ?? []);
          parts.push(types.length > 0 ? `type_code IN (${list(types)})` : '1 = 0');
        }
        return `(${parts.join(' AND ')})`;
      });
      return { text: `(${clauses.join(' OR ')})`, params };
    },
  };
}
