import type { FieldValue } from '../../catalog/index.js';

/** What the engine knows of a record: the stored columns it filters on, the type's domain, and the fields when a model reads them. */
export interface RatingRecord {
  id: string;
  typeCode: string;
  category: string;
  /** positive | negative | neutral (a `mixed` type's record is stored as one of the first two) */
  polarity: string;
  severity: string | null;
  /** the catalogue domain of the record's type (government, commerce, …); null when the type is unknown */
  domain: string | null;
  decisionDate: string;
  publicityEnd: string | null;
  status: string;
  /** null when no model being run reads fields of this type (the loader skips parsing) */
  fields: Readonly<Record<string, FieldValue>> | null;
}
