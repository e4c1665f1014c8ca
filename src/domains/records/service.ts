import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../kernel/actor.js';
import { authorize } from '../../kernel/authorize.js';
import { chinaDate, isoNow } from '../../kernel/clock.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { isPublicOn } from '../catalog/index.js';
import { submitterType } from './build-rows.js';
import { createIngestChunk, type IngestDeps } from './ingest-chunk.js';
import { recordEvent } from './outbox.js';
import { createRepairWriter } from './repair.js';
import { setObjectionOpen } from './objection-flag.js';
import { canReadRecord, canSubmit, canWriteFor } from './policy.js';
import { presentDetail, presentGovernment, presentInternal, presentPublic, type PresentedFor, type RecordDetail } from './present.js';
import { createRecordRepo, toRecordVersion, toStoredRecord, type AudienceQuery, type ListEntryRecord, type ListEntryRecordQuery, type ListFeedFilter, type RecordRow } from './repo.js';
import type { Audience, ListOptions, StoredRecord, WithdrawInput } from './schema.js';

export type RecordServiceDeps = IngestDeps;

/** Which stored records each audience may list (SPEC §3 disclosure levels, §3.2 publicity). */
const AUDIENCE_FILTER: Record<Audience, { activeOnly: boolean; disclosures: string[] | null; inPublicityOnly: boolean }> = {
  public: { activeOnly: true, disclosures: ['public'], inPublicityOnly: true },
  government: { activeOnly: true, disclosures: ['public', 'shared'], inPublicityOnly: false },
  authorised: { activeOnly: true, disclosures: ['public', 'shared', 'authorised'], inPublicityOnly: false },
  internal: { activeOnly: false, disclosures: null, inPublicityOnly: false },
};

function audienceQuery(audience: Audience, at: string): AudienceQuery {
  const filter = AUDIENCE_FILTER[audience];
  return { activeOnly: filter.activeOnly, disclosures: filter.disclosures, publicOn: filter.inPublicityOnly ? at : null };
}

