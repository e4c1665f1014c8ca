import type { RecordTypeDefinition } from './definition.js';

/** One published version of a record type, as the catalogue service hands it out. */
export interface CatalogType {
  definition: RecordTypeDefinition;
  version: number;
  /** ISO-8601 time of publication */
  publishedAt: string;
  /** user id of the administrator, 'cli', or null for the defaults installed at start-up */
  publishedBy: string | null;
}
