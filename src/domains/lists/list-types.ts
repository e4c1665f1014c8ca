import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { systemActor } from '../../kernel/actor.js';
import type { AuditTrail } from '../../kernel/audit.js';
import { isoNow, type Clock } from '../../kernel/clock.js';
import { defaultListTypes } from './defaults/index.js';
import { listTypeNotFound } from './errors.js';
import type { ListTypeDefinition } from './schema.js';
import { listTypesRepo } from './types-repo.js';

export interface ListTypesDeps {
  db: Kysely<DB>;
  clock: Clock;
  audit: AuditTrail;
}

/**
 * List types as data (SPEC §5). The defaults are installed at start-up (and, in
 * a process that skipped that, before the first read), without touching types
 * already in the table. Types are read on every credit check, so they are held
 * in memory; this process's own installs refresh them.
 */
export function createListTypes({ db, clock, audit }: ListTypesDeps) {
  let ensured: Promise<unknown> | undefined;
  let cached: Promise<Map<string, ListTypeDefinition>> | undefined;

  async function ensureDefaults(): Promise<{ installed: string[] }> {
    const run = async () => {
      const existing = await listTypesRepo.codes(db);
      const missing = defaultListTypes().filter((t) => !existing.has(t.code));
      if (missing.length === 0) return { installed: [] };
      const installed = await db.transaction().execute(async (trx) => {
        const codes = await listTypesRepo.insertMissing(trx, missing, isoNow(clock));
        if (codes.length > 0) await audit.append(trx, systemActor, { action: 'lists.defaults_install', targetType: 'list_type', details: { codes } });
        return codes;
      });
      cached = undefined;
      return { installed };
    };
    const result = run();
    ensured = result.catch(() => undefined);
    return result;
  }

  async function byCode(): Promise<Map<string, ListTypeDefinition>> {
    if (cached) return cached;
    const loading = (async () => {
      if (ensured === undefined) await ensureDefaults();
      return new Map((await listTypesRepo.all(db)).map((t) => [t.code, t]));
    })();
    cached = loading;
    loading.catch(() => {
      if (cached === loading) cached = undefined;
    });
    return loading;
  }

  return {
    ensureDefaults,

    /** Every list type, black first, then watch, then red (sortOrder). */
    async all(): Promise<ListTypeDefinition[]> {
      return [...(await byCode()).values()].sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code));
    },

    async get(code: string): Promise<ListTypeDefinition> {
      const type = (await byCode()).get(code);
      if (!type) throw listTypeNotFound(code);
      return type;
    },
  };
}

export type ListTypes = ReturnType<typeof createListTypes>;
