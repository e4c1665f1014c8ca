import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * The credit archive's self-service tables (SPEC §4, issue 4): one-time
 * activation codes that bind a `subject` account to its subject (only a
 * SHA-256 of each code is kept), and the authorisations (授权查询) a subject
 * gives a named user or consumer API key to read its `authorised`-level data
 * for a stated purpose and period. Neither is ever deleted: a used code keeps
 * who used it, a revoked authorisation keeps when and by whom.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('activation_codes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subject_id', 'text', (c) => c.notNull().references('subjects.id'))
    .addColumn('code_hash', 'text', (c) => c.notNull().unique())
    .addColumn('issued_by', 'text')
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('used_by', 'text')
    .execute();
  await db.schema.createIndex('activation_codes_subject_idx').on('activation_codes').columns(['subject_id', 'issued_at']).execute();

  await db.schema
    .createTable('archive_grants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subject_id', 'text', (c) => c.notNull().references('subjects.id'))
    .addColumn('grantee_type', 'text', (c) => c.notNull().check(sql`grantee_type IN ('user', 'api_key')`))
    .addColumn('grantee_id', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text', (c) => c.notNull())
    .addColumn('granted_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('revoked_by', 'text')
    .execute();
  await db.schema.createIndex('archive_grants_grantee_idx').on('archive_grants').columns(['grantee_type', 'grantee_id', 'subject_id']).execute();
  await db.schema.createIndex('archive_grants_subject_idx').on('archive_grants').columns(['subject_id', 'created_at']).execute();
}
