import type { CatalogService } from '../catalog/index.js';
import type { OpenOptions } from './readers/open-source.js';
import { openRowSource } from './readers/open-source.js';
import { objectMapper, tableMapper } from './row-mapper.js';

/** Rows looked at for a 数据来源单位 before giving up. */
const LOOK_AHEAD = 1000;

/**
 * The source department's name as the file states it (数据来源单位, the type's
 * `sourceDeptName` role), from the first rows that give one: what the CLI
 * registers an unknown `--source` department under (SPEC §13). Null when the
 * type has no such field or the rows leave it empty.
 */
export async function sourceNameIn(catalog: Pick<CatalogService, 'current'>, path: string, typeCode: string, opts: OpenOptions & { departmentCode: string }): Promise<string | null> {
  const { definition } = await catalog.current(typeCode);
  const key = definition.roles.sourceDeptName;
  if (!key) return null;
  const source = await openRowSource(path, opts);
  try {
    const ctx = { departmentCode: opts.departmentCode };
    const mapper = source.header ? tableMapper(definition, source.header, ctx) : objectMapper(definition, ctx);
    let seen = 0;
    for await (const row of source.rows) {
      const mapped = mapper.map(row);
      const name = 'raw' in mapped ? mapped.raw[key] : undefined;
      if (typeof name === 'string' && name.trim() !== '') return name.trim();
      if (++seen >= LOOK_AHEAD) break;
    }
    return null;
  } finally {
    await source.close();
  }
}
