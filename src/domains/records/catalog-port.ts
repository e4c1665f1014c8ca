import { DomainError } from '../../kernel/errors.js';
import { recordTypeUnknown, type CatalogService, type CompiledValidator } from '../catalog/index.js';

/** What records need of the catalogue: the current version's compiled validator, and the version a record was stored under. */
export type RecordCatalog = Pick<CatalogService, 'validator' | 'get'>;

/** A type version with its compiled validator: code, version, definition, validate(raw, { today }). */
export type CatalogType = CompiledValidator;

/** The current version of a type, compiled. An unknown code in a submission is the caller's mistake: 400, not the catalogue's 404. */
export async function requireCurrentType(catalog: RecordCatalog, code: string): Promise<CatalogType> {
  try {
    return await catalog.validator(code);
  } catch (err) {
    if (err instanceof DomainError && err.code === 'RECORD_TYPE_UNKNOWN') throw recordTypeUnknown(code, 400);
    throw err;
  }
}
