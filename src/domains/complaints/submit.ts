import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../kernel/actor.js';
import type { WorkingDayCalendar } from '../../kernel/calendar/index.js';
import { chinaDate, isoNow } from '../../kernel/clock.js';
import { DomainError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { newCaseNumber, newQueryCode, queryCodeHash, requestKeyHash } from './case-number.js';
import type { ComplaintServiceDeps } from './deps.js';
import { attachmentInvalid, complaintAgencyUnknown, complaintSubjectUnknown } from './errors.js';
import { isUniqueViolation, parseInput } from './parse-input.js';
import type { Submitted } from './present.js';
import { complaintRepo as repo, type AttachmentRow, type ComplaintRow } from './repo.js';
import { complaintSubmitSchema, MAX_ATTACHMENT_BYTES, type ComplaintDeadlines } from './schema.js';
import type { Teller } from './tell.js';

const MAGIC: Record<string, (b: Buffer) => boolean> = {
  'application/pdf': (b) => b.subarray(0, 5).toString('latin1') === '%PDF-',
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
};

const normalizeContact = (c: string) => {
  const v = c.normalize('NFKC').trim();
  return v.includes('@') ? v.toLowerCase() : v.replace(/[\s-]/g, '');
};

interface SubmitContext {
  deps: ComplaintServiceDeps;
  deadlines: ComplaintDeadlines;
  teller: Teller;
}

/**
 * Files a complaint (anyone): resolves the subject (by code) or the agency,
 * routes it when the responsible department can be told (the subject's records'
 * source departments; the credit office for agencies), stores it with its
 * history line, attachments, audit entry and notices in one transaction, and
 * hands out the case number and a query code shown this once.
 */
export function createSubmit({ deps, deadlines, teller }: SubmitContext) {
  const { database, clock, audit, calendar, subjects, agencies } = deps;
  const db = database.db;

  async function concerning(body: ReturnType<typeof complaintSubmitSchema.parse>) {
    if (body.about === 'agency') {
      const agency = await agencies.find(body.agency!);
      if (!agency) throw complaintAgencyUnknown();
      return { subjectId: null, subjectCode: agency.uscc, subjectName: agency.name, agencyId: agency.id, department: await repo.creditOfficeId(db), routedBy: 'agency' };
    }
    if (body.subjectCode === undefined) return { subjectId: null, subjectCode: null, subjectName: body.subjectName!, agencyId: null, department: null, routedBy: null };
    const subject = await subjects.getByCode(body.subjectCode).catch((err: unknown) => {
      if (err instanceof DomainError && err.status === 404) throw complaintSubjectUnknown();
      throw err;
    });
    const department = await repo.suggestDepartment(db, subject.id);
    // Persons have no code: the ID number typed is never kept (SPEC §2).
    return { subjectId: subject.id, subjectCode: subject.type === 'person' ? null : subject.code, subjectName: subject.name, agencyId: null, department, routedBy: department ? 'records' : null };
  }

  function attachments(body: ReturnType<typeof complaintSubmitSchema.parse>, complaintId: string, now: string): AttachmentRow[] {
    return (body.attachments ?? []).map((a, i) => {
      const bytes = Buffer.from(a.data, 'base64');
      if (bytes.length === 0 || bytes.length > MAX_ATTACHMENT_BYTES) throw attachmentInvalid(i, `1 byte to ${MAX_ATTACHMENT_BYTES / 1024} KiB`);
      if (!MAGIC[a.contentType]!(bytes)) throw attachmentInvalid(i, `the file is not ${a.contentType}`);
      return {
        id: newId(), complaintId, fileName: a.fileName, contentType: a.contentType, sizeBytes: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'), content: bytes.toString('base64'), createdAt: now,
      };
    });
  }

  async function store(trx: Kysely<DB>, actor: Actor, row: ComplaintRow, files: AttachmentRow[], cal: WorkingDayCalendar, departmentName: string | null) {
    await repo.insert(trx, row);
    const line = { at: row.createdAt, onDate: row.receivedOn, actorType: actor.kind, actorId: actor.id, actorRole: actor.role, note: null };
    await repo.insertHistory(trx, { id: newId(), complaintId: row.id, step: 'submit', fromStatus: null, toStatus: 'received', departmentId: null, deadline: cal.addWorkingDays(row.receivedOn, deadlines.received), ...line });
    if (row.status === 'assigned') {
      await repo.insertHistory(trx, { id: newId(), complaintId: row.id, step: 'assign', fromStatus: 'received', toStatus: 'assigned', departmentId: row.departmentId, deadline: row.stepDeadline, ...line, actorType: 'system', actorId: null, actorRole: 'system', note: `按${row.routedBy === 'agency' ? '备案管理' : '信用记录来源部门'}自动分派` });
    }
    await repo.insertAttachments(trx, files);
    await audit.append(trx, actor, {
      action: 'complaint.submit', targetType: 'complaint', targetId: row.id, subjectId: row.subjectId,
      details: { caseNo: row.caseNo, about: row.about, agencyId: row.agencyId, departmentId: row.departmentId, attachments: files.length },
    });
    await teller.received(trx, row);
    if (row.status === 'assigned') await teller.assigned(trx, row, departmentName ?? '');
  }

  return async function submit(actor: Actor, input: unknown, opts: { requestKey?: string | undefined } = {}): Promise<Submitted & { created: boolean }> {
    const body = parseInput(complaintSubmitSchema, input);
    const contact = normalizeContact(body.complainantContact);
    const keyHash = opts.requestKey ? requestKeyHash(opts.requestKey, contact) : null;
    const queryCode = newQueryCode();
    if (keyHash) {
      // A retry: the first answer never arrived, so its query code is replaced by a new one.
      const earlier = await repo.findByRequestKey(db, keyHash);
      if (earlier) {
        await repo.update(db, earlier.id, Number(earlier.version), { queryCodeHash: queryCodeHash(queryCode) });
        return { caseNo: earlier.caseNo, queryCode, status: earlier.status as Submitted['status'], receivedOn: earlier.receivedOn, stepDeadline: earlier.stepDeadline, created: false };
      }
    }
    const about = await concerning(body);
    const cal = await calendar.calendar();
    const today = chinaDate(clock);
    const now = isoNow(clock);
    const id = newId();
    const files = attachments(body, id, now);
    const departmentName = about.department ? ((await repo.departmentNames(db, [about.department])).get(about.department)?.name ?? null) : null;
    const routed = about.department !== null;
    for (let tries = 0; ; tries += 1) {
      const row: ComplaintRow = {
        id, caseNo: newCaseNumber(today), queryCodeHash: queryCodeHash(queryCode), requestKeyHash: keyHash, about: body.about,
        subjectId: about.subjectId, subjectCode: about.subjectCode, subjectName: about.subjectName, agencyId: about.agencyId,
        complainantName: body.complainantName, complainantContact: contact, matter: body.matter,
        status: routed ? 'assigned' : 'received', departmentId: about.department, routedBy: about.routedBy,
        stepDeadline: cal.addWorkingDays(today, routed ? deadlines.assigned : deadlines.received),
        receivedOn: today, assignedOn: routed ? today : null, startedOn: null, closedOn: null,
        outcome: null, outcomeText: null, rejectionReason: null, version: 1, createdAt: now, updatedAt: now,
      };
      try {
        await db.transaction().execute((trx) => store(trx, actor, row, files, cal, departmentName));
        return { caseNo: row.caseNo, queryCode, status: row.status as Submitted['status'], receivedOn: today, stepDeadline: row.stepDeadline, created: true };
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        if (keyHash) {
          const earlier = await repo.findByRequestKey(db, keyHash);
          if (earlier) return submit(actor, input, opts);
        }
        if (tries >= 3) throw err;
      }
    }
  };
}
