import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Database } from '../../db/connect.js';
import type { Actor } from '../../kernel/actor.js';
import type { AuditTrail } from '../../kernel/audit.js';
import { chinaDate, isoNow, type Clock } from '../../kernel/clock.js';
import type { PersonalDataCipher } from '../../kernel/crypto.js';
import { authorize } from '../../kernel/authorize.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { normalizeCode, normalizeName, displayName, parseResidentId } from '../identifiers/index.js';
import { subjectInputSchema, subjectPatchSchema, type Subject, type SubjectInput, type SubjectPatch, type SearchQuery, type SubjectRef } from './schema.js';
import { createSubjectRepo, toSubject, type SubjectRow } from './repo.js';
import { checkIdentifiers, type CheckedIdentifiers } from './validate-input.js';
import { registerMany, type Registration } from './register-many.js';
import { selectIn } from '../../db/bulk.js';
import { canManageSubjects, canRegisterFromRecords, canRevealIdNumber, canSeeRegistryView } from './policy.js';
import type { SubjectSearchIndex } from './search/search-index.js';
import { createSubjectSearch } from './search/subject-search.js';

export interface SubjectServiceDeps {
  database: Database;
  clock: Clock;
  cipher: PersonalDataCipher;
  audit: AuditTrail;
  searchIndex: SubjectSearchIndex;
}

