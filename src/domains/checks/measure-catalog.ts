import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { systemActor, type Actor } from '../../kernel/actor.js';
import type { AuditTrail } from '../../kernel/audit.js';
import { authorize } from '../../kernel/authorize.js';
import { isoNow, type Clock } from '../../kernel/clock.js';
import type { FieldError } from '../../kernel/errors.js';
import { defaultMeasures } from './defaults/index.js';
import { measureCodeMismatch, measureExists, measureInvalid, measureNotFound, measureVersionConflict } from './errors.js';
import { canManageMeasures } from './policy.js';
import type { MeasureVocabulary } from './ports.js';
import type { ChecksRepo, MeasureRow } from './repo.js';
import { measureDefinitionSchema, type MeasureDefinition, type MeasureDefinitionInput, type StoredMeasure } from './schema.js';

export interface MeasureCatalogDeps {
  db: Kysely<DB>;
  repo: ChecksRepo;
  clock: Clock;
  audit: AuditTrail;
  vocabulary: MeasureVocabulary;
}

const toStored = (row: MeasureRow): StoredMeasure => ({
  definition: measureDefinitionSchema.parse(JSON.parse(row.definition)),
  version: row.version, seq: row.seq, publishedAt: row.publishedAt, publishedBy: row.publishedBy,
});

/**
 * What a measure may name: list types that exist (never a watch list for a
 * punishment: warning before punishment) and catalogue record types.
 */
export async function checkVocabulary(d: MeasureDefinition, vocabulary: MeasureVocabulary): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  if (d.target.kind === 'list') {
    const kinds = new Map((await vocabulary.listTypes()).map((t) => [t.code, t.kind]));
    d.target.listTypes.forEach((code, i) => {
      const kind = kinds.get(code);
      if (kind === undefined) errors.push({ field: `target.listTypes.${i}`, code: 'MEASURE_UNKNOWN_LIST_TYPE', message: `没有名单类型 ${code} / no list type ${code}` });
      else if (kind === 'watch' && d.kind === 'punishment') {
        errors.push({ field: `target.listTypes.${i}`, code: 'MEASURE_WATCH_PUNISHMENT', message: `重点关注名单 ${code} 只能预警，不能惩戒 / a watch list warns, it never punishes` });
      }
    });
  }
  if (d.target.kind === 'records' && d.target.typeCodes) {
    const known = new Set(await vocabulary.recordTypes());
    d.target.typeCodes.forEach((code, i) => {
      if (!known.has(code)) errors.push({ field: `target.typeCodes.${i}`, code: 'MEASURE_UNKNOWN_RECORD_TYPE', message: `目录中没有类型 ${code} / no record type ${code}` });
    });
  }
  return errors;
}

/**
 * The measure catalogue (SPEC §6) as versioned data: defaults installed once,
 * admins publish new versions (a retired measure is a version with active
 * false), every change audited. The current set is cached and reloaded when
 * the catalogue's newest seq (part of every check's data version) moves.
 */
export function createMeasureCatalog(deps: MeasureCatalogDeps) {
  const { db, repo, clock, audit, vocabulary } = deps;
  let cache: { seq: number; measures: StoredMeasure[] } | undefined;
  let defaultsEnsured: Promise<unknown> | undefined;

  function parse(input: unknown): MeasureDefinition {
    const parsed = measureDefinitionSchema.safeParse(input);
    if (parsed.success) return parsed.data;
    throw measureInvalid(parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'body', code: 'INVALID_VALUE', message: i.message })));
  }

  async function insertVersion(actor: Actor, definition: MeasureDefinition, version: number, action: string): Promise<StoredMeasure> {
    const errors = await checkVocabulary(definition, vocabulary);
    if (errors.length > 0) throw measureInvalid(errors);
    const row = { code: definition.code, version, definition: JSON.stringify(definition), publishedAt: isoNow(clock), publishedBy: actor.id };
    await db.transaction().execute(async (trx) => {
      if ((await repo.insertMeasures(trx, [row])) === 0) throw version === 1 ? measureExists(definition.code) : measureVersionConflict(definition.code, version);
      await audit.append(trx, actor, { action, targetType: 'measure', targetId: definition.code, details: { version, active: definition.active } });
    });
    cache = undefined;
    return (await repo.measureVersions(db, definition.code)).map(toStored).find((m) => m.version === version)!;
  }

  const catalog = {
    /** Installs every default measure not yet in the table as version 1 (two queries when nothing is missing). */
    async ensureDefaults(): Promise<{ installed: string[] }> {
      const run = async () => {
        const existing = new Set(await repo.measureCodes(db));
        const now = isoNow(clock);
        const missing = defaultMeasures().filter((d) => !existing.has(d.code))
          .map((d) => ({ code: d.code, version: 1, definition: JSON.stringify(d), publishedAt: now, publishedBy: null }));
        if (missing.length === 0) return { installed: [] };
        return db.transaction().execute(async (trx) => {
          await repo.insertMeasures(trx, missing);
          const installed = missing.map((m) => m.code);
          await audit.append(trx, systemActor, { action: 'measures.defaults_install', targetType: 'measure', details: { codes: installed } });
          cache = undefined;
          return { installed };
        });
      };
      const result = run();
      defaultsEnsured = result.catch(() => undefined);
      return result;
    },

    /** The current version of every measure, retired ones included; `seq` is the newest seq the caller saw (its data version). */
    async current(seq?: number): Promise<StoredMeasure[]> {
      if (defaultsEnsured === undefined) await catalog.ensureDefaults();
      else await defaultsEnsured;
      if (cache && seq !== undefined && cache.seq === seq) return cache.measures;
      const measures = (await repo.currentMeasures(db)).map(toStored);
      cache = { seq: measures.reduce((max, m) => Math.max(max, m.seq), 0), measures };
      return measures;
    },

    async versions(code: string): Promise<StoredMeasure[]> {
      if (defaultsEnsured === undefined) await catalog.ensureDefaults();
      const versions = (await repo.measureVersions(db, code)).map(toStored);
      if (versions.length === 0) throw measureNotFound(code);
      return versions;
    },

    async add(actor: Actor, input: MeasureDefinitionInput): Promise<StoredMeasure> {
      authorize(actor, canManageMeasures(actor), '新增措施');
      if (defaultsEnsured === undefined) await catalog.ensureDefaults();
      return insertVersion(actor, parse(input), 1, 'measure.add');
    },

    /** A new version = the highest + 1; the body's code must be the path's. */
    async publish(actor: Actor, code: string, input: MeasureDefinitionInput): Promise<StoredMeasure> {
      authorize(actor, canManageMeasures(actor), '发布措施新版本');
      const definition = parse(input);
      if (definition.code !== code) throw measureCodeMismatch(code, definition.code);
      const versions = await catalog.versions(code);
      return insertVersion(actor, definition, versions.at(-1)!.version + 1, 'measure.publish');
    },
  };
  return catalog;
}

export type MeasureCatalog = ReturnType<typeof createMeasureCatalog>;
