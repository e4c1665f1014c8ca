import { CompiledQuery, type Kysely } from 'kysely';
import type { Dialect } from '../../db/connect.js';
import type { DB } from '../../db/schema.js';
import { insertMany } from '../../db/bulk.js';
import { toCount } from '../../db/values.js';
import type { RecordFact } from './match.js';
import type { DataVersion } from './schema.js';

/**
 * Measures, receipts and feedback, and the read model a check answers from:
 * subjects by identifier and records in effect (read only, as the disclosure
 * and stats domains read them). The only place this domain meets SQL.
 */
export interface SubjectIdentity {
  id: string;
  type: string;
  code: string | null;
  name: string;
  idNumberMasked: string | null;
}

export interface MeasureRow {
  seq: number;
  code: string;
  version: number;
  definition: string;
  publishedAt: string;
  publishedBy: string | null;
}

export type ReceiptValues = [
  id: string, issuedAt: string, issuedOn: string, issuerType: string, issuerId: string | null, departmentId: string | null,
  subjectId: string, subjectType: string, scenario: string, at: string, verdict: string, keyId: string, receipt: string,
];
const RECEIPT_COLUMNS = ['id', 'issued_at', 'issued_on', 'issuer_type', 'issuer_id', 'department_id', 'subject_id', 'subject_type', 'scenario', 'at', 'verdict', 'key_id', 'receipt'];

export type CheckMeasureValues = [receiptId: string, measureCode: string, kind: string, scenario: string, issuedOn: string];
const CHECK_MEASURE_COLUMNS = ['receipt_id', 'measure_code', 'kind', 'scenario', 'issued_on'];

const SUBJECT_COLUMNS = ['s.id', 's.type', 's.code', 's.name', 's.idNumberMasked'] as const;
const FACT_COLUMNS = ['id', 'subjectId', 'typeCode', 'category', 'severity', 'polarity', 'status', 'docNo', 'decisionDate', 'publicityEnd', 'validUntil'] as const;

/**
 * The statements every check runs, as fixed SQL text (`?` marks, numbered
 * for PostgreSQL): Kysely builds and transforms a query tree per call, which on
 * this path costs more than SQLite takes to answer; the statement cache of the
 * SQLite connection keeps their prepared form. Results still pass the
 * CamelCasePlugin. Parameters stay bound.
 */
const DATA_VERSION = `SELECT (SELECT max(seq) FROM outbox) AS records_seq, (SELECT max(seq) FROM list_entry_history) AS lists_seq,
    (SELECT max(seq) FROM measures) AS measures_seq`;
const HOT = {
  subjectByCode: 'SELECT id, type, code, name, id_number_masked FROM subjects WHERE code = ?',
  /** a check by code (nearly all of them): the data version and the subject in one statement, one snapshot */
  versionAndSubjectByCode: `SELECT v.records_seq, v.lists_seq, v.measures_seq, s.id, s.type, s.code, s.name, s.id_number_masked
    FROM (${DATA_VERSION}) v LEFT JOIN subjects s ON s.code = ?`,
  recordFacts: `SELECT id, subject_id, type_code, category, severity, polarity, status, doc_no, decision_date, publicity_end, valid_until
    FROM records WHERE subject_id = ? AND status = 'active' AND decision_date <= ? AND publicity_end >= ?`,
  dataVersion: DATA_VERSION,
} as const;

type SeqValue = number | string | null;
const toDataVersion = (r: { recordsSeq: SeqValue; listsSeq: SeqValue; measuresSeq: SeqValue } | undefined): DataVersion =>
  ({ recordsSeq: toCount(r?.recordsSeq), listsSeq: toCount(r?.listsSeq), measuresSeq: toCount(r?.measuresSeq) });

export interface StatsPeriod {
  from: string;
  to: string;
  scenario: string | null;
}

