import { sign, type KeyObject, createPublicKey, createHash } from 'node:crypto';
import type { Database } from '../../db/connect.js';
import { anonymousActor, type Actor } from '../../kernel/actor.js';
import type { AuditTrail } from '../../kernel/audit.js';
import { authorize } from '../../kernel/authorize.js';
import { chinaDate, isoNow, type Clock } from '../../kernel/clock.js';
import { safeEqual, sha256Hex } from '../../kernel/crypto.js';
import { newId } from '../../kernel/ids.js';
import type { ArchiveService } from '../archive/index.js';
import type { CatalogService } from '../catalog/index.js';
import type { ListService } from '../lists/index.js';
import type { RatingService } from '../ratings/index.js';
import type { GovernmentRecord, PublicRecord } from '../records/index.js';
import type { SubjectService } from '../subjects/index.js';
import { buildContent } from './build-content.js';
import { canonicalJson } from '../../kernel/canonical-json.js';
import { codeHash, newReportNo, newVerificationCode, REPORT_NO_PATTERN } from './codes.js';
import { reportFullNotAllowed, reportInputInvalid, reportNotFound } from './errors.js';
import { reportFonts as sharedFonts, type ReportFonts } from './fonts.js';
import { canIssueFull, canReadRegister } from './policy.js';
import { presentRegisterItem, presentVerification, reportLinks, type RegisterPage, type ReportIssued, type Verification } from './present.js';
import { renderHtml } from './render-html.js';
import { inlineRenderer, type PdfRenderer } from './pdf-pool.js';
import { PDF_RENDERER } from './render-pdf.js';
import { reportsRepo, type ReportRow } from './repo.js';
import { issueBodySchema, registerQuerySchema, reportContentSchema, verifyQuerySchema, type ReportCommitment, type ReportContent, type ReportKind } from './schema.js';
import { parseWith } from './parse.js';

/** Commitments come from the commitments domain when it is there (SPEC §8); a report without the port lists none. */
export interface CommitmentsPort {
  forReport(subjectId: string, opts: { kind: ReportKind; asOf: string }): Promise<ReportCommitment[]>;
}

