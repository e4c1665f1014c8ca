import { DomainError } from '../../kernel/errors.js';
import { recordTypeUnknown, type CatalogService, type CatalogType } from '../catalog/index.js';

/** The type's current version; an unknown code in an import is the caller's mistake: 400 RECORD_TYPE_UNKNOWN (the catalogue says 404). */
export async function currentType(catalog: Pick<CatalogService, 'current'>, code: string): Promise<CatalogType> {
  try {
    return await catalog.current(code);
  } catch (err) {
    throw err instanceof DomainError && err.code === 'RECORD_TYPE_UNKNOWN' ? recordTypeUnknown(code, 400) : err;
  }
}