export function createChecksRepo(dialect: Dialect) {
  const identities = (db: Kysely<DB>) => db.selectFrom('subjects as s').select(SUBJECT_COLUMNS);
  const numbered = (text: string) => (dialect === 'postgres' ? text.split('?').map((part, i) => (i === 0 ? part : `$${i}${part}`)).join('') : text);
  const hot = Object.fromEntries(Object.entries(HOT).map(([k, v]) => [k, numbered(v)])) as Record<keyof typeof HOT, string>;
  const run = async <R>(db: Kysely<DB>, text: string, params: unknown[]) => (await db.executeQuery<R>(CompiledQuery.raw(text, params))).rows;

  return {
    async subjectByCode(db: Kysely<DB>, code: string): Promise<SubjectIdentity | undefined> {
      return (await run<SubjectIdentity>(db, hot.subjectByCode, [code]))[0];
    },

    /** Legacy identifiers (registration number, organisation code, …). */
    async subjectsByAlias(db: Kysely<DB>, value: string): Promise<SubjectIdentity[]> {
      return identities(db).innerJoin('subjectAliases as a', 'a.subjectId', 's.id').where('a.value', '=', value).limit(2).execute();
    },

    async subjectByIdNumberHash(db: Kysely<DB>, hash: string): Promise<SubjectIdentity | undefined> {
      return identities(db).where('s.idNumberHash', '=', hash).executeTakeFirst();
    },

    /** Subjects (never persons) whose current or former name normalises to `nameNorm`; two at most, enough to tell one from many. */
    async subjectsByExactName(db: Kysely<DB>, nameNorm: string): Promise<SubjectIdentity[]> {
      return identities(db).where('s.type', '!=', 'person')
        .where('s.id', 'in', (eb) => eb.selectFrom('subjectNames').select('subjectId').where('nameNorm', '=', nameNorm))
        .limit(2).execute();
    },

    /** Active records of these subjects decided on or before `at` and still public on it (the matcher checks again). */
    async recordFacts(db: Kysely<DB>, subjectIds: readonly string[], at: string): Promise<Array<RecordFact & { subjectId: string }>> {
      if (subjectIds.length === 0) return [];
      if (subjectIds.length === 1) return run(db, hot.recordFacts, [subjectIds[0], at, at]);
      return db.selectFrom('records').select(FACT_COLUMNS).where('subjectId', 'in', [...subjectIds])
        .where('status', '=', 'active').where('decisionDate', '<=', at).where('publicityEnd', '>=', at)
        .execute();
    },

    /** What an answer rests on: the newest outbox event, office list-entry step and measure version. */
    async dataVersion(db: Kysely<DB>): Promise<DataVersion> {
      return toDataVersion((await run<{ recordsSeq: SeqValue; listsSeq: SeqValue; measuresSeq: SeqValue }>(db, hot.dataVersion, []))[0]);
    },

    /** The data version and the subject with this code (if any), read together. */
    async dataVersionAndSubjectByCode(db: Kysely<DB>, code: string): Promise<{ dataVersion: DataVersion; subject: SubjectIdentity | undefined }> {
      type Row = { recordsSeq: SeqValue; listsSeq: SeqValue; measuresSeq: SeqValue } & { [K in keyof SubjectIdentity]: SubjectIdentity[K] | null };
      const [r] = await run<Row>(db, hot.versionAndSubjectByCode, [code]);
      const subject = r?.id ? { id: r.id, type: r.type!, code: r.code, name: r.name!, idNumberMasked: r.idNumberMasked } : undefined;
      return { dataVersion: toDataVersion(r), subject };
    },

    async measureCodes(db: Kysely<DB>): Promise<string[]> {
      return (await db.selectFrom('measures').select('code').distinct().execute()).map((r) => r.code);
    },

    /** The highest version of every measure. */
    async currentMeasures(db: Kysely<DB>): Promise<MeasureRow[]> {
      const rows = await db.selectFrom('measures as m')
        .selectAll('m')
        .where('m.version', '=', (eb) => eb.selectFrom('measures as n').select((e) => e.fn.max('n.version').as('v')).whereRef('n.code', '=', 'm.code'))
        .orderBy('m.code').execute();
      return rows.map((r) => ({ ...r, seq: Number(r.seq), version: Number(r.version) }));
    },

    async measureVersions(db: Kysely<DB>, code: string): Promise<MeasureRow[]> {
      const rows = await db.selectFrom('measures').selectAll().where('code', '=', code).orderBy('version').execute();
      return rows.map((r) => ({ ...r, seq: Number(r.seq), version: Number(r.version) }));
    },

    /** Inserts measure versions; the number inserted (0 for a (code, version) already there). */
    async insertMeasures(trx: Kysely<DB>, rows: Array<Omit<MeasureRow, 'seq'>>): Promise<number> {
      const inserted = await insertMany(trx, dialect, 'measures', ['code', 'version', 'definition', 'published_at', 'published_by'],
        rows.map((r) => [r.code, r.version, r.definition, r.publishedAt, r.publishedBy]), { ignoreConflicts: true, returning: ['seq'] });
      return inserted.length;
    },

    async insertReceipts(trx: Kysely<DB>, receipts: ReceiptValues[], measures: CheckMeasureValues[]): Promise<void> {
      await insertMany(trx, dialect, 'check_receipts', RECEIPT_COLUMNS, receipts);
      await insertMany(trx, dialect, 'check_measures', CHECK_MEASURE_COLUMNS, measures);
    },

    async findReceipt(db: Kysely<DB>, id: string) {
      return db.selectFrom('checkReceipts').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async feedbackOf(db: Kysely<DB>, receiptId: string) {
      return db.selectFrom('checkFeedback').selectAll().where('receiptId', '=', receiptId).orderBy('measureCode').execute();
    },

    async upsertFeedback(trx: Kysely<DB>, row: DB['checkFeedback']): Promise<void> {
      await trx.insertInto('checkFeedback').values(row)
        .onConflict((oc) => oc.columns(['receiptId', 'measureCode']).doUpdateSet({
          applied: row.applied, reason: row.reason, givenByType: row.givenByType, givenById: row.givenById, updatedAt: row.updatedAt,
        }))
        .execute();
    },

    /** Checks per scenario and verdict in the period. */
    async verdictCounts(db: Kysely<DB>, p: StatsPeriod) {
      let q = db.selectFrom('checkReceipts').select((eb) => ['scenario', 'verdict', eb.fn.countAll<number | string>().as('n')])
        .where('issuedOn', '>=', p.from).where('issuedOn', '<=', p.to);
      if (p.scenario) q = q.where('scenario', '=', p.scenario);
      return (await q.groupBy(['scenario', 'verdict']).execute()).map((r) => ({ scenario: r.scenario, verdict: r.verdict, n: toCount(r.n) }));
    },

    /** How often each measure was returned, per scenario, in the period. */
    async returnedCounts(db: Kysely<DB>, p: StatsPeriod) {
      let q = db.selectFrom('checkMeasures').select((eb) => ['measureCode', 'kind', 'scenario', eb.fn.countAll<number | string>().as('n')])
        .where('issuedOn', '>=', p.from).where('issuedOn', '<=', p.to);
      if (p.scenario) q = q.where('scenario', '=', p.scenario);
      return (await q.groupBy(['measureCode', 'kind', 'scenario']).execute()).map((r) => ({ measureCode: r.measureCode, kind: r.kind, scenario: r.scenario, n: toCount(r.n) }));
    },

    /** Feedback given and measures applied, per measure and scenario, for checks made in the period. */
    async feedbackCounts(db: Kysely<DB>, p: StatsPeriod) {
      let q = db.selectFrom('checkFeedback')
        .select((eb) => ['measureCode', 'scenario', eb.fn.countAll<number | string>().as('n'), eb.fn.sum<number | string>('applied').as('applied')])
        .where('issuedOn', '>=', p.from).where('issuedOn', '<=', p.to);
      if (p.scenario) q = q.where('scenario', '=', p.scenario);
      return (await q.groupBy(['measureCode', 'scenario']).execute())
        .map((r) => ({ measureCode: r.measureCode, scenario: r.scenario, n: toCount(r.n), applied: toCount(r.applied) }));
    },
  };
}

export type ChecksRepo = ReturnType<typeof createChecksRepo>;
