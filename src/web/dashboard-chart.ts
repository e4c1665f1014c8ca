import * as echarts from 'echarts';
import { html, raw, type Html } from './html.js';

export interface ChartSeries {
  name: string;
  values: ReadonlyArray<number | null>;
  /** percent series draw on a 0-100 axis */
  kind?: 'bar' | 'line';
}

export interface ChartSpec {
  title: string;
  categories: readonly string[];
  series: readonly ChartSeries[];
  /** horizontal bars (long category names such as departments) */
  horizontal?: boolean;
  stacked?: boolean;
  percent?: boolean;
  width?: number;
  height?: number;
}

const PALETTE = ['#1f5fa8', '#c9362b', '#4c9a2a', '#d4a72c', '#7a4fa3', '#2a8c8c', '#8e1b1b'];

/**
 * The page's Content-Security-Policy forbids inline styles: ECharts' SVG
 * carries `style="font-size:12px;…"` on texts and a `<style>` block for hover
 * effects. Declarations become presentation attributes (font-size,
 * font-family, font-weight, fill … are SVG attributes too) and the block goes.
 */
export function cspSafeSvg(svg: string): string {
  return svg
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/ style="([^"]*)"/g, (_m, decls: string) =>
      decls.split(';').map((d) => d.trim()).filter((d) => /^[a-z-]+:[^"<>]+$/.test(d))
        .map((d) => {
          const [name, ...rest] = d.split(':');
          return ` ${name}="${rest.join(':').trim().replace(/&/g, '&amp;')}"`;
        }).join(''))
    .replace(/^<svg width="\d+" height="\d+"/, '<svg width="100%"');
}

/** An ECharts option rendered on the server to SVG (no client script), made CSP-safe, with an accessible name. */
export function chartSvg(spec: ChartSpec): Html {
  const width = spec.width ?? 720;
  const height = spec.height ?? (spec.horizontal ? Math.max(180, 60 + spec.categories.length * 26) : 300);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  const category = { type: 'category' as const, data: [...spec.categories], axisLabel: { fontSize: 11, interval: 0, ...(spec.horizontal ? { width: 150, overflow: 'truncate' as const } : { rotate: spec.categories.length > 8 ? 30 : 0 }) } };
  const value = { type: 'value' as const, ...(spec.percent ? { min: 0, max: 100, axisLabel: { formatter: '{value}%' } } : {}) };
  chart.setOption({
    animation: false,
    color: PALETTE,
    textStyle: { fontFamily: 'Noto Sans CJK SC, Noto Sans SC, sans-serif' },
    legend: spec.series.length > 1 ? { top: 0 } : undefined,
    grid: { left: spec.horizontal ? 170 : 50, right: 30, top: spec.series.length > 1 ? 36 : 16, bottom: spec.horizontal ? 24 : 60 },
    xAxis: spec.horizontal ? value : category,
    yAxis: spec.horizontal ? { ...category, inverse: true } : value,
    series: spec.series.map((s) => ({
      name: s.name, type: s.kind ?? 'bar', data: [...s.values], ...(spec.stacked ? { stack: 'all' } : {}),
      label: { show: spec.categories.length <= 12 && !spec.stacked, position: spec.horizontal ? 'right' : 'top', fontSize: 10, ...(spec.percent ? { formatter: '{c}%' } : {}) },
    })),
  });
  const svg = cspSafeSvg(chart.renderToSVGString());
  chart.dispose();
  return html`<figure class="chart" role="img" aria-label="${spec.title}"><figcaption class="visually-hidden">${spec.title}</figcaption>${raw(svg)}</figure>`;
}
