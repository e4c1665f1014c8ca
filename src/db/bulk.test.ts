import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/support/databases.js';
import { insertMany, selectIn } from './bulk.js';

describeEachDialect('bulk statements', (get, dialect) => {
  it('inserts many rows across several statements, returns camelCase columns, ignores conflicts on request', async () => {
    const { db } = get();
    const rows = Array.from({ length: 12_000 }, (_, i) => [`k${i}`, `值'${i}"; DROP TABLE meta;--`]);
    const returned = await insertMany<{ key: string }>(db, dialect, 'meta', ['key', 'value'], rows, { returning: ['key'] });
    expect(returned).toHaveLength(12_000);
    expect(new Set(returned.map((r) => r.key)).size).toBe(12_000);
    await insertMany(db, dialect, 'meta', ['key', 'value'], [['k1', 'other']], { ignoreConflicts: true });
    await expect(insertMany(db, dialect, 'meta', ['key', 'value'], [['k1', 'other']])).rejects.toThrow();
    const found = await selectIn<{ key: string; value: string }>(db, dialect, 'meta', ['key', 'value'], 'key', ['k1', 'k11999', 'nope']);
    expect(found.map((r) => r.key).sort()).toEqual(['k1', 'k11999']);
    expect(found.find((r) => r.key === 'k1')?.value).toBe(`值'1"; DROP TABLE meta;--`);
  });

  it('refuses identifiers that are not plain snake_case', async () => {
    await expect(insertMany(get().db, dialect, 'meta; drop', ['key'], [['x']])).rejects.toThrow(/identifier/);
  });
});
