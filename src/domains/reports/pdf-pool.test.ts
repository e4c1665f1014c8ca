import { afterAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../kernel/crypto.js';
import { reportFonts } from './fonts.js';
import { createPdfPool, inlineRenderer } from './pdf-pool.js';
import { renderPdf } from './render-pdf.js';
import { SNAPSHOT_FORMAT, type ReportContent, type ReportRecord } from './schema.js';
import { pdfText } from './testing.js';

const record = (n: number): ReportRecord => ({
  id: `r-${n}`, typeCode: 'admin_penalty', typeName: '行政处罚', docNo: `深南市监罚〔2026〕${n}号`, decisionDate: '2026-05-10', publicityEnd: '2027-05-09',
  severity: 'general', source: '深圳市市场监督管理局南山监管局',
  fields: [{ label: '违法事实', value: `当事人于2026年5月${n}日未按规定公示年度报告，货值金额${n * 37}元。` }, { label: '处罚内容', value: `警告，并处罚款人民币${n * 500}元。` }],
});

/** A snapshot with `n` penalties whose text differs from every other snapshot's (`salt`). */
function content(salt: number, n = 12): ReportContent {
  const penalties = Array.from({ length: n }, (_, i) => record(salt * 100 + i + 1));
  return {
    format: SNAPSHOT_FORMAT, reportNo: `XY-20260615-ABCD${String(2345 + salt).slice(-4).replace(/[01]/g, '2')}`, kind: 'public', issuedAt: '2026-06-15T02:00:00.000Z', asOf: '2026-06-15',
    issuer: '南山区公共信用信息平台', verifyUrl: 'https://credit.example.gov.cn/reports/verify',
    subject: { name: `深圳市龘𠀡${salt}号科技有限公司`, code: '91440300MA5FXXXX0X', type: 'enterprise', typeLabel: '企业', statusLabel: '存续', legalRep: '张三', address: null, establishedOn: null, industry: null, division: null, formerNames: [], idNumberMasked: null },
    summary: { licences: 0, penalties: n, listEntries: 0, ratings: 0, commitments: 0, commendations: 0, others: 0 },
    licences: [], penalties, listEntries: [], ratings: [], ratingRecords: [], commitments: [], commitmentRecords: [], commendations: [], others: [],
    sources: [{ name: '深圳市市场监督管理局南山监管局', count: n }], notes: [],
  };
}

describe('PDF rendering: shared layout cache and the thread pool', () => {
  const pool = createPdfPool({ size: 2, fonts: reportFonts });
  afterAll(async () => pool.close());

  it('renders the same bytes with the process-wide layout cache as with pdfkit\'s own, cold or warm', async () => {
    const fonts = reportFonts();
    for (const salt of [1, 2, 1]) {
      const c = content(salt);
      const own = await renderPdf(c, 'ABCD-EFGH-JKLM', fonts, { shareLayout: false });
      const shared = await renderPdf(c, 'ABCD-EFGH-JKLM', fonts);
      expect(sha256Hex(shared)).toBe(sha256Hex(own));
    }
  });

  it('renders on its threads the very bytes rendered inline, for reports asked for at once', async () => {
    const inline = inlineRenderer(reportFonts);
    const snapshots = [3, 4, 5, 6, 7].map((salt) => content(salt));
    const pooled = await Promise.all(snapshots.map((c) => pool(c, 'WXYZ-2345-6789')));
    for (const [i, c] of snapshots.entries()) expect(sha256Hex(pooled[i]!)).toBe(sha256Hex(await inline(c, 'WXYZ-2345-6789')));
    const { text } = await pdfText(pooled[2]!);
    expect(text).toContain("深圳市龘𠀡5号科技有限公司");
    expect(text).toContain('深南市监罚〔2026〕501号');
  }, 60_000);
});
