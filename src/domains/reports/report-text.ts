import type { ReportContent, ReportRecord } from './schema.js';

/** The report's fixed wording: Chinese first, English second (the report is read in Chinese; headings carry both). */
export const REPORT_TEXT = {
  title: '公共信用信息报告',
  kindPublic: '（公开版）',
  kindPublicEn: 'Credit report — public information',
  kindFull: '（完整版）',
  kindFullEn: 'Credit report — full, for the subject and the parties it authorised',
  subjectName: '主体名称 Subject',
  subjectCode: '统一社会信用代码 Code',
  reportNo: '报告编号 Report No.',
  issuedAt: '出具时间 Issued',
  asOf: '信息截止日 As of',
  verificationCode: '验证码 Verification code',
  issuer: '出具机构 Issuer',
  scanToVerify: '扫描二维码或在核验页面输入报告编号和验证码核验本报告 / scan the QR code or enter the report number and code to verify',
  verifyAt: '核验页面 Verify at',
  decisionDate: '决定日期',
  publicityEnd: '公示截止',
  source: '来源',
  severity: '严重程度',
  none: '无 / none',
  issuerName: '南山区公共信用信息平台',
} as const;

const SEVERITY: Record<string, string> = { minor: '轻微', general: '一般', serious: '严重' };
const LIST_KIND: Record<string, string> = { red: '红名单', watch: '重点关注名单', black: '黑名单' };

/** An ISO time as China time, "YYYY-MM-DD HH:mm:ss (UTC+8)". */
export function chinaTime(iso: string): string {
  return `${new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ')} (UTC+8)`;
}

/** The QR code's target: the verification page with the number and the code filled in. */
export const verifyLink = (verifyUrl: string, reportNo: string, code: string) =>
  `${verifyUrl}?no=${encodeURIComponent(reportNo)}&code=${encodeURIComponent(code)}`;

export interface ReportSection {
  title: string;
  lines: string[];
  records: ReportRecord[];
}

const withSeverity = (records: ReportRecord[]) => records.map((r) => ({ ...r, severity: r.severity ? (SEVERITY[r.severity] ?? r.severity) : null }));

/** SPEC §9's sections in order, as lines and records, for both renderers. */
export function sectionsOf(c: ReportContent): ReportSection[] {
  const s = c.subject;
  const basic = [
    `主体名称：${s.name}`,
    `统一社会信用代码：${s.code ?? '—'}`,
    ...(s.idNumberMasked ? [`身份证号码：${s.idNumberMasked}`] : []),
    `主体类型：${s.typeLabel}`,
    `登记状态：${s.statusLabel}`,
    `法定代表人：${s.legalRep ?? '—'}`,
    `住所：${s.address ?? '—'}`,
    `成立日期：${s.establishedOn ?? '—'}`,
    `所属行业：${s.industry ?? '—'}`,
    `行政区划：${s.division ?? '—'}`,
    ...(s.formerNames.length > 0 ? [`曾用名：${s.formerNames.join('、')}`] : []),
  ];
  const m = c.summary;
  const summary = [
    `行政许可 ${m.licences} 条；公示期内行政处罚 ${m.penalties} 条；名单 ${m.listEntries} 项；信用评价 ${m.ratings} 项；信用承诺 ${m.commitments} 项；表彰奖励 ${m.commendations} 条；其他信息 ${m.others} 条。`,
    `Licences ${m.licences}; penalties in publicity ${m.penalties}; list entries ${m.listEntries}; ratings ${m.ratings}; commitments ${m.commitments}; commendations ${m.commendations}; other records ${m.others}.`,
  ];
  return [
    { title: '一、基本信息 Basic information', lines: basic, records: [] },
    { title: '二、信息概要 Summary', lines: summary, records: [] },
    { title: '三、行政许可 Licences', lines: [], records: c.licences },
    { title: '四、行政处罚（公示期内） Penalties in publicity', lines: [], records: withSeverity(c.penalties) },
    {
      title: '五、名单信息 List entries',
      lines: c.listEntries.map((e) => `${e.listName}（${LIST_KIND[e.kind] ?? e.kind}）　${e.decisionNo ?? ''}　${e.decidedBy ?? ''}　${e.effectiveFrom} 至 ${e.effectiveTo ?? '移出之日'}　依据：${e.legalBasis}`),
      records: [],
    },
    {
      title: '六、信用评价 Ratings',
      lines: c.ratings.map((r) => `${r.modelName}：${r.gradeLabel}（${r.grade}）　评价日期 ${r.ratedOn}　${r.meaning}`),
      records: c.ratingRecords,
    },
    {
      title: '七、信用承诺 Commitments',
      lines: c.commitments.map((k) => `${k.title}　签署日期 ${k.signedOn}　${k.status}　${k.content}`),
      records: c.commitmentRecords,
    },
    { title: '八、表彰奖励 Commendations', lines: [], records: c.commendations },
    { title: '九、其他信息 Other records', lines: [], records: withSeverity(c.others) },
    {
      title: '十、信息来源与公开说明 Sources and disclosure',
      lines: [...c.sources.map((x) => `${x.name}：${x.count} 条`), ...c.notes],
      records: [],
    },
  ];
}
