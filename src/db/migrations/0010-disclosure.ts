import type { Kysely } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * Public listings across subjects (domains/disclosure): the latest records of
 * a category (双公示 licences, penalties) and of a type (a list's entries),
 * newest decision first, read a page at a time from the index in order
 * instead of sorting every public record of the category.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema.createIndex('records_category_decision_idx').on('records').columns(['category', 'decision_date', 'seq']).execute();
  await db.schema.createIndex('records_type_decision_idx').on('records').columns(['type_code', 'decision_date', 'seq']).execute();
}
