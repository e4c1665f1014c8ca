import type { Kysely } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * The ratings read (docs/ratings.md, "Performance"): a subject's records that
 * can count on a date, with every column the engine filters on. The read's
 * WHERE (status, publicity end, decision date, record type and tier) is
 * decided from this index alone, and the table row — its JSON content — is
 * visited only for the records whose fields a model reads: each subject's
 * records lie on different pages of the table (they arrive over years), while
 * here they sit side by side.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createIndex('records_rating_idx')
    .on('records')
    .columns(['subject_id', 'status', 'publicity_end', 'decision_date', 'type_code', 'category', 'polarity', 'severity', 'id'])
    .execute();
}
