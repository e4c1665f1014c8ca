import type { Database } from '../../db/connect.js';
import type { Actor } from '../../kernel/actor.js';
import type { AuditTrail } from '../../kernel/audit.js';
import { authorize } from '../../kernel/authorize.js';
import { chinaDate, isoNow, type Clock } from '../../kernel/clock.js';
import { newId } from '../../kernel/ids.js';
import type { AccountsService } from '../accounts/index.js';
import { parseUscc } from '../identifiers/index.js';
import { agencyDuplicate, agencyNotFound, agencyStaffNotFound, agencyStatusInvalid, agencyUsccInvalid } from './errors.js';
import { parseInput } from './parse-input.js';
import { canManageAgencies, canReadAgencyFile, type AgencyActor } from './policy.js';
import { presentAgencyFile, presentPublicAgency, type AgencyFile, type AgencyPage, type PublicAgency } from './present.js';
import { agencyRepo as repo, type AgencyRow } from './repo.js';
import { mayChangeStatus } from './rules.js';
import { agencyCreateSchema, agencyQuerySchema, agencyStaffSchema, agencyStatusSchema, type AgencyStatus } from './schema.js';
import { isUniqueViolation } from '../../db/errors.js';

export interface AgencyServiceDeps {
  database: Database;
  clock: Clock;
  audit: AuditTrail;
  accounts: Pick<AccountsService, 'getDepartment'>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The credit service agency registry (信用服务机构备案, SPEC §11; docs/agencies.md):
 * filings with their services and staff, status changes with their history,
 * and the public list of registered agencies. Complaints about an agency are
 * the complaints domain's (it reads agencies through `find`).
 */
export function createAgencyService(deps: AgencyServiceDeps) {
  const { database, clock, audit, accounts } = deps;
  const db = database.db;

  async function agencyActor(actor: Actor): Promise<AgencyActor> {
    if (actor.kind === 'anonymous' || actor.role !== 'staff' || actor.departmentId === null) return { actor, creditOffice: false };
    const department = await accounts.getDepartment(actor.departmentId).catch(() => null);
    return { actor, creditOffice: department?.kind === 'credit_office' };
  }

  async function requireRow(id: string): Promise<AgencyRow> {
    const row = UUID.test(id) ? await repo.find(db, id) : await repo.findByUscc(db, id.toUpperCase());
    if (!row) throw agencyNotFound(id);
    return row;
  }

  const file = async (row: AgencyRow): Promise<AgencyFile> => presentAgencyFile(row, await repo.staffOf(db, row.id), await repo.historyOf(db, row.id));

  return {
    /** Files an agency (status `filed`; the first history line says so). */
    async create(actor: Actor, input: unknown): Promise<AgencyFile> {
      authorize(actor, canManageAgencies(await agencyActor(actor)), '登记信用服务机构');
      const body = parseInput(agencyCreateSchema, input);
      const code = parseUscc(body.uscc);
      if (!code.valid) throw agencyUsccInvalid(code.failures.map((f) => f.message).join('；'));
      const now = isoNow(clock);
      const row: AgencyRow = {
        id: newId(), name: body.name, uscc: code.normalized, legalRep: body.legalRep, address: body.address,
        services: JSON.stringify([...new Set(body.services)]), filingNo: body.filingNo, filedOn: body.filedOn, contactPhone: body.contactPhone ?? null,
        status: 'filed', version: 1, createdAt: now, updatedAt: now,
      };
      if (await repo.exists(db, row.uscc, row.filingNo)) throw agencyDuplicate();
      try {
        await db.transaction().execute(async (trx) => {
          await repo.insert(trx, row);
          await repo.insertHistory(trx, { id: newId(), agencyId: row.id, fromStatus: null, toStatus: 'filed', reason: `备案 ${row.filingNo}`, onDate: body.filedOn, at: now, actorType: actor.kind, actorId: actor.id });
          await audit.append(trx, actor, { action: 'agency.create', targetType: 'agency', targetId: row.id, details: { uscc: row.uscc, filingNo: row.filingNo } });
        });
      } catch (err) {
        if (isUniqueViolation(err)) throw agencyDuplicate();
        throw err;
      }
      return file(row);
    },

    /** The public list: filed and suspended agencies by default (a revoked filing on request), by name. */
    async list(query: unknown = {}): Promise<AgencyPage> {
      const q = parseInput(agencyQuerySchema, query);
      const statuses: AgencyStatus[] = q.status ? [q.status] : ['filed', 'suspended'];
      const rows = await repo.list(db, { statuses, text: q.q, limit: q.pageSize + 1, offset: (q.page - 1) * q.pageSize });
      return { items: rows.slice(0, q.pageSize).map(presentPublicAgency), page: q.page, pageSize: q.pageSize, hasMore: rows.length > q.pageSize };
    },

    /** One agency by id or USCC: its public view, or the full file for the office and auditors. */
    async get(actor: Actor, id: string): Promise<PublicAgency | AgencyFile> {
      const row = await requireRow(id);
      return canReadAgencyFile(await agencyActor(actor)) ? file(row) : presentPublicAgency(row);
    },

    /** For other domains (complaints): the public view of an agency by id or USCC, or undefined. */
    async find(ref: string): Promise<PublicAgency | undefined> {
      const row = UUID.test(ref) ? await repo.find(db, ref) : await repo.findByUscc(db, ref.trim().toUpperCase());
      return row ? presentPublicAgency(row) : undefined;
    },

    /** Suspends, restores or revokes a filing (rules.ts), with its reason in the history. */
    async changeStatus(actor: Actor, id: string, input: unknown): Promise<AgencyFile> {
      authorize(actor, canManageAgencies(await agencyActor(actor)), '变更备案状态');
      const body = parseInput(agencyStatusSchema, input);
      const row = await requireRow(id);
      if (!mayChangeStatus(row.status as AgencyStatus, body.status)) throw agencyStatusInvalid(row.status, body.status);
      const now = isoNow(clock);
      await db.transaction().execute(async (trx) => {
        if (!(await repo.update(trx, row.id, Number(row.version), { status: body.status, updatedAt: now }))) throw agencyStatusInvalid(row.status, body.status);
        await repo.insertHistory(trx, { id: newId(), agencyId: row.id, fromStatus: row.status, toStatus: body.status, reason: body.reason, onDate: chinaDate(clock), at: now, actorType: actor.kind, actorId: actor.id });
        await audit.append(trx, actor, { action: 'agency.status', targetType: 'agency', targetId: row.id, details: { from: row.status, to: body.status, reason: body.reason } });
      });
      return file((await repo.find(db, row.id))!);
    },

    async addStaff(actor: Actor, id: string, input: unknown): Promise<AgencyFile> {
      authorize(actor, canManageAgencies(await agencyActor(actor)), '登记从业人员');
      const body = parseInput(agencyStaffSchema, input);
      const row = await requireRow(id);
      const staffId = newId();
      await db.transaction().execute(async (trx) => {
        await repo.insertStaff(trx, { id: staffId, agencyId: row.id, name: body.name, role: body.role, addedOn: chinaDate(clock), removedOn: null });
        await repo.touch(trx, row.id, isoNow(clock));
        await audit.append(trx, actor, { action: 'agency.staff_add', targetType: 'agency', targetId: row.id, details: { staffId, role: body.role } });
      });
      return file((await repo.find(db, row.id))!);
    },

    /** A staff member leaves: the line stays, with the day they left. */
    async removeStaff(actor: Actor, id: string, staffId: string): Promise<AgencyFile> {
      authorize(actor, canManageAgencies(await agencyActor(actor)), '登记从业人员');
      const row = await requireRow(id);
      await db.transaction().execute(async (trx) => {
        if (!(await repo.removeStaff(trx, row.id, staffId, chinaDate(clock)))) throw agencyStaffNotFound(staffId);
        await audit.append(trx, actor, { action: 'agency.staff_remove', targetType: 'agency', targetId: row.id, details: { staffId } });
      });
      return file((await repo.find(db, row.id))!);
    },

    count: () => repo.count(db),
  };
}

export type AgencyRegistry = ReturnType<typeof createAgencyService>;
