import { REPORT_TEXT, chinaTime, sectionsOf, verifyLink } from './report-text.js';
import type { ReportContent, ReportRecord } from './schema.js';

const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

function recordHtml(r: ReportRecord, c: ReportContent): string {
  const skip = new Set([c.subject.name, c.subject.code ?? '', r.docNo]);
  const fields = r.fields.filter((f) => !skip.has(f.value)).map((f) => `<dt>${esc(f.label)}</dt><dd>${esc(f.value)}</dd>`).join('');
  return `<article class="record"><h3>${esc(r.typeName)}　${esc(r.docNo)}</h3>`
    + `<p class="meta">${REPORT_TEXT.decisionDate}：${esc(r.decisionDate)}　${REPORT_TEXT.publicityEnd}：${esc(r.publicityEnd ?? '—')}　${REPORT_TEXT.source}：${esc(r.source)}${r.severity ? `　${REPORT_TEXT.severity}：${esc(r.severity)}` : ''}</p>`
    + (fields ? `<dl>${fields}</dl>` : '') + '</article>';
}

const STYLE = `body{font-family:"Noto Sans SC","Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;max-width:800px;margin:2em auto;padding:0 1em;color:#111;line-height:1.6}
h1{text-align:center;margin-bottom:0}.kind{text-align:center;color:#555}.cover dt{font-weight:bold}.cover{border:1px solid #ccc;padding:1em}
h2{color:#8b0000;border-bottom:1px solid #ddd;margin-top:2em}.record{margin:0 0 1em}.record h3{font-size:1em;margin:0}.meta{color:#555;margin:0;font-size:.9em}
dl{display:grid;grid-template-columns:max-content 1fr;gap:0 1em;margin:.3em 0}dt{color:#555}dd{margin:0}footer{margin-top:3em;color:#555;font-size:.85em;border-top:1px solid #ccc}
@media print{footer{position:fixed;bottom:0}}`;

/** The HTML form of a report: the same snapshot and sections as the PDF, self-contained (no scripts, no external resources). */
export function renderHtml(c: ReportContent, code: string): string {
  const t = REPORT_TEXT;
  const link = verifyLink(c.verifyUrl, c.reportNo, code);
  const cover: Array<[string, string]> = [
    [t.subjectName, c.subject.name], [t.subjectCode, c.subject.code ?? c.subject.idNumberMasked ?? '—'], [t.reportNo, c.reportNo],
    [t.issuedAt, chinaTime(c.issuedAt)], [t.asOf, c.asOf], [t.verificationCode, code], [t.issuer, c.issuer],
  ];
  const sections = sectionsOf(c).map((s) => {
    const empty = s.lines.length === 0 && s.records.length === 0 ? `<p class="meta">${t.none}</p>` : '';
    return `<section><h2>${esc(s.title)}</h2>${empty}${s.lines.map((l) => `<p>${esc(l)}</p>`).join('')}${s.records.map((r) => recordHtml(r, c)).join('')}</section>`;
  }).join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title} ${esc(c.reportNo)}</title><style>${STYLE}</style></head>
<body><header><h1>${t.title}</h1><p class="kind">${c.kind === 'full' ? `${t.kindFull} ${t.kindFullEn}` : `${t.kindPublic} ${t.kindPublicEn}`}</p></header>
<dl class="cover">${cover.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}<dt>${t.verifyAt}</dt><dd><a href="${esc(link)}">${esc(c.verifyUrl)}</a></dd></dl>
${sections}
<footer>${t.reportNo}：${esc(c.reportNo)}　${t.issuer}：${esc(c.issuer)}</footer>
</body></html>
`;
}
