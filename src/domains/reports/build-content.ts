import type { ListEntryView } from '../lists/index.js';
import type { GovernmentRecord, PublicRecord } from '../records/index.js';
import type { PublicSubjectRating } from '../ratings/index.js';
import type { PublicSubject, RegistrySubject } from '../subjects/index.js';
import { REPORT_TEXT } from './report-text.js';
import { SNAPSHOT_FORMAT, type ReportCommitment, type ReportContent, type ReportKind, type ReportRecord, type ReportSubject } from './schema.js';

export interface ContentInput {
  reportNo: string;
  kind: ReportKind;
  issuedAt: string;
  asOf: string;
  verifyUrl: string;
  subject: PublicSubject | RegistrySubject;
  /** what the archive handed the reader: public records, or (full) the authorised view with `inPublicity` */
  records: Array<PublicRecord | GovernmentRecord>;
  listEntries: ListEntryView[];
  ratings: Array<Pick<PublicSubjectRating, 'modelName' | 'grade' | 'gradeLabel' | 'meaning' | 'ratedOn'>>;
  commitments: ReportCommitment[];
}

/** Levels a report may carry: never `internal`, whoever asks. */
const REPORTABLE = new Set(['public', 'shared', 'authorised']);

const valueText = (v: unknown): string =>
  Array.isArray(v) ? v.map(String).join('、') : typeof v === 'boolean' ? (v ? '是' : '否') : v === null || v === undefined ? '' : String(v);

function toReportRecord(r: PublicRecord): ReportRecord {
  return {
    id: r.id, typeCode: r.type.code, typeName: r.type.name, docNo: r.docNo, decisionDate: r.decisionDate, publicityEnd: r.publicityEnd,
    severity: r.severity, source: r.source.name,
    fields: r.fields.map((f) => ({ label: f.label, value: valueText(f.value) })).filter((f) => f.value !== ''),
  };
}

function toReportSubject(s: PublicSubject | RegistrySubject, kind: ReportKind): ReportSubject {
  return {
    name: s.name, code: s.code, type: s.type, typeLabel: s.typeLabel, statusLabel: s.statusLabel, legalRep: s.legalRep, address: s.address,
    establishedOn: s.establishedOn, industry: s.industry ? `${s.industry.code} ${s.industry.name ?? ''}`.trim() : null,
    division: s.division ? (s.division.name ?? s.division.code) : null, formerNames: s.formerNames,
    idNumberMasked: kind === 'full' && 'idNumberMasked' in s ? s.idNumberMasked : null,
  };
}

/**
 * SPEC §9: a report's content from what the reader may see. Only records
 * inside their publicity window (repaired ones have their publicity end moved
 * to the repair date, so they are out by then), never an `internal` one; list
 * entries that are records of an upstream list appear once, under lists.
 */
export function buildContent(input: ContentInput): ReportContent {
  const listed = new Set(input.listEntries.map((e) => e.entryId));
  const shown = input.records.filter((r) => !('inPublicity' in r) || (r.inPublicity && REPORTABLE.has(r.disclosure)));
  const by = (categories: string[]) => shown.filter((r) => categories.includes(r.category) && !listed.has(r.id)).map(toReportRecord);
  const licences = by(['licence']);
  const penalties = by(['penalty']);
  const ratingRecords = by(['rating']);
  const commitmentRecords = by(['commitment']);
  const commendations = by(['commendation']);
  const others = by(['basic', 'list', 'judicial', 'other']);
  const sources = new Map<string, number>();
  for (const r of shown) sources.set(r.source.name, (sources.get(r.source.name) ?? 0) + 1);
  const notes = input.kind === 'public'
    ? ['本报告为公开版，仅包含依法向社会公开且在公示期内的信用信息；公示期届满或已完成信用修复的信息不予展示。',
      'Public report: only information the law makes public and that is inside its publicity window; records whose publicity has ended or that were repaired are left out.']
    : ['本报告为完整版，包含公开、共享和授权查询级别且在公示期内的信用信息，仅供信用主体本身及其授权的查询方使用，请妥善保管。',
      'Full report: public, shared and authorised information inside its publicity window, for the subject and the parties it authorised.'];
  notes.push(
    '信息以各来源单位报送为准；如有异议，可通过本平台提出异议申请。 The source departments are responsible for their data; objections can be filed on the platform.',
    '核验：访问核验页面输入报告编号和验证码，可查看出具时间、内容摘要（SHA-256）和 PDF 文件摘要；用 sha256sum 计算所持 PDF 文件的摘要并比对。 Verify: compare `sha256sum report.pdf` with the digest on the verification page.',
  );
  return {
    format: SNAPSHOT_FORMAT, reportNo: input.reportNo, kind: input.kind, issuedAt: input.issuedAt, asOf: input.asOf, issuer: REPORT_TEXT.issuerName,
    verifyUrl: input.verifyUrl, subject: toReportSubject(input.subject, input.kind),
    summary: {
      licences: licences.length, penalties: penalties.length, listEntries: input.listEntries.length,
      ratings: input.ratings.length + ratingRecords.length, commitments: input.commitments.length + commitmentRecords.length,
      commendations: commendations.length, others: others.length,
    },
    licences, penalties,
    listEntries: input.listEntries.map((e) => ({
      listName: e.listName, kind: e.kind, decisionNo: e.decisionNo, decidedBy: e.decidedBy, legalBasis: e.legalBasis, effectiveFrom: e.effectiveFrom, effectiveTo: e.effectiveTo,
    })),
    ratings: input.ratings.map((r) => ({ modelName: r.modelName, grade: r.grade, gradeLabel: r.gradeLabel, meaning: r.meaning, ratedOn: r.ratedOn })),
    ratingRecords, commitments: input.commitments, commitmentRecords, commendations, others,
    sources: [...sources].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    notes,
  };
}
