import { CompiledQuery, type Kysely } from 'kysely';
import type { Dialect } from '../../db/connect.js';
import type { DB } from '../../db/schema.js';
import type { FieldValue } from '../catalog/index.js';
import type { RatingRecord } from './engine/index.js';
import type { RelevanceSql } from './relevance.js';

/** Stay under both engines' bound-parameter limits (SQLite 32,766). */
const MAX_IN = 10_000;
const FIELD_KEY = /^[a-z][a-zA-Z0-9]*$/;
/**
 * Up to this many subjects the read takes every counting record with every
 * field the models read, whatever its type: SQLite builds a temporary table
 * per `IN (…)` list of the narrowing on every execution (some forty lists for
 * the presets: 1.5 ms, ten times the read of one subject's records), which a
 * page of thousands of subjects amortises and a drain of one does not. The
 * engine filters records and reads fields only of the records its filters
 * take, so the extra rows and fields change no result.
 */
const FEW = 50;

/** Which fields the models read, and of which record types ('all': an indicator reads a field of any type). */
export interface FieldPlan {
  types: ReadonlySet<string> | 'all';
  fields: readonly string[];
}

type Row = [id: string, subjectId: string, typeCode: string, category: string, polarity: string, severity: string | null,
  decisionDate: string, publicityEnd: string | null, status: string, ...fields: unknown[]];

/**
 * The SQL of one read; the field values come out of the content by the
 * engine's own JSON functions (json_extract on SQLite, -> on PostgreSQL,
 * which pg hands over parsed), so no record's content is parsed in JavaScript.
 */
function readText(dialect: Dialect, plan: FieldPlan, subjectCount: number, relevance: RelevanceSql | null): { text: string; head: unknown[]; tail: unknown[] } {
  let p = 0;
  const mark = () => (dialect === 'postgres' ? `$${++p}` : '?');
  const head: unknown[] = [];
  const typeList = plan.types === 'all' ? null : [...plan.types];
  const extracts = plan.fields.map((field, i) => {
    if (!FIELD_KEY.test(field)) throw new Error(`not a field key: ${field}`);
    let when = '';
    if (typeList !== null) {
      when = `type_code IN (${typeList.map(mark).join(', ')})`;
      head.push(...typeList);
    }
    const value = dialect === 'postgres' ? `(content::jsonb -> ${mark()})` : `json_extract(content, ${mark()})`;
    head.push(dialect === 'postgres' ? field : `$.${field}`);
    return `${typeList === null ? value : typeList.length === 0 ? 'NULL' : `CASE WHEN ${when} THEN ${value} END`} AS f${i}`;
  });
  const subjects = Array.from({ length: subjectCount }, mark).join(', ');
  const date = mark();
  const end = mark();
  const relevant = relevance?.build(dialect, p + 1) ?? null;
  const text = `SELECT id, subject_id, type_code, category, polarity, severity, decision_date, publicity_end, status${extracts.map((e) => `, ${e}`).join('')}
    FROM records WHERE subject_id IN (${subjects}) AND status = 'active' AND decision_date <= ${date} AND publicity_end >= ${end}${relevant ? ` AND ${relevant.text}` : ''}`;
  return { text, head, tail: relevant?.params ?? [] };
}

/**
 * What ratings read of the records domain's table (never writes): the records
 * of a set of subjects that can count on `date` (active, decided by then, with
 * a publicity end on or after it; the engine applies countsOn again), with the
 * fields the models read, and only records some model could use (`relevance`,
 * see relevance.ts; not for a few subjects, FEW). One statement per 10,000
 * subjects, served by records_rating_idx (migration 0019: the WHERE is decided
 * in the index, the table row is read only for the fields); rows come back
 * without the plugin that renames columns (the hot path of a full re-rating).
 */
export async function countingRecords(
  db: Kysely<DB>,
  dialect: Dialect,
  subjectIds: readonly string[],
  date: string,
  plan: FieldPlan,
  domainOf: ReadonlyMap<string, string>,
  relevance: RelevanceSql | null = null,
): Promise<Map<string, RatingRecord[]>> {
  const bySubject = new Map<string, RatingRecord[]>();
  const bare = db.withoutPlugins();
  // A few subjects (a drain): the narrowing costs more than it saves (below).
  const few = subjectIds.length <= FEW;
  const readPlan: FieldPlan = few ? { types: 'all', fields: plan.fields } : plan;
  for (let start = 0; start < subjectIds.length; start += MAX_IN) {
    const slice = subjectIds.slice(start, start + MAX_IN);
    const { text, head, tail } = readText(dialect, readPlan, slice.length, few ? null : relevance);
    const { rows } = await bare.executeQuery<Record<string, unknown>>(CompiledQuery.raw(text, [...head, ...slice, date, date, ...tail]));
    for (const row of rows) {
      const r = Object.values(row) as Row;
      let fields: Record<string, FieldValue> | null = null;
      for (let i = 0; i < plan.fields.length; i++) {
        const v = r[9 + i];
        if (v === null || v === undefined) continue;
        fields ??= {};
        fields[plan.fields[i]!] = v as FieldValue;
      }
      const record: RatingRecord = {
        id: r[0], typeCode: r[2], category: r[3], polarity: r[4], severity: r[5], domain: domainOf.get(r[2]) ?? null,
        decisionDate: r[6], publicityEnd: r[7], status: r[8], fields,
      };
      const list = bySubject.get(r[1]);
      if (list) list.push(record);
      else bySubject.set(r[1], [record]);
    }
  }
  return bySubject;
}
