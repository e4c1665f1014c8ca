import type { AccountsDb } from './deps.js';
import { findAuditRows, type AuditRow } from './audit-repo.js';
import { offsetOf, toPage } from './paging.js';
import { parseInput } from './input.js';
import { auditQuerySchema, type AuditEntry, type AuditQuery, type Page } from './schema.js';

const CHINA_OFFSET = '+08:00';
const DAY_MS = 86_400_000;

/** A bare date means that day in China Standard Time; a date-time is taken as given. */
function instant(bound: string, endOfDay: boolean): string {
  if (bound.length === 10) {
    const start = new Date(`${bound}T00:00:00${CHINA_OFFSET}`).getTime();
    return new Date(endOfDay ? start + DAY_MS : start).toISOString();
  }
  const t = new Date(bound).getTime();
  return new Date(endOfDay ? t + 1 : t).toISOString();
}

function toEntry(row: AuditRow): AuditEntry {
  return { ...row, details: row.details === null ? null : (JSON.parse(row.details) as Record<string, unknown>) };
}

/** The auditor's view: filtered, newest first, paginated. Who may call it is decided by the caller. */
export async function listAuditEntries(db: AccountsDb, filters: AuditQuery): Promise<Page<AuditEntry>> {
  const q = parseInput(auditQuerySchema, filters);
  const { rows, total } = await findAuditRows(
    db,
    {
      subjectId: q.subjectId,
      actorId: q.actorId,
      departmentId: q.departmentId,
      action: q.action,
      fromAt: q.from === undefined ? undefined : instant(q.from, false),
      toBefore: q.to === undefined ? undefined : instant(q.to, true),
    },
    offsetOf(q),
  );
  return toPage(rows.map(toEntry), total, q);
}