/** The subject registry: create, correct, find and read credit subjects. */
export function createSubjectService(deps: SubjectServiceDeps) {
  const { database, clock, cipher, audit, searchIndex } = deps;
  const db = database.db;
  const repo = createSubjectRepo();
  const search = createSubjectSearch({ db, repo, searchIndex });

  async function hydrate(rows: SubjectRow[], through: Kysely<DB> = db): Promise<Subject[]> {
    const ids = rows.map((r) => r.id);
    const { names, aliases } = await repo.detailsFor(through, ids);
    return rows.map((row) =>
      toSubject(
        row,
        names.filter((n) => n.subjectId === row.id).map((n) => n.name),
        aliases.filter((a) => a.subjectId === row.id).map(({ scheme, value }) => ({ scheme, value })),
      ),
    );
  }

  async function indexSubject(trx: Kysely<DB>, seq: number, row: Pick<SubjectRow, 'type' | 'legalRepNorm' | 'code'>, names: string[], aliasValues: string[]) {
    // Persons are never in the name index: they are found by exact ID number, by authorised staff only.
    if (row.type === 'person') return;
    await searchIndex.put(trx, seq, { names, legalRep: row.legalRepNorm, codes: [row.code ?? '', ...aliasValues].filter(Boolean) });
  }

  const registerDeps = () => ({ dialect: database.dialect, cipher, searchIndex, now: isoNow(clock) });

  async function assertNew(trx: Kysely<DB>, ids: CheckedIdentifiers): Promise<void> {
    if (ids.code && (await repo.findRowByCode(trx, ids.code))) throw new ConflictError('SUBJECT_EXISTS', `主体已存在 / subject ${ids.code} already exists`);
    if (ids.idNumber && (await repo.findRowByIdNumberHash(trx, cipher.lookupHash(ids.idNumber)))) {
      throw new ConflictError('SUBJECT_EXISTS', '该身份证号码已登记 / this person is already registered');
    }
  }

  /** Drops registrations whose code or ID number is registered already (or repeats within the batch); without skipExisting, refuses them. */
  async function withoutRegistered(trx: Kysely<DB>, regs: Registration[], skipExisting: boolean): Promise<Registration[]> {
    const known = await findExisting(trx, regs.map((r) => r.ids));
    const seen = new Set<string>();
    return regs.filter((r) => {
      const key = identityKey(r.ids);
      const dup = known.has(key) || seen.has(key);
      seen.add(key);
      if (dup && !skipExisting) throw new ConflictError('SUBJECT_EXISTS', `主体已存在 / subject ${r.ids.code ?? r.ids.idNumber?.slice(0, 4) + '…'} already exists`);
      return !dup;
    });
  }

  const identityKey = (ids: { code: string | null; idNumber: string | null }) => (ids.code ? `c:${ids.code}` : `p:${cipher.lookupHash(ids.idNumber ?? '')}`);

  /** identity key → subject id, for every given identity already registered: two set-based lookups. */
  async function findExisting(trx: Kysely<DB>, idents: Array<{ code: string | null; idNumber: string | null }>): Promise<Map<string, string>> {
    const codes = [...new Set(idents.map((i) => i.code).filter((c): c is string => c !== null))];
    const hashes = [...new Set(idents.filter((i) => !i.code && i.idNumber).map((i) => cipher.lookupHash(i.idNumber!)))];
    const found = new Map<string, string>();
    for (const r of await selectIn<{ id: string; code: string }>(trx, database.dialect, 'subjects', ['id', 'code'], 'code', codes)) found.set(`c:${r.code}`, r.id);
    for (const r of await selectIn<{ id: string; idNumberHash: string }>(trx, database.dialect, 'subjects', ['id', 'id_number_hash'], 'id_number_hash', hashes)) found.set(`p:${r.idNumberHash}`, r.id);
    return found;
  }

  async function requireByCode(through: Kysely<DB>, rawCode: string): Promise<SubjectRow> {
    const code = normalizeCode(rawCode);
    const row = (await repo.findRowByCode(through, code)) ?? (await aliasRow(through, code));
    if (!row) throw new NotFoundError('SUBJECT_NOT_FOUND', `未找到主体 / no subject with code ${code}`);
    return row;
  }

  async function aliasRow(through: Kysely<DB>, value: string): Promise<SubjectRow | undefined> {
    const [id] = await repo.findIdsByAlias(through, value);
    return id ? repo.findRowById(through, id) : undefined;
  }

  return {
    async create(actor: Actor, raw: SubjectInput): Promise<Subject> {
      authorize(actor, canManageSubjects(actor), '登记信用主体');
      const input = subjectInputSchema.parse(raw);
      const ids = checkIdentifiers(input, chinaDate(clock));
      const id = await db.transaction().execute(async (trx) => {
        await assertNew(trx, ids);
        const [created] = await registerMany(trx, registerDeps(), [{ input, ids }]);
        await audit.append(trx, actor, { action: 'subject.create', targetType: 'subject', targetId: created!, subjectId: created!, details: { type: input.type, code: ids.code } });
        return created!;
      });
      return (await hydrate([(await repo.findRowById(db, id))!]))[0]!;
    },

    /**
     * Registers many subjects, a chunk per transaction (demo data, a legacy
     * registry's migration). One audit entry per chunk lists what it created.
     * With skipExisting, codes already registered are passed over, so a re-run is a no-op.
     */
    async createMany(actor: Actor, inputs: Iterable<SubjectInput>, opts: { chunkSize?: number; skipExisting?: boolean } = {}): Promise<{ created: number; skipped: number }> {
      authorize(actor, canManageSubjects(actor), '登记信用主体');
      const today = chinaDate(clock);
      const chunkSize = opts.chunkSize ?? 500;
      const result = { created: 0, skipped: 0 };
      let chunk: Registration[] = [];
      const flush = async () => {
        const batch = chunk;
        chunk = [];
        await db.transaction().execute(async (trx) => {
          const fresh = await withoutRegistered(trx, batch, opts.skipExisting ?? false);
          result.skipped += batch.length - fresh.length;
          const created = await registerMany(trx, registerDeps(), fresh);
          if (created.length > 0) await audit.append(trx, actor, { action: 'subject.create_batch', targetType: 'subject', details: { count: created.length, ids: created } });
          result.created += created.length;
        });
      };
      for (const raw of inputs) {
        const input = subjectInputSchema.parse(raw);
        chunk.push({ input, ids: checkIdentifiers(input, today) });
        if (chunk.length >= chunkSize) await flush();
      }
      if (chunk.length > 0) await flush();
      return result;
    },

    /**
     * The subjects of a chunk of incoming records, inside the caller's
     * transaction: matched by USCC, or by ID number for persons; a subject met
     * for the first time is registered from the record (name, type, legal
     * representative). Identifiers were checked by the catalogue's validator.
     * Results in the order of refs.
     */
    async resolveForRecords(trx: Kysely<DB>, actor: Actor, refs: SubjectRef[]): Promise<Array<{ subjectId: string; created: boolean }>> {
      authorize(actor, canRegisterFromRecords(actor), '登记信用主体');
      for (const r of refs) if (!r.code && !r.idNumber) throw new Error('a subject reference needs a code or an ID number');
      const found = await findExisting(trx, refs);
      const pending = new Map<string, Registration>();
      for (const r of refs) {
        const key = identityKey(r);
        if (found.has(key) || pending.has(key)) continue;
        pending.set(key, {
          input: { type: r.type, name: r.name.slice(0, 200), status: 'active', ...(r.legalRep ? { legalRep: r.legalRep.slice(0, 100) } : {}) },
          ids: { code: r.code, idNumber: r.idNumber, aliases: [] },
        });
      }
      const created = new Set<string>();
      if (pending.size > 0) {
        const ids = await registerMany(trx, registerDeps(), [...pending.values()]);
        [...pending.keys()].forEach((key, i) => {
          found.set(key, ids[i]!);
          created.add(key);
        });
        await audit.append(trx, actor, { action: 'subject.register_from_records', targetType: 'subject', details: { count: ids.length, ids } });
      }
      const firstUse = new Set<string>();
      return refs.map((r) => {
        const key = identityKey(r);
        const isNew = created.has(key) && !firstUse.has(key);
        firstUse.add(key);
        return { subjectId: found.get(key)!, created: isNew };
      });
    },

    async update(actor: Actor, rawCode: string, rawPatch: SubjectPatch): Promise<Subject> {
      authorize(actor, canManageSubjects(actor), '更正信用主体');
      const patch = subjectPatchSchema.parse(rawPatch);
      const id = await db.transaction().execute(async (trx) => {
        const row = await requireByCode(trx, rawCode);
        const now = isoNow(clock);
        const values: Partial<SubjectRow> = { updatedAt: now, version: row.version + 1 };
        if (patch.name !== undefined && displayName(patch.name) !== row.name) {
          values.name = displayName(patch.name);
          values.nameNorm = normalizeName(values.name);
          await repo.closeCurrentName(trx, row.id, now.slice(0, 10));
          await repo.insertNames(trx, [{ id: newId(), subjectId: row.id, name: values.name, nameNorm: values.nameNorm, kind: 'current', validTo: null, createdAt: now }]);
        }
        if (patch.legalRep !== undefined) {
          values.legalRep = displayName(patch.legalRep);
          values.legalRepNorm = normalizeName(patch.legalRep);
        }
        for (const key of ['address', 'street', 'divisionCode', 'industry', 'establishedOn', 'status'] as const) {
          if (patch[key] !== undefined) values[key] = patch[key] as never;
        }
        await repo.update(trx, row.id, values);
        const fresh = (await repo.findRowById(trx, row.id))!;
        const names = await trx.selectFrom('subjectNames').select('nameNorm').where('subjectId', '=', row.id).execute();
        const aliases = await repo.detailsFor(trx, [row.id]);
        await indexSubject(trx, Number(fresh.seq), fresh, names.map((n) => n.nameNorm), aliases.aliases.map((a) => a.value));
        await audit.append(trx, actor, { action: 'subject.update', targetType: 'subject', targetId: row.id, subjectId: row.id, details: { fields: Object.keys(patch) } });
        return row.id;
      });
      return (await hydrate([(await repo.findRowById(db, id))!]))[0]!;
    },

    async getByCode(rawCode: string): Promise<Subject> {
      return (await hydrate([await requireByCode(db, rawCode)]))[0]!;
    },

    async getById(actor: Actor, id: string): Promise<Subject> {
      authorize(actor, canSeeRegistryView(actor), '查看主体登记信息');
      const row = await repo.findRowById(db, id);
      if (!row) throw new NotFoundError('SUBJECT_NOT_FOUND', `未找到主体 / no subject ${id}`);
      return (await hydrate([row]))[0]!;
    },

    async search(query: SearchQuery): Promise<{ items: Subject[]; hasMore: boolean }> {
      const { rows, hasMore } = await search.run(query);
      return { items: await hydrate(rows), hasMore };
    },

    /** Finds a person by exact ID number (authorised staff; the lookup is audited with its purpose). */
    async findPersonByIdNumber(actor: Actor, idNumber: string, purpose: string): Promise<Subject | null> {
      authorize(actor, canRevealIdNumber(actor), '按身份证号码查询');
      const parsed = parseResidentId(idNumber, { today: chinaDate(clock) });
      if (!parsed.valid) throw new ValidationError('身份证号码无效 / invalid ID number', parsed.failures.map((f) => ({ field: 'idNumber', code: f.code, message: f.message })), 'INVALID_IDENTIFIER');
      const row = await repo.findRowByIdNumberHash(db, cipher.lookupHash(parsed.normalized));
      await db.transaction().execute((trx) =>
        audit.append(trx, actor, { action: 'subject.lookup_id_number', targetType: 'subject', targetId: row?.id ?? null, subjectId: row?.id ?? null, purpose }),
      );
      return row ? (await hydrate([row]))[0]! : null;
    },

    /** The full ID number of a person, for a stated purpose; audited before it is returned. */
    async revealIdNumber(actor: Actor, id: string, purpose: string): Promise<string> {
      authorize(actor, canRevealIdNumber(actor), '查看完整身份证号码');
      const row = await repo.findRowById(db, id);
      if (!row || !row.idNumberEnc) throw new NotFoundError('SUBJECT_NOT_FOUND', `未找到自然人 / no person ${id}`);
      await db.transaction().execute((trx) =>
        audit.append(trx, actor, { action: 'subject.reveal_id_number', targetType: 'subject', targetId: id, subjectId: id, purpose }),
      );
      return cipher.decrypt(row.idNumberEnc);
    },
  };
}

export type SubjectService = ReturnType<typeof createSubjectService>;
