import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { ReportFonts } from './fonts.js';
import { REPORT_TEXT, sectionsOf, verifyLink, chinaTime } from './report-text.js';
import type { ReportContent, ReportRecord } from './schema.js';

/** Renderer id stored with each report: the same renderer turns the same snapshot and code into the same bytes. */
export const PDF_RENDERER = 'pdfkit-0.20.2/noto-sans-sc/1';

type Doc = InstanceType<typeof PDFDocument>;
const MARGIN = { top: 56, bottom: 64, left: 50, right: 50 };
const GREY = '#555555';

/** Writes text in runs of the font that has each character (fallback for rare ones); `bold` strokes the glyphs. */
function write(doc: Doc, fonts: ReportFonts, text: string, opts: PDFKit.Mixins.TextOptions & { bold?: boolean } = {}): void {
  const { bold, ...rest } = opts;
  const runs = fonts.runs(text);
  if (bold) doc.lineWidth(0.35);
  runs.forEach((run, i) => {
    doc.font(run.font === 'primary' ? 'sc' : 'tc');
    doc.text(run.text, { ...rest, ...(bold ? { stroke: true, fill: true } : {}), continued: i < runs.length - 1 });
  });
}

/** The QR code as vector squares: crisp at any zoom, and no image decoding. */
function drawQr(doc: Doc, url: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const cell = size / (n + 8);
  doc.save().rect(x, y, size, size).fill('#ffffff').fillColor('#000000');
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) if (qr.modules.get(r, c)) doc.rect(x + (c + 4) * cell, y + (r + 4) * cell, cell, cell);
  }
  doc.fill().restore();
}

function cover(doc: Doc, fonts: ReportFonts, c: ReportContent, code: string): void {
  const t = REPORT_TEXT;
  doc.moveDown(3);
  doc.fontSize(26).fillColor('#000000');
  write(doc, fonts, t.title, { align: 'center', bold: true });
  doc.fontSize(14).moveDown(0.4);
  write(doc, fonts, c.kind === 'full' ? t.kindFull : t.kindPublic, { align: 'center' });
  doc.fontSize(10).fillColor(GREY);
  write(doc, fonts, c.kind === 'full' ? t.kindFullEn : t.kindPublicEn, { align: 'center' });
  doc.moveDown(3).fillColor('#000000').fontSize(12);
  const lines: Array<[string, string]> = [
    [t.subjectName, c.subject.name],
    [t.subjectCode, c.subject.code ?? c.subject.idNumberMasked ?? '—'],
    [t.reportNo, c.reportNo],
    [t.issuedAt, chinaTime(c.issuedAt)],
    [t.asOf, c.asOf],
    [t.verificationCode, code],
    [t.issuer, c.issuer],
  ];
  for (const [label, value] of lines) {
    write(doc, fonts, `${label}：${value}`, { indent: 40 });
    doc.moveDown(0.5);
  }
  const qrSize = 120;
  const y = doc.y + 20;
  drawQr(doc, verifyLink(c.verifyUrl, c.reportNo, code), (doc.page.width - qrSize) / 2, y, qrSize);
  doc.y = y + qrSize + 8;
  doc.fontSize(9).fillColor(GREY);
  write(doc, fonts, t.scanToVerify, { align: 'center' });
  write(doc, fonts, `${t.verifyAt} ${c.verifyUrl}`, { align: 'center' });
  doc.fillColor('#000000');
}

function heading(doc: Doc, fonts: ReportFonts, text: string): void {
  if (doc.y > doc.page.height - MARGIN.bottom - 80) doc.addPage();
  doc.moveDown(0.8).fontSize(14).fillColor('#8b0000');
  write(doc, fonts, text, { bold: true });
  doc.fillColor('#000000').fontSize(10).moveDown(0.3);
}

function record(doc: Doc, fonts: ReportFonts, r: ReportRecord, c: ReportContent): void {
  doc.fontSize(10.5);
  write(doc, fonts, `${r.typeName}　${r.docNo}`, { bold: true });
  doc.fontSize(9).fillColor(GREY);
  const meta = [`${REPORT_TEXT.decisionDate}：${r.decisionDate}`, `${REPORT_TEXT.publicityEnd}：${r.publicityEnd ?? '—'}`, `${REPORT_TEXT.source}：${r.source}`];
  if (r.severity) meta.push(`${REPORT_TEXT.severity}：${r.severity}`);
  write(doc, fonts, meta.join('　'));
  doc.fillColor('#000000');
  const skip = new Set([c.subject.name, c.subject.code ?? '', r.docNo]);
  const fields = r.fields.filter((f) => !skip.has(f.value)).map((f) => `${f.label}：${f.value}`).join('；');
  if (fields) write(doc, fonts, fields, { lineGap: 1 });
  doc.moveDown(0.5);
}

