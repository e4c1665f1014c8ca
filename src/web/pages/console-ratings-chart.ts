import { html, type Html } from '../html.js';

/** Grade colours from the best grade (green) to the worst (dark red); more grades reuse the last. */
const PALETTE = ['#1a7f37', '#4c9a2a', '#8ab833', '#d4a72c', '#e07b24', '#c9362b', '#8e1b1b'];
const colourOf = (index: number, count: number) => PALETTE[count <= PALETTE.length ? Math.round((index * (PALETTE.length - 1)) / Math.max(1, count - 1)) : Math.min(index, PALETTE.length - 1)]!;

export interface BarRow {
  label: string;
  counts: ReadonlyArray<{ grade: string; count: number }>;
}

const ROW = 26;
const LABEL = 120;
const WIDTH = 640;
const BAR = WIDTH - LABEL - 70;

/**
 * Stacked horizontal bars drawn on the server (SVG with presentation
 * attributes only: the CSP forbids inline styles and scripts), one bar per
 * row, one segment per grade, widths proportional to the largest row, a
 * legend underneath. ECharts is not installed; the page shows the same
 * figures in a table beside it.
 */
export function gradeBars(title: string, grades: readonly string[], rows: readonly BarRow[]): Html {
  const totals = rows.map((r) => r.counts.reduce((a, c) => a + c.count, 0));
  const max = Math.max(1, ...totals);
  const height = rows.length * ROW + 40;
  const bars = rows.map((row, i) => {
    const y = i * ROW + 4;
    let x = LABEL;
    const segments = grades.map((grade, g) => {
      const count = row.counts.find((c) => c.grade === grade)?.count ?? 0;
      if (count === 0) return '';
      const w = (count / max) * BAR;
      const rect = html`<rect x="${x.toFixed(1)}" y="${y}" width="${Math.max(w, 0.5).toFixed(1)}" height="${ROW - 8}" fill="${colourOf(g, grades.length)}"><title>${row.label} ${grade}: ${String(count)}</title></rect>`;
      x += w;
      return rect;
    });
    return html`<text x="${LABEL - 6}" y="${y + ROW / 2}" text-anchor="end" font-size="12" fill="#333">${row.label}</text>${segments}<text x="${(x + 4).toFixed(1)}" y="${y + ROW / 2}" font-size="12" fill="#555">${String(totals[i])}</text>`;
  });
  const legendY = rows.length * ROW + 18;
  const legend = grades.map((grade, g) => {
    const x = LABEL + g * 56;
    return html`<rect x="${x}" y="${legendY - 10}" width="12" height="12" fill="${colourOf(g, grades.length)}"></rect><text x="${x + 16}" y="${legendY}" font-size="12" fill="#333">${grade}</text>`;
  });
  return html`<figure class="chart"><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${title}" viewBox="0 0 ${WIDTH} ${height}" width="100%" preserveAspectRatio="xMinYMin meet">
<title>${title}</title>${bars}${legend}</svg></figure>`;
}
