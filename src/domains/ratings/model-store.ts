import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { systemActor, type Actor } from '../../kernel/actor.js';
import type { AuditTrail } from '../../kernel/audit.js';
import { isoNow, type Clock } from '../../kernel/clock.js';
import type { CatalogService } from '../catalog/index.js';
import { checkModel, type CatalogFacts, type ModelCheck } from './check-model.js';
import { compileModel, type CompiledModel } from './engine/index.js';
import { ratingKindChange, ratingModelCodeMismatch, ratingModelExists, ratingModelInvalid, ratingModelNotFound, ratingVersionConflict, ratingVersionNotDraft, ratingVersionNotFound, ratingVersionOutdated } from './errors.js';
import { ratingModelDefinitionSchema, type RatingModelDefinition } from './model-definition.js';
import { modelRepo, type ModelRow, type VersionRow } from './model-repo.js';
import { presetModels } from './presets/index.js';

export interface StoredVersion {
  code: string;
  version: number;
  status: 'draft' | 'published';
  definition: RatingModelDefinition;
  createdAt: string;
  createdBy: string | null;
  publishedAt: string | null;
  publishedBy: string | null;
}

export interface ModelDeps {
  db: Kysely<DB>;
  clock: Clock;
  audit: AuditTrail;
  catalog: Pick<CatalogService, 'list'>;
}

/**
 * Rating models and their versions (SPEC §7: versioned data). A version is
 * stored once and never rewritten; publishing only marks a draft published
 * and points the model at it, so every past rating keeps naming the version
 * it used. Definitions and compiled models are cached per code@version.
 */
