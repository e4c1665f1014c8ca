import type { GrantRow, HeldGrantRow, ReadRow, SubjectGrantRow } from './repo.js';
import type { ArchiveAudience, Grant, GrantStatus, Inquiry, ReceivedGrant } from './schema.js';

/** Where a grant stands on `today` (dates inclusive). */
export function grantStatus(g: Pick<GrantRow, 'validFrom' | 'validTo' | 'revokedAt'>, today: string): GrantStatus {
  if (g.revokedAt !== null) return 'revoked';
  if (today < g.validFrom) return 'scheduled';
  return today > g.validTo ? 'expired' : 'active';
}

const period = (g: GrantRow, today: string) => ({
  purpose: g.purpose, validFrom: g.validFrom, validTo: g.validTo, status: grantStatus(g, today), createdAt: g.createdAt, revokedAt: g.revokedAt,
});

/** The subject's view of a grant: whom it names, by name (never by internal id). */
export function presentGrant(g: SubjectGrantRow, today: string): Grant {
  const user = g.granteeType === 'user';
  return {
    id: g.id,
    grantee: {
      kind: g.granteeType,
      name: (user ? g.userName : g.keyName) ?? '',
      username: user ? g.username : null,
      apiKeyPrefix: user ? null : g.keyPrefix,
      department: g.departmentName,
    },
    ...period(g, today),
  };
}

/** The holder's view: which subject the grant is about. */
export function presentReceivedGrant(g: HeldGrantRow, today: string): ReceivedGrant {
  return { id: g.id, subject: { id: g.subjectId, name: g.subjectName, code: g.subjectCode, type: g.subjectType }, ...period(g, today) };
}

/** Reads that are not archive reads are the credit office's or the source department's: internal. */
function audienceOf(r: ReadRow): ArchiveAudience {
  if (r.action !== 'archive.read' || !r.details) return 'internal';
  const audience = (JSON.parse(r.details) as { audience?: unknown }).audience;
  return audience === 'government' || audience === 'authorised' || audience === 'internal' ? audience : 'internal';
}

function readerName(r: ReadRow): string {
  if (r.actorType === 'user') return r.userName ?? '已删除的用户 / deleted user';
  if (r.actorType === 'api_key') return r.keyName ?? 'API';
  return '系统 / system';
}

/** One line of the inquiry record (查询记录): when, who (by name and department), at which level, why. */
export function presentInquiry(r: ReadRow, subjectId: string): Inquiry {
  return {
    at: r.at,
    reader: {
      kind: r.actorType === 'user' || r.actorType === 'api_key' ? r.actorType : 'system',
      name: readerName(r),
      department: r.departmentName,
      self: r.actorType === 'user' && r.userSubjectId === subjectId,
    },
    action: r.action,
    audience: audienceOf(r),
    purpose: r.purpose,
  };
}
