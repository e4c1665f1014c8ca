import type { Kysely } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * The catalogue (信用信息目录, SPEC §3): record type definitions as versioned
 * JSON. A version is immutable once published; the current version of a type is
 * its highest. Records keep the version they were stored under.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('catalog_types')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text')
    .addPrimaryKeyConstraint('catalog_types_pk', ['code', 'version'])
    .execute();
}