export function createModelStore(deps: ModelDeps) {
  const { db, clock, audit } = deps;
  const definitions = new Map<string, RatingModelDefinition>();
  const compiled = new Map<string, CompiledModel>();
  let presetsEnsured: Promise<unknown> | undefined;

  const definitionOf = (row: Pick<VersionRow, 'modelCode' | 'version' | 'definition'>): RatingModelDefinition => {
    const key = `${row.modelCode}@${row.version}`;
    let d = definitions.get(key);
    if (!d) definitions.set(key, (d = ratingModelDefinitionSchema.parse(JSON.parse(row.definition))));
    return d;
  };
  const toStored = (row: VersionRow): StoredVersion => ({
    code: row.modelCode, version: row.version, status: row.status as StoredVersion['status'], definition: definitionOf(row),
    createdAt: row.createdAt, createdBy: row.createdBy, publishedAt: row.publishedAt, publishedBy: row.publishedBy,
  });

  /** Every preset not yet stored, as published version 1 (idempotent; once per process unless it failed). */
  async function ensurePresets(): Promise<void> {
    presetsEnsured ??= (async () => {
      const existing = new Set(await modelRepo.codes(db));
      const missing = presetModels().filter((p) => !existing.has(p.code));
      if (missing.length === 0) return;
      const now = isoNow(clock);
      await db.transaction().execute(async (trx) => {
        const installed: string[] = [];
        for (const p of missing) {
          if (!(await modelRepo.insertModel(trx, { code: p.code, kind: p.kind, name: p.name, publishedVersion: 1, createdAt: now, createdBy: null }))) continue;
          await modelRepo.insertVersion(trx, { modelCode: p.code, version: 1, status: 'published', definition: JSON.stringify(p), createdAt: now, createdBy: null, publishedAt: now, publishedBy: null });
          installed.push(p.code);
        }
        if (installed.length > 0) await audit.append(trx, systemActor, { action: 'rating_model.presets_install', targetType: 'rating_model', details: { codes: installed } });
      });
    })().catch((err) => {
      presetsEnsured = undefined;
      throw err;
    });
    await presetsEnsured;
  }

  async function catalogFacts(): Promise<CatalogFacts> {
    const types = await deps.catalog.list();
    return new Map(types.map((t) => [t.definition.code, { domain: t.definition.domain, fields: t.definition.fields }]));
  }

  async function check(input: unknown): Promise<ModelCheck> {
    return checkModel(input, await catalogFacts());
  }

  async function requireValid(input: unknown): Promise<{ definition: RatingModelDefinition; warnings: ModelCheck['warnings'] }> {
    const result = await check(input);
    if (!result.definition || result.errors.length > 0) throw ratingModelInvalid(result.errors);
    return { definition: result.definition, warnings: result.warnings };
  }

  async function requireModel(code: string) {
    await ensurePresets();
    const model = await modelRepo.find(db, code);
    if (!model) throw ratingModelNotFound(code);
    return model;
  }

  return {
    ensurePresets,
    catalogFacts,
    check,

    async list(): Promise<ModelRow[]> {
      await ensurePresets();
      return modelRepo.list(db);
    },

    async get(code: string): Promise<{ model: NonNullable<Awaited<ReturnType<typeof modelRepo.find>>>; versions: StoredVersion[] }> {
      const model = await requireModel(code);
      return { model, versions: (await modelRepo.versions(db, code)).map(toStored) };
    },

    async version(code: string, version: number): Promise<StoredVersion> {
      await requireModel(code);
      const row = await modelRepo.version(db, code, version);
      if (!row) throw ratingVersionNotFound(code, version);
      return toStored(row);
    },

    /** A version's definition, from the cache when this process has read it before (versions never change). */
    async definitionAt(code: string, version: number): Promise<RatingModelDefinition> {
      const cached = definitions.get(`${code}@${version}`);
      if (cached) return cached;
      const row = await modelRepo.version(db, code, version);
      if (!row) throw ratingVersionNotFound(code, version);
      return definitionOf(row);
    },

    /** The published version of every model, compiled. */
    async published(): Promise<CompiledModel[]> {
      await ensurePresets();
      const out: CompiledModel[] = [];
      for (const row of await modelRepo.published(db)) {
        const key = `${row.code}@${row.version}`;
        let model = compiled.get(key);
        if (!model) {
          const version = await modelRepo.version(db, row.code, row.version);
          if (!version) continue;
          compiled.set(key, (model = compileModel(definitionOf(version), row.version)));
        }
        out.push(model);
      }
      return out;
    },

    /** A new model: its version 1, a draft. */
    async create(actor: Actor, input: unknown): Promise<StoredVersion & { warnings: ModelCheck['warnings'] }> {
      await ensurePresets();
      const { definition, warnings } = await requireValid(input);
      const now = isoNow(clock);
      const row: VersionRow = { modelCode: definition.code, version: 1, status: 'draft', definition: JSON.stringify(definition), createdAt: now, createdBy: actor.id, publishedAt: null, publishedBy: null };
      await db.transaction().execute(async (trx) => {
        if (!(await modelRepo.insertModel(trx, { code: definition.code, kind: definition.kind, name: definition.name, publishedVersion: null, createdAt: now, createdBy: actor.id }))) {
          throw ratingModelExists(definition.code);
        }
        await modelRepo.insertVersion(trx, row);
        await audit.append(trx, actor, { action: 'rating_model.create', targetType: 'rating_model', targetId: definition.code, details: { version: 1 } });
      });
      return { ...toStored(row), warnings };
    },

    /** A new draft version (highest + 1) of an existing model; the body's code must be the path's and the kind stays. */
    async createVersion(actor: Actor, code: string, input: unknown): Promise<StoredVersion & { warnings: ModelCheck['warnings'] }> {
      const model = await requireModel(code);
      const { definition, warnings } = await requireValid(input);
      if (definition.code !== code) throw ratingModelCodeMismatch(code, definition.code);
      if (definition.kind !== model.kind) throw ratingKindChange(code);
      const now = isoNow(clock);
      const row = await db.transaction().execute(async (trx) => {
        const version = (await modelRepo.maxVersion(trx, code)) + 1;
        const values: VersionRow = { modelCode: code, version, status: 'draft', definition: JSON.stringify(definition), createdAt: now, createdBy: actor.id, publishedAt: null, publishedBy: null };
        if (!(await modelRepo.insertVersion(trx, values))) throw ratingVersionConflict(code);
        await audit.append(trx, actor, { action: 'rating_model.version_create', targetType: 'rating_model', targetId: code, details: { version } });
        return values;
      });
      return { ...toStored(row), warnings };
    },

    /** Draft → published; from then on re-ratings use it (the drain re-rates every subject with it, a page at a time). */
    async publish(actor: Actor, code: string, version: number): Promise<StoredVersion> {
      const model = await requireModel(code);
      const now = isoNow(clock);
      await db.transaction().execute(async (trx) => {
        const row = await modelRepo.version(trx, code, version);
        if (!row) throw ratingVersionNotFound(code, version);
        if (row.status !== 'draft') throw ratingVersionNotDraft(code, version);
        if (model.publishedVersion !== null && version < model.publishedVersion) throw ratingVersionOutdated(code, version, model.publishedVersion);
        if (!(await modelRepo.publish(trx, code, version, now, actor.id))) throw ratingVersionConflict(code);
        await audit.append(trx, actor, { action: 'rating_model.publish', targetType: 'rating_model', targetId: code, details: { version, previous: model.publishedVersion } });
      });
      return toStored((await modelRepo.version(db, code, version))!);
    },

    compile(definition: RatingModelDefinition, version: number): CompiledModel {
      return compileModel(definition, version);
    },
  };
}

export type ModelStore = ReturnType<typeof createModelStore>;