export interface ReportServiceDeps {
  database: Database;
  clock: Clock;
  audit: AuditTrail;
  /** Ed25519: signs each report's content digest (the key that signs check receipts) */
  signingKey: KeyObject;
  /** where the verification page lives, e.g. https://credit.example.gov.cn (the QR code points there) */
  publicUrl: string;
  subjects: Pick<SubjectService, 'getByCode'>;
  archive: Pick<ArchiveService, 'overview' | 'records'>;
  catalog: Pick<CatalogService, 'current'>;
  lists: Pick<ListService, 'entriesInEffect'>;
  ratings: Pick<RatingService, 'forSubject'>;
  commitments?: CommitmentsPort | undefined;
  fonts?: (() => ReportFonts) | undefined;
  /** where PDFs are rendered: inline by default, or a thread pool (`createPdfPool`, docs/reports.md#benchmark) */
  pdf?: PdfRenderer | undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PAGE = 50;
/** The public archive pages through this many records of a subject at most. */
const PUBLIC_DEPTH = 1000;

export interface IssuedReport {
  report: ReportIssued;
  pdf: Buffer;
  content: ReportContent;
}

/** Credit reports (SPEC §9): issue (public or full), render again from the stored snapshot, verify, the staff register. */
export function createReportService(deps: ReportServiceDeps) {
  const { database, clock, audit, signingKey, subjects, archive, catalog, lists, ratings, commitments } = deps;
  const db = database.db;
  const fonts = deps.fonts ?? sharedFonts;
  const pdfOf = deps.pdf ?? inlineRenderer(fonts);
  const verifyUrl = `${deps.publicUrl.replace(/\/+$/, '')}/reports/verify`;
  const keyId = createHash('sha256').update(createPublicKey(signingKey).export({ format: 'der', type: 'spki' }).subarray(-32)).digest('hex').slice(0, 16);

  /** Fields above `authorised` never reach a report, even when the reader (the CLI) could see them. */
  async function withoutInternalFields(items: GovernmentRecord[]): Promise<GovernmentRecord[]> {
    const levels = new Map<string, Map<string, string>>();
    for (const code of new Set(items.map((r) => r.type.code))) {
      const def = (await catalog.current(code)).definition;
      levels.set(code, new Map(def.fields.map((f) => [f.key, f.disclosure ?? 'public'])));
    }
    return items.map((r) => ({ ...r, fields: r.fields.filter((f) => (levels.get(r.type.code)?.get(f.key) ?? 'internal') !== 'internal') }));
  }

  async function readRecords(reader: Actor, ref: { code?: string; subjectId?: string }, purpose: string | undefined, audience: string): Promise<Array<PublicRecord | GovernmentRecord>> {
    const out: Array<PublicRecord | GovernmentRecord> = [];
    for (let page = 1; ; page++) {
      const res = await archive.records(reader, { ...ref, page, pageSize: PAGE, ...(purpose ? { purpose } : {}) });
      out.push(...(res.items as Array<PublicRecord | GovernmentRecord>));
      if (!res.hasMore || (audience === 'public' && (page + 1) * PAGE > PUBLIC_DEPTH)) break;
    }
    return audience === 'internal' ? withoutInternalFields(out as GovernmentRecord[]) : out;
  }

  async function ratingsFor(actor: Actor, subject: { id: string; code: string | null }, kind: ReportKind) {
    const reader = kind === 'full' && actor.kind === 'user' && actor.role === 'subject' && actor.subjectId === subject.id ? actor : anonymousActor();
    try {
      return (await ratings.forSubject(reader, subject.code ?? subject.id)).ratings;
    } catch (err) {
      if ((err as { code?: string }).code === 'SUBJECT_NOT_FOUND') return [];
      throw err;
    }
  }

  function seal(content: ReportContent): { canonical: string; contentDigest: string; signature: string } {
    const canonical = canonicalJson(content);
    const contentDigest = sha256Hex(canonical);
    return { canonical, contentDigest, signature: sign(null, Buffer.from(contentDigest, 'utf8'), signingKey).toString('base64') };
  }

  /** Gathers what the reader may see, freezes it as the snapshot, renders the PDF, and stores the report with its audit entry. */
  async function issue(actor: Actor, input: unknown, opts: { batchId?: string } = {}): Promise<IssuedReport> {
    const q = parseWith(issueBodySchema, input, reportInputInvalid);
    const ref = UUID.test(q.subject) ? { subjectId: q.subject.toLowerCase() } : { code: q.subject };
    // A public report reads as the public does, whoever asks; a full one as the asker (the archive logs the read).
    const reader = q.kind === 'public' ? anonymousActor() : actor;
    const overview = await archive.overview(reader, { ...ref, ...(q.purpose ? { purpose: q.purpose } : {}) });
    if (q.kind === 'full' && !canIssueFull(actor, overview.audience)) throw reportFullNotAllowed();
    const subject = overview.subject;
    const subjectId = 'id' in subject ? subject.id : null;
    const asOf = chinaDate(clock);
    const issuedAt = isoNow(clock);
    const records = await readRecords(reader, ref, q.purpose, overview.audience);
    const id = subjectId ?? (await subjectIdOf(ref));
    const content = buildContent({
      reportNo: newReportNo(asOf), kind: q.kind, issuedAt, asOf, verifyUrl, subject, records,
      listEntries: await lists.entriesInEffect(id, asOf, { publicOnly: q.kind === 'public' }),
      ratings: await ratingsFor(actor, { id, code: subject.code }, q.kind),
      commitments: commitments ? await commitments.forReport(id, { kind: q.kind, asOf }) : [],
    });
    const missing = fonts().missing(JSON.stringify(content));
    if (missing.length > 0) {
      content.notes.push(`以下字符字库中没有字形，以“〓”代替：${missing.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`).join(' ')}。 Characters no font has are printed as 〓.`);
    }
    const code = newVerificationCode();
    const { canonical, contentDigest, signature } = seal(content);
    const pdf = await pdfOf(content, code);
    const row: Omit<ReportRow, 'verificationCount' | 'lastVerifiedAt'> = {
      id: newId(clock.now().getTime()), reportNo: content.reportNo, kind: q.kind, subjectId: id, subjectCode: subject.code, subjectName: subject.name,
      issuedAt, issuedOn: asOf, issuerType: actor.kind, issuerId: actor.id, issuerRole: actor.role, purpose: q.purpose ?? null, batchId: opts.batchId ?? null,
      codeHash: codeHash(code), contentDigest, pdfSha256: sha256Hex(pdf), pdfBytes: pdf.length, signature, keyId, renderer: PDF_RENDERER, snapshot: canonical,
    };
    await db.transaction().execute(async (trx) => {
      await reportsRepo.insert(trx, row);
      await audit.append(trx, actor, {
        action: 'report.issue', targetType: 'report', targetId: row.id, subjectId: id, purpose: q.purpose ?? null,
        details: { reportNo: row.reportNo, kind: q.kind, contentDigest, pdfSha256: row.pdfSha256, ...(opts.batchId ? { batchId: opts.batchId } : {}) },
      });
    });
    return {
      report: {
        reportNo: row.reportNo, kind: q.kind, subject: { name: subject.name, code: subject.code }, issuedAt, asOf, verificationCode: code,
        contentDigest, pdfSha256: row.pdfSha256, links: reportLinks(row.reportNo, code),
      },
      pdf,
      content,
    };
  }

  /** The subject's id when the public view does not carry it (public reports): the registry's, by code. */
  async function subjectIdOf(ref: { code?: string; subjectId?: string }): Promise<string> {
    return ref.subjectId ?? (await subjects.getByCode(ref.code!)).id;
  }

  /** A report by number, if the code is its code; any mismatch answers REPORT_NOT_FOUND (nothing tells which part was wrong). */
  async function holding(reportNo: string, code: string): Promise<ReportRow> {
    const row = REPORT_NO_PATTERN.test(reportNo) ? await reportsRepo.byNumber(db, reportNo) : undefined;
    if (!row || !safeEqual(row.codeHash, codeHash(code))) throw reportNotFound();
    return row;
  }

  const snapshotOf = (row: ReportRow): ReportContent => reportContentSchema.parse(JSON.parse(row.snapshot));

  return {
    issue,

    /** The PDF or HTML again, from the stored snapshot: the same bytes as issued (the PDF's digest is checked by the tests). */
    async render(reportNo: string, code: string, format: 'pdf' | 'html'): Promise<{ body: Buffer | string; reportNo: string }> {
      const row = await holding(reportNo, code);
      const content = snapshotOf(row);
      return { reportNo, body: format === 'pdf' ? await pdfOf(content, code) : renderHtml(content, code) };
    },

    /** The HTML of a report just issued (no second read). */
    html: (content: ReportContent, code: string) => renderHtml(content, code),

    /** Anyone with the number and the code: what was issued, when, for whom, and its digests; `digest` (the SHA-256 of a PDF) is compared. */
    async verify(reportNo: string, query: unknown): Promise<Verification> {
      const q = parseWith(verifyQuerySchema, query, reportInputInvalid);
      const row = await holding(reportNo, q.code);
      await reportsRepo.countVerification(db, row.id, isoNow(clock));
      const updated = { ...row, verificationCount: Number(row.verificationCount) + 1 };
      const matches = q.digest === undefined ? null : safeEqual(q.digest.toLowerCase(), row.pdfSha256);
      return presentVerification(updated, row.issuedOn, matches);
    },

    /** Staff: who issued which report, when, for whom, and how often it was verified. */
    async register(actor: Actor, query: unknown): Promise<RegisterPage> {
      authorize(actor, canReadRegister(actor), '查看报告登记簿');
      const q = parseWith(registerQuerySchema, query, reportInputInvalid);
      const subjectId = q.subject === undefined ? undefined : UUID.test(q.subject) ? q.subject : await subjectIdOf({ code: q.subject }).catch(() => '00000000-0000-0000-0000-000000000000');
      const rows = await reportsRepo.page(db, { ...(subjectId ? { subjectId } : {}), limit: q.pageSize + 1, offset: (q.page - 1) * q.pageSize });
      return { items: rows.slice(0, q.pageSize).map(presentRegisterItem), page: q.page, pageSize: q.pageSize, hasMore: rows.length > q.pageSize };
    },

    keyId,
  };
}

export type ReportService = ReturnType<typeof createReportService>;
