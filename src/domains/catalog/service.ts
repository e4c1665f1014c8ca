import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { systemActor, type Actor } from '../../kernel/actor.js';
import type { AuditTrail } from '../../kernel/audit.js';
import { authorize } from '../../kernel/authorize.js';
import { isoNow, type Clock } from '../../kernel/clock.js';
import { ConflictError } from '../../kernel/errors.js';
import type { UsccOptions } from '../identifiers/index.js';
import { defaultCatalog } from './defaults/index.js';
import type { RecordTypeDefinitionInput } from './definition.js';
import { recordTypeCodeMismatch, recordTypeUnknown } from './errors.js';
import { parseDefinition } from './parse-definition.js';
import { canManageCatalog } from './policy.js';
import { catalogRepo, type CatalogRow } from './repo.js';
import type { CatalogType } from './catalog-type.js';
import { compileValidator, type CompiledValidator } from './validate/compile-validator.js';

export interface CatalogDeps {
  db: Kysely<DB>;
  clock: Clock;
  audit: AuditTrail;
  /** Pilot-code allow-list and warn mode for USCC checks on import (SPEC §2). */
  uscc?: UsccOptions;
}

/** The versioned catalogue (SPEC §3): read by everyone, edited by admins, compiled validators cached. */
export function createCatalogService(deps: CatalogDeps) {
  const { db, clock, audit } = deps;
  // A version is immutable: its definition and its compiled validator are cached for the process's life.
  const types = new Map<string, CatalogType>();
  const validators = new Map<string, CompiledValidator>();
  let defaultsEnsured: Promise<unknown> | undefined;

  const toType = (row: CatalogRow): CatalogType => ({
    definition: parseDefinition(JSON.parse(row.definition)), version: row.version, publishedAt: row.publishedAt, publishedBy: row.publishedBy,
  });

  async function load(code: string, version: number): Promise<CatalogType | undefined> {
    const key = `${code}@${version}`;
    const cached = types.get(key);
    if (cached) return cached;
    const row = await catalogRepo.find(db, code, version);
    if (!row) return undefined;
    const type = toType(row);
    types.set(key, type);
    return type;
  }

  /** A lookup that misses before this process installed the defaults installs them once and retries. */
  async function withDefaults<T>(lookup: () => Promise<T | undefined>): Promise<T | undefined> {
    const found = await lookup();
    if (found !== undefined || defaultsEnsured !== undefined) return found;
    await service.ensureDefaults();
    return lookup();
  }

  async function insertVersion(actor: Actor, input: RecordTypeDefinitionInput, version: number, action: string): Promise<CatalogType> {
    const definition = parseDefinition(input);
    const row: CatalogRow = { code: definition.code, version, definition: JSON.stringify(definition), publishedAt: isoNow(clock), publishedBy: actor.id };
    await db.transaction().execute(async (trx) => {
      if ((await catalogRepo.insert(trx, [row])) === 0) {
        throw version === 1
          ? new ConflictError('RECORD_TYPE_EXISTS', `目录中已有类型 ${definition.code} / record type ${definition.code} already exists`)
          : new ConflictError('CATALOG_VERSION_CONFLICT', `${definition.code} 第${version}版已由他人发布 / version ${version} of ${definition.code} was published concurrently`);
      }
      await audit.append(trx, actor, { action, targetType: 'record_type', targetId: definition.code, details: { version } });
    });
    const type = { definition, version, publishedAt: row.publishedAt, publishedBy: row.publishedBy };
    types.set(`${definition.code}@${version}`, type);
    return type;
  }

  const service = {
    /** Installs every default type not yet in the catalogue as version 1 (idempotent: two queries when nothing is missing). */
    async ensureDefaults(): Promise<{ installed: string[] }> {
      const run = async () => {
        const existing = new Set(await catalogRepo.codes(db));
        const now = isoNow(clock);
        const missing = defaultCatalog().filter((d) => !existing.has(d.code))
          .map((d): CatalogRow => ({ code: d.code, version: 1, definition: JSON.stringify(d), publishedAt: now, publishedBy: null }));
        if (missing.length === 0) return { installed: [] };
        return db.transaction().execute(async (trx) => {
          await catalogRepo.insert(trx, missing);
          const installed = missing.map((m) => m.code);
          await audit.append(trx, systemActor, { action: 'catalog.defaults_install', targetType: 'record_type', details: { codes: installed } });
          return { installed };
        });
      };
      const result = run();
      defaultsEnsured = result.catch(() => undefined);
      return result;
    },

    /** The current (highest) version of every type, by code. */
    async list(): Promise<CatalogType[]> {
      const latest = await withDefaults(async () => {
        const rows = await catalogRepo.latestVersions(db);
        return rows.length === 0 ? undefined : rows;
      });
      const missing = (latest ?? []).filter((l) => !types.has(`${l.code}@${l.version}`));
      for (const row of await catalogRepo.findMany(db, missing)) types.set(`${row.code}@${row.version}`, toType(row));
      return (latest ?? []).map((l) => types.get(`${l.code}@${l.version}`)).filter((t): t is CatalogType => t !== undefined);
    },

    async current(code: string): Promise<CatalogType> {
      const type = await withDefaults(async () => {
        const version = await catalogRepo.latestVersion(db, code);
        return version === undefined ? undefined : load(code, version);
      });
      if (!type) throw recordTypeUnknown(code);
      return type;
    },

    async get(code: string, version: number): Promise<CatalogType> {
      const type = await withDefaults(() => load(code, version));
      if (!type) throw recordTypeUnknown(code, 404, version);
      return type;
    },

    /** The compiled validator of a type version (the current one by default), built once per version. */
    async validator(code: string, version?: number): Promise<CompiledValidator> {
      const type = version === undefined ? await service.current(code) : await service.get(code, version);
      const key = `${code}@${type.version}`;
      let validator = validators.get(key);
      if (!validator) validators.set(key, (validator = compileValidator(type, deps.uscc ? { uscc: deps.uscc } : {})));
      return validator;
    },

    async addType(actor: Actor, input: RecordTypeDefinitionInput): Promise<CatalogType> {
      authorize(actor, canManageCatalog(actor), '新增信用信息类型');
      // A new type's code must not be a default type's: install the defaults first if this process has not.
      if (defaultsEnsured === undefined) await service.ensureDefaults();
      return insertVersion(actor, input, 1, 'catalog.type_add');
    },

    /** A new version = the highest + 1; the body's code must be the path's. */
    async publishVersion(actor: Actor, code: string, input: RecordTypeDefinitionInput): Promise<CatalogType> {
      authorize(actor, canManageCatalog(actor), '发布信用信息类型新版本');
      if (input.code !== code) throw recordTypeCodeMismatch(code, String(input.code));
      const current = await service.current(code);
      return insertVersion(actor, input, current.version + 1, 'catalog.version_publish');
    },
  };
  return service;
}

export type CatalogService = ReturnType<typeof createCatalogService>;
