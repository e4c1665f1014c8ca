import type { Kysely, Selectable } from 'kysely';
import type { DB, ListTypesTable } from '../../db/schema.js';
import { fromDbBool, toDbBool } from '../../db/values.js';
import { listTypeDefinitionSchema, type ListTypeDefinition } from './schema.js';

type Row = Selectable<ListTypesTable>;

function toRow(t: ListTypeDefinition, at: string): Row {
  return {
    code: t.code, kind: t.kind, origin: t.origin, name: t.name, nameEn: t.nameEn, legalBasis: JSON.stringify(t.legalBasis),
    entryCriteria: t.entryCriteria, decidingAuthority: t.decidingAuthority, noticeWorkingDays: t.noticeWorkingDays,
    defaultDurationMonths: t.defaultDurationMonths, removalConditions: t.removalConditions, remedies: t.remedies,
    isPublic: toDbBool(t.public), subjectTypes: JSON.stringify(t.subjectTypes), feeds: JSON.stringify(t.feeds),
    sortOrder: t.sortOrder, createdAt: at, updatedAt: at,
  };
}

/** A stored row goes through the definition schema again: a hand-edited row that breaks it fails loudly. */
function fromRow(r: Row): ListTypeDefinition {
  return listTypeDefinitionSchema.parse({
    code: r.code, kind: r.kind, origin: r.origin, name: r.name, nameEn: r.nameEn, legalBasis: JSON.parse(r.legalBasis),
    entryCriteria: r.entryCriteria, decidingAuthority: r.decidingAuthority, noticeWorkingDays: Number(r.noticeWorkingDays),
    defaultDurationMonths: r.defaultDurationMonths === null ? null : Number(r.defaultDurationMonths), removalConditions: r.removalConditions,
    remedies: r.remedies, public: fromDbBool(r.isPublic), subjectTypes: JSON.parse(r.subjectTypes), feeds: JSON.parse(r.feeds),
    sortOrder: Number(r.sortOrder),
  });
}

/** list_types: the only place list types meet SQL. */
export const listTypesRepo = {
  async all(db: Kysely<DB>): Promise<ListTypeDefinition[]> {
    const rows = await db.selectFrom('listTypes').selectAll().orderBy('sortOrder').orderBy('code').execute();
    return rows.map(fromRow);
  },

  async codes(db: Kysely<DB>): Promise<Set<string>> {
    return new Set((await db.selectFrom('listTypes').select('code').execute()).map((r) => r.code));
  },

  /** Inserts the types whose code is free (a concurrent start-up may have won); returns the codes it inserted. */
  async insertMissing(db: Kysely<DB>, types: readonly ListTypeDefinition[], at: string): Promise<string[]> {
    const inserted: string[] = [];
    for (const t of types) {
      const result = await db.insertInto('listTypes').values(toRow(t, at)).onConflict((oc) => oc.column('code').doNothing()).executeTakeFirst();
      if (Number(result.numInsertedOrUpdatedRows ?? 0) > 0) inserted.push(t.code);
    }
    return inserted;
  },
};
