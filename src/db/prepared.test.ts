import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/support/databases.js';
import { prepareQuery } from './prepared.js';

describeEachDialect('prepared queries', (get) => {
  it('binds new values on every run, keeps the query constants, returns camelCase rows, runs inside a transaction', async () => {
    const { db } = get();
    await db.insertInto('meta').values([{ key: 'a1', value: 'x' }, { key: 'a2', value: 'y' }, { key: 'b1', value: 'x' }]).execute();
    const q = prepareQuery(db, (d, prefix: string, value: string) => d.selectFrom('meta')
      .select(['key', sql<string>`'k'`.as('someLabel')])
      .where('key', 'like', sql<string>`${prefix} || ${'%'}`).where('value', '=', value).where('key', '!=', 'zz').orderBy('key'), 2);
    expect(await q.execute(db, 'a', 'x')).toEqual([{ key: 'a1', someLabel: 'k' }]);
    expect(await q.execute(db, 'a', 'y')).toEqual([{ key: 'a2', someLabel: 'k' }]);
    expect((await q.execute(db, '', 'x')).map((r) => r.key)).toEqual(['a1', 'b1']);
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('meta').values({ key: 'a3', value: 'x' }).execute();
      expect((await q.execute(trx, 'a', 'x')).map((r) => r.key)).toEqual(['a1', 'a3']);
    });
  });

  it('a value used twice is bound in both places; an injected value stays a value', async () => {
    const { db } = get();
    const q = prepareQuery(db, (d, v: string) => d.selectFrom('meta').select('key').where((eb) => eb.or([eb('key', '=', v), eb('value', '=', v)])), 1);
    expect((await q.execute(db, 'y')).map((r) => r.key)).toEqual(['a2']);
    expect(await q.execute(db, "y' OR '1'='1")).toEqual([]);
  });

  it('refuses a builder that does not pass a value as a parameter', () => {
    const { db } = get();
    expect(() => prepareQuery(db, (d, _v: string) => d.selectFrom('meta').select('key'), 1)).toThrow(/not a parameter/);
    expect(() => prepareQuery(db, (d, v: string) => d.selectFrom('meta').select('key').where('key', '=', sql.lit(v)), 1)).toThrow(/not a parameter|SQL text/);
  });
});