function body(doc: Doc, fonts: ReportFonts, c: ReportContent): void {
  doc.addPage();
  for (const section of sectionsOf(c)) {
    heading(doc, fonts, section.title);
    if (section.lines.length === 0 && section.records.length === 0) {
      doc.fillColor(GREY);
      write(doc, fonts, REPORT_TEXT.none);
      doc.fillColor('#000000');
    }
    for (const line of section.lines) {
      write(doc, fonts, line, { lineGap: 1 });
      doc.moveDown(0.2);
    }
    for (const r of section.records) record(doc, fonts, r, c);
  }
}

/** Footer with the report number and page numbers on every page (pages are buffered until the end). */
function footers(doc: Doc, fonts: ReportFonts, c: ReportContent): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - 40;
    doc.fontSize(8).fillColor(GREY);
    doc.moveTo(MARGIN.left, y - 6).lineTo(doc.page.width - MARGIN.right, y - 6).lineWidth(0.5).stroke(GREY);
    doc.x = MARGIN.left;
    doc.y = y;
    write(doc, fonts, `${REPORT_TEXT.reportNo}：${c.reportNo}　${REPORT_TEXT.issuer}：${c.issuer}`, { width: doc.page.width - MARGIN.left - MARGIN.right - 90, lineBreak: false });
    doc.y = y;
    write(doc, fonts, `第 ${i + 1} 页 / 共 ${range.count} 页`, { align: 'right', width: doc.page.width - MARGIN.left - MARGIN.right, lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

/** pdfkit's per-font shaping cache (text → positioned glyphs in 1/1000 em); the runs are read, never changed, once cached. */
type LayoutCache = Record<string, unknown>;
interface EmbeddedFontInternals { layoutCache?: LayoutCache }
/** Distinct text pieces kept per font before the cache starts afresh (a report uses ~2,000; the cap bounds a long-running server). */
const LAYOUT_CACHE_LIMIT = 50_000;
const layoutCaches = new WeakMap<object, { cache: LayoutCache; checked: number }>();

/**
 * Shaping a word (fontkit's GSUB/GPOS pass) is the largest cost of a report,
 * and pdfkit caches it per document only. The words of reports repeat (labels,
 * headings, every CJK character measured alone by the line breaker), so each
 * document's fonts share one cache per font for the whole process. Shaping is
 * deterministic, so the bytes of a PDF do not change.
 */
function shareLayoutCaches(doc: Doc, fonts: ReportFonts): void {
  const internals = doc as unknown as { _fontFamilies: Record<string, EmbeddedFontInternals>; _font: unknown; _fontSource: unknown; _fontFamily: unknown };
  const families = internals._fontFamilies;
  // Selecting the fonts creates them; the font the page starts with (its line height) stays pdfkit's default.
  const { _font, _fontSource, _fontFamily } = internals;
  for (const [name, font] of [['sc', fonts.primary], ['tc', fonts.fallback]] as const) {
    doc.font(name);
    let shared = layoutCaches.get(font);
    if (!shared || ++shared.checked % 100 === 0 && Object.keys(shared.cache).length > LAYOUT_CACHE_LIMIT) {
      shared = { cache: Object.create(null) as LayoutCache, checked: 0 };
      layoutCaches.set(font, shared);
    }
    const embedded = families[name];
    if (embedded?.layoutCache) embedded.layoutCache = shared.cache;
  }
  Object.assign(internals, { _font, _fontSource, _fontFamily });
}

/** The PDF of a report: a function of the snapshot and the verification code alone (dates come from the snapshot). */
export async function renderPdf(c: ReportContent, code: string, fonts: ReportFonts, opts: { shareLayout?: boolean } = {}): Promise<Buffer> {
  const issued = new Date(c.issuedAt);
  const doc = new PDFDocument({
    size: 'A4', margins: MARGIN, bufferPages: true, autoFirstPage: true, lang: 'zh-CN', displayTitle: true,
    info: { Title: `${REPORT_TEXT.title} ${c.reportNo}`, Author: c.issuer, Subject: c.subject.name, Producer: 'xinyong', Creator: 'xinyong', CreationDate: issued, ModDate: issued },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => { doc.on('end', resolve); doc.on('error', reject); });
  doc.registerFont('sc', fonts.primary as unknown as Buffer);
  doc.registerFont('tc', fonts.fallback as unknown as Buffer);
  // The benchmark's baseline renders without the shared cache (pdfkit's own, per document); the bytes are the same.
  if (opts.shareLayout !== false) shareLayoutCaches(doc, fonts);
  cover(doc, fonts, c, code);
  body(doc, fonts, c);
  footers(doc, fonts, c);
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
