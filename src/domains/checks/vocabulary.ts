import type { ListKind, MeasureVocabulary } from './ports.js';

/**
 * The vocabulary a measure is checked against, from the lists service (its
 * list types) and the catalogue (its record types): the adapter the
 * composition root wires.
 */
export function measureVocabulary(deps: {
  lists: { types(): Promise<ReadonlyArray<{ code: string; kind: ListKind }>> };
  catalog: { list(): Promise<ReadonlyArray<{ definition: { code: string } }>> };
}): MeasureVocabulary {
  return {
    listTypes: async () => (await deps.lists.types()).map((t) => ({ code: t.code, kind: t.kind })),
    recordTypes: async () => (await deps.catalog.list()).map((t) => t.definition.code),
  };
}
