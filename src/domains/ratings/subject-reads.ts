import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { toCount } from '../../db/values.js';

/** A subject as a re-rating needs it: the registry order and the type models apply to. */
export interface SubjectRef {
  id: string;
  seq: number;
  type: string;
}

/** A subject as listings show it (previews, inspection plans). */
export interface SubjectLabel {
  id: string;
  code: string | null;
  name: string;
}

/**
 * What ratings read of the subject registry's table (never writes): subjects
 * a page at a time in registry order (the seq primary key), optionally every
 * `step`-th one for a sample.
 */
export const subjectReads = {
  async page(db: Kysely<DB>, q: { afterSeq: number; types: readonly string[]; limit: number; sample?: { step: number; offset: number } }): Promise<SubjectRef[]> {
    if (q.types.length === 0) return [];
    let query = db.selectFrom('subjects').select(['id', 'seq', 'type']).where('seq', '>', q.afterSeq).where('type', 'in', q.types);
    if (q.sample && q.sample.step > 1) query = query.where(sql<boolean>`(seq + ${q.sample.offset}) % ${q.sample.step} = 0`);
    const rows = await query.orderBy('seq').limit(q.limit).execute();
    return rows.map((r) => ({ id: r.id, seq: Number(r.seq), type: r.type }));
  },

  async count(db: Kysely<DB>, types: readonly string[]): Promise<number> {
    if (types.length === 0) return 0;
    const row = await db.selectFrom('subjects').select((eb) => eb.fn.countAll<number | string>().as('n')).where('type', 'in', types).executeTakeFirst();
    return toCount(row?.n);
  },

  async refs(db: Kysely<DB>, ids: readonly string[]): Promise<SubjectRef[]> {
    if (ids.length === 0) return [];
    const rows = await db.selectFrom('subjects').select(['id', 'seq', 'type']).where('id', 'in', [...ids]).execute();
    return rows.map((r) => ({ id: r.id, seq: Number(r.seq), type: r.type })).sort((a, b) => a.seq - b.seq);
  },

  async byId(db: Kysely<DB>, id: string): Promise<(SubjectLabel & { type: string }) | undefined> {
    return db.selectFrom('subjects').select(['id', 'code', 'name', 'type']).where('id', '=', id).executeTakeFirst();
  },

  async labels(db: Kysely<DB>, ids: readonly string[]): Promise<Map<string, SubjectLabel>> {
    if (ids.length === 0) return new Map();
    const rows = await db.selectFrom('subjects').select(['id', 'code', 'name']).where('id', 'in', [...ids]).execute();
    return new Map(rows.map((r) => [r.id, r]));
  },
};