/** Credit records: ingest (create, correct, confirm), withdraw, and read them per audience. */
export function createRecordService(deps: RecordServiceDeps) {
  const { database, clock, audit, catalog } = deps;
  const db = database.db;
  const repo = createRecordRepo(database.dialect);
  const ingestChunk = createIngestChunk(deps);
  const prepareRepair = createRepairWriter({ dialect: database.dialect, db, clock, audit, catalog });

  /** The definition a record was stored under (the catalogue caches every version). */
  const definitionOf = async (r: Pick<StoredRecord, 'typeCode' | 'typeVersion'>) => (await catalog.get(r.typeCode, r.typeVersion)).definition;

  const inPublicity = (r: StoredRecord, day: string) => r.status === 'active' && isPublicOn(r.publicityEnd, day);

  async function requireRow(id: string): Promise<RecordRow> {
    const row = await repo.findById(db, id);
    if (!row) throw new NotFoundError('RECORD_NOT_FOUND', `未找到信用记录 / no record ${id}`);
    return row;
  }

  async function detail(record: StoredRecord): Promise<RecordDetail> {
    const versions = (await repo.versionsOf(db, record.id)).map(toRecordVersion);
    return presentDetail(record, versions, await definitionOf(record), inPublicity(record, chinaDate(clock)));
  }

  return {
    ingestChunk,

    /**
     * Credit repair (SPEC §8, records/repair.ts): reads what it needs first, then
     * answers a writer the caller runs inside its own transaction (the repair
     * decision), which marks the record repaired, ends its publicity and writes
     * a `repaired` version and a `record.repaired` event. The caller authorises.
     */
    prepareRepair,

    /** A stored record as the service holds it (no actor: the caller authorises and presents), or null. */
    async stored(id: string): Promise<StoredRecord | null> {
      const row = await repo.findById(db, id);
      return row ? toStoredRecord(row) : null;
    },

    /** A subject's active negative records, newest decision first (credit repair candidates; the caller authorises). */
    async negativeOfSubject(subjectId: string, limit = 200): Promise<StoredRecord[]> {
      const rows = await repo.listForSubject(db, subjectId, {
        activeOnly: true, disclosures: null, publicOn: null, category: null, typeCodes: null, limit, offset: 0,
      });
      return rows.map(toStoredRecord).filter((r) => r.polarity === 'negative');
    },

    /** 异议处理中 on or off, inside the caller's transaction (the objections domain; records/objection-flag.ts). The caller authorises. */
    setObjectionOpen,

    /**
     * The source withdraws a record (SPEC §3.3): a `withdrawn` version, kept in history; a later submission reactivates it.
     * `opts.inTransaction` runs inside the withdrawal's transaction (an objection's outcome commits or fails with it).
     */
    async withdraw(actor: Actor, input: WithdrawInput, opts: { inTransaction?: (trx: Kysely<DB>) => Promise<void> } = {}): Promise<RecordDetail> {
      authorize(actor, canSubmit(actor), '撤回信用信息');
      const reason = input.reason.trim();
      if (reason.length < 2) throw new ValidationError('须说明撤回原因 / a withdrawal needs a reason', [{ field: 'reason', code: 'WITHDRAWAL_REASON_REQUIRED', message: '撤回原因必填 / reason is required' }]);
      const record = await db.transaction().execute(async (trx) => {
        const row = await repo.findById(trx, input.recordId);
        if (!row) throw new NotFoundError('RECORD_NOT_FOUND', `未找到信用记录 / no record ${input.recordId}`);
        if (!canWriteFor(actor, row.sourceDepartmentId)) throw new ForbiddenError('只能撤回本部门的信用信息 / only the source department withdraws its records', 'SOURCE_DEPARTMENT_FORBIDDEN');
        if (row.status === 'withdrawn') throw new ConflictError('RECORD_ALREADY_WITHDRAWN', '该记录已撤回 / the record is already withdrawn');
        const now = isoNow(clock);
        const version = Number(row.version) + 1;
        if (!(await repo.setStatus(trx, row.id, version - 1, 'withdrawn', now))) {
          throw new ConflictError('RECORD_CONCURRENT_WRITE', '记录刚被修改，请重试 / the record changed meanwhile; retry');
        }
        const batchId = input.batchId ?? null;
        await repo.insertVersions(trx, [[newId(), row.id, version, 'withdrawn', row.content, row.contentHash, Number(row.typeVersion), submitterType(actor), actor.id, input.channel, batchId, now, reason]]);
        await repo.insertOutbox(trx, [recordEvent({
          recordId: row.id, version, change: 'withdrawn', subjectId: row.subjectId, typeCode: row.typeCode, sourceDepartmentId: row.sourceDepartmentId,
          category: row.category, polarity: row.polarity, severity: row.severity, decisionDate: row.decisionDate, publicityEnd: row.publicityEnd,
          status: 'withdrawn', batchId,
        }, now)]);
        await audit.append(trx, actor, { action: 'record.withdraw', targetType: 'record', targetId: row.id, subjectId: row.subjectId, details: { version, channel: input.channel, batchId, reason } });
        if (opts.inTransaction) await opts.inTransaction(trx);
        return toStoredRecord({ ...row, status: 'withdrawn', version, updatedAt: now, lastReceivedAt: now });
      });
      return detail(record);
    },

    /** A record with all its versions: the credit office, auditors, the source department's providers. The read is audited. */
    async get(actor: Actor, id: string): Promise<RecordDetail> {
      authorize(actor, actor.kind !== 'anonymous', '查看信用记录');
      const record = toStoredRecord(await requireRow(id));
      authorize(actor, canReadRecord(actor, record.sourceDepartment.id), '查看信用记录');
      await db.transaction().execute((trx) =>
        audit.append(trx, actor, { action: 'record.read', targetType: 'record', targetId: id, subjectId: record.subjectId }),
      );
      return detail(record);
    },

    /**
     * A subject's records as one audience may see them, newest decision first.
     * public: active, disclosure public, within publicity on `at`, public fields only;
     * government: active, disclosure public or shared, fields up to shared;
     * authorised (the subject itself, or a party it authorised): active, up to authorised;
     * internal: everything, withdrawn records too. The caller decides the audience.
     */
    async listForSubject<A extends Audience>(subjectId: string, opts: ListOptions & { audience: A }): Promise<{ items: PresentedFor<A>[]; hasMore: boolean }> {
      const at = opts.at ?? chinaDate(clock);
      const page = opts.page ?? 1;
      const pageSize = opts.pageSize ?? 20;
      const rows = await repo.listForSubject(db, subjectId, {
        ...audienceQuery(opts.audience, at), category: opts.category ?? null, typeCodes: opts.typeCodes ?? null, limit: pageSize + 1, offset: (page - 1) * pageSize,
      });
      const records = rows.slice(0, pageSize).map(toStoredRecord);
      const items: PresentedFor<A>[] = [];
      for (const r of records) {
        const def = await definitionOf(r);
        const live = inPublicity(r, at);
        if (opts.audience === 'public') {
          if (live) items.push(presentPublic(r, def) as PresentedFor<A>);
        } else {
          const audience: Audience = opts.audience;
          items.push((audience === 'internal' ? presentInternal(r, def, live) : presentGovernment(r, def, live, audience === 'authorised' ? 'authorised' : 'government')) as PresentedFor<A>);
        }
      }
      return { items, hasMore: rows.length > pageSize };
    },

    /** Records standing as entries of upstream lists on a day (for the lists domain; no actor: the caller authorises). */
    async listEntryRecords(q: ListEntryRecordQuery): Promise<ListEntryRecord[]> {
      return repo.listEntryRecords(db, q);
    },

    /** How many records stand as entries through these feeds on a day, over every subject (the public list counts). */
    async countListEntryRecords(q: { feeds: readonly ListFeedFilter[]; at: string; publicOnly?: boolean }): Promise<number> {
      return repo.countListEntryRecords(db, q);
    },

    /** Which of `ids` are records about the subject (evidence a list proposal names). */
    async idsOfSubject(subjectId: string, ids: readonly string[]): Promise<string[]> {
      return repo.idsOfSubject(db, subjectId, ids);
    },

    /** How many records of each category (or, with `by: 'polarity'`, each polarity) `listForSubject` would list for the audience on `at` (default today). */
    async countsForSubject(subjectId: string, opts: { audience: Audience; at?: string; by?: 'category' | 'polarity' }): Promise<Record<string, number>> {
      const rows = await repo.countByCategory(db, subjectId, audienceQuery(opts.audience, opts.at ?? chinaDate(clock)), opts.by ?? 'category');
      return Object.fromEntries(rows.map((r) => [r.key, Number(r.n)]));
    },

    /** The records `listForSubject` would list for the audience on `at` (default today), counted per category and polarity: one query for what `countsForSubject` answers in two. */
    async tallyForSubject(subjectId: string, opts: { audience: Audience; at?: string }): Promise<Array<{ category: string; polarity: string; count: number }>> {
      const rows = await repo.countByCategoryAndPolarity(db, subjectId, audienceQuery(opts.audience, opts.at ?? chinaDate(clock)));
      return rows.map((r) => ({ category: r.category, polarity: r.polarity, count: Number(r.n) }));
    },
  };
}

export type RecordService = ReturnType<typeof createRecordService>;
