import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Dialect } from '../../db/connect.js';
import { insertMany } from '../../db/bulk.js';
import type { PersonalDataCipher } from '../../kernel/crypto.js';
import { newId } from '../../kernel/ids.js';
import { displayName, maskIdNumber, normalizeName } from '../identifiers/index.js';
import type { SubjectSearchIndex } from './search/search-index.js';
import type { SubjectInput } from './schema.js';
import type { CheckedIdentifiers } from './validate-input.js';

export type Registration = {
  input: Omit<SubjectInput, 'status'> & { status: NonNullable<SubjectInput['status']> };
  ids: CheckedIdentifiers;
};

const SUBJECT_COLUMNS = [
  'id', 'type', 'code', 'id_number_enc', 'id_number_hash', 'id_number_masked', 'name', 'name_norm', 'legal_rep', 'legal_rep_norm',
  'address', 'street', 'division_code', 'industry', 'established_on', 'status', 'created_at', 'updated_at', 'version',
];

/**
 * Registers subjects already checked and known to be new, in multi-row
 * statements inside the caller's transaction: rows, names, aliases and the
 * name index. Returns the new ids in input order. The bulk path behind demo
 * data, legacy registries and subjects first met in imported records.
 */
export async function registerMany(
  trx: Kysely<DB>,
  deps: { dialect: Dialect; cipher: PersonalDataCipher; searchIndex: SubjectSearchIndex; now: string },
  regs: Registration[],
): Promise<string[]> {
  const { dialect, cipher, searchIndex, now } = deps;
  const ids = regs.map(() => newId());
  const rows = regs.map(({ input, ids: checked }, i) => {
    const name = displayName(input.name);
    const legalRep = input.legalRep ? displayName(input.legalRep) : null;
    return [
      ids[i], input.type, checked.code,
      checked.idNumber ? cipher.encrypt(checked.idNumber) : null,
      checked.idNumber ? cipher.lookupHash(checked.idNumber) : null,
      checked.idNumber ? maskIdNumber(checked.idNumber) : null,
      name, normalizeName(name), legalRep, legalRep ? normalizeName(legalRep) : null,
      input.address ?? null, input.street ?? null, input.divisionCode ?? checked.code?.slice(2, 8) ?? null,
      input.industry ?? null, input.establishedOn ?? null, input.status, now, now, 1,
    ];
  });
  const inserted = await insertMany<{ seq: number; id: string }>(trx, dialect, 'subjects', SUBJECT_COLUMNS, rows, { returning: ['seq', 'id'] });
  const seqOf = new Map(inserted.map((r) => [r.id, Number(r.seq)]));

  const nameRows: unknown[][] = [];
  const aliasRows: unknown[][] = [];
  const searchEntries: Parameters<SubjectSearchIndex['putNew']>[1] = [];
  regs.forEach(({ input, ids: checked }, i) => {
    const id = ids[i]!;
    const row = rows[i]!;
    const current = row[6] as string;
    const former = [...new Set((input.formerNames ?? []).map(displayName))].filter((n) => n !== current);
    nameRows.push([newId(), id, current, row[7], 'current', null, now]);
    for (const n of former) nameRows.push([newId(), id, n, normalizeName(n), 'former', null, now]);
    for (const a of checked.aliases) aliasRows.push([newId(), id, a.scheme, a.value, now]);
    // Persons are never in the name index: they are found by exact ID number, by authorised staff only.
    if (input.type !== 'person') {
      searchEntries.push({
        seq: seqOf.get(id)!,
        doc: { names: [row[7] as string, ...former.map(normalizeName)], legalRep: row[9] as string | null, codes: [checked.code ?? '', ...checked.aliases.map((a) => a.value)].filter(Boolean) },
      });
    }
  });
  await insertMany(trx, dialect, 'subject_names', ['id', 'subject_id', 'name', 'name_norm', 'kind', 'valid_to', 'created_at'], nameRows);
  await insertMany(trx, dialect, 'subject_aliases', ['id', 'subject_id', 'scheme', 'value', 'created_at'], aliasRows);
  if (searchEntries.length > 0) await searchIndex.putNew(trx, searchEntries);
  return ids;
}
