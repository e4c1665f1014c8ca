import { listTypeDefinitionSchema, type ListTypeDefinition } from '../schema.js';
import { OFFICE_BLACK_LISTS } from './office-black.js';
import { RED_LISTS, WATCH_LISTS } from './red-watch.js';
import { UPSTREAM_BLACK_LISTS } from './upstream-black.js';

/** The default list types (SPEC §5), in the order the portal and the console show them: black, watch, red. */
const ORDERED = [...UPSTREAM_BLACK_LISTS, ...OFFICE_BLACK_LISTS, ...WATCH_LISTS, ...RED_LISTS];

let parsed: readonly ListTypeDefinition[] | undefined;

/** Parsed once; every default goes through the same schema as the table's rows. */
export function defaultListTypes(): readonly ListTypeDefinition[] {
  parsed ??= Object.freeze(ORDERED.map((input, i) => listTypeDefinitionSchema.parse({ ...input, sortOrder: (i + 1) * 10 })));
  return parsed;
}

/** The codes of the default list types, for the measures that target them. */
export const DEFAULT_LIST_TYPE_CODES: readonly string[] = ORDERED.map((t) => t.code);
