import type { Kysely } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * Credit reports (信用报告, SPEC §9): one row per issued report, never
 * deleted. The report's content is kept as the canonical JSON snapshot it was
 * rendered from, so the same PDF and HTML can be rendered again later; the
 * verification code is kept only as its SHA-256.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('report_no', 'text', (c) => c.notNull().unique())
    // public | full
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull().references('subjects.id'))
    .addColumn('subject_code', 'text')
    .addColumn('subject_name', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    // China date of issue (YYYY-MM-DD): the day the publicity windows were judged on
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('issuer_type', 'text', (c) => c.notNull())
    .addColumn('issuer_id', 'text')
    .addColumn('issuer_role', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text')
    .addColumn('batch_id', 'text')
    // SHA-256 (hex) of the upper-cased verification code without dashes
    .addColumn('code_hash', 'text', (c) => c.notNull())
    // SHA-256 (hex) of the snapshot's canonical JSON, and of the PDF file as issued
    .addColumn('content_digest', 'text', (c) => c.notNull())
    .addColumn('pdf_sha256', 'text', (c) => c.notNull())
    .addColumn('pdf_bytes', 'integer', (c) => c.notNull())
    // Ed25519 signature (base64) over the content digest, with the key id
    .addColumn('signature', 'text', (c) => c.notNull())
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('renderer', 'text', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('verification_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_verified_at', 'text')
    .execute();
  await db.schema.createIndex('reports_issued_idx').on('reports').columns(['issued_at']).execute();
  await db.schema.createIndex('reports_subject_idx').on('reports').columns(['subject_id', 'issued_at']).execute();
}
