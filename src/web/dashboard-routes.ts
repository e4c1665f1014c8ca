import type { FastifyRequest } from 'fastify';
import type { HttpApp } from '../kernel/http.js';
import { DomainError, NotFoundError } from '../kernel/errors.js';
import type { WebContext } from './web-context.js';
import { createConsolePage, HIDDEN, queryText } from './console-page.js';
import { buildTheme, THEMES, type Cell, type DashboardQuery, type Theme } from './dashboard-themes.js';
import { sendXlsx, workbook } from './dashboard-xlsx.js';
import { inLang } from './format.js';
import { sendPage } from './respond.js';
import { dashboardPage } from './pages/console-dashboard.js';

const SLUGS: Record<string, Theme> = { coverage: 'coverage', records: 'records', timeliness: 'timeliness', checks: 'checks', ratings: 'ratings', 'due-process': 'dueProcess' };

export const dashboardQuery = (request: FastifyRequest): DashboardQuery => {
  const q: DashboardQuery = {};
  for (const k of ['from', 'to', 'street', 'industry', 'department', 'by', 'model'] as const) {
    const v = queryText(request.query, k, 64);
    if (v) q[k] = v;
  }
  return q;
};

const exportHref = (theme: Theme, request: FastifyRequest) => {
  const i = request.url.indexOf('?');
  return `/console/dashboard/${theme === 'dueProcess' ? 'due-process' : theme}/export.xlsx${i >= 0 ? request.url.slice(i) : ''}`;
};

/** A link's text, as a number when it is one (so the workbook can sum a drill-down column). */
const cellValue = (c: Cell): string | number | null => (c !== null && typeof c === 'object' ? (/^\d+$/.test(c.text) ? Number(c.text) : c.text) : c);

/** The dashboards in the console (docs/statistics.md): the overview and one page per theme, each with its Excel export. */
export function registerDashboardRoutes(app: HttpApp, web: WebContext): void {
  const consolePage = createConsolePage(web);
  const { providerQuality } = web.services;

  const page = (theme: Theme) => consolePage('dashboard', async ({ request, reply, view, user, actor }) => {
    const query = dashboardQuery(request);
    const departments = (await providerQuality.departments(actor).catch(() => [])).map((d) => ({ id: d.id, name: view.lang === 'en' ? (d.nameEn ?? d.name) : d.name }));
    try {
      const result = await buildTheme(web, actor, view, theme, query);
      return dashboardPage(view, user, { theme, query, result, error: null, departments, exportHref: exportHref(theme, request) });
    } catch (err) {
      if (!(err instanceof DomainError) || err.status !== 400) throw err;
      const error = inLang(err.errors?.[0]?.message ?? err.message, view.lang);
      return sendPage(reply, view, 400, dashboardPage(view, user, { theme, query, result: null, error, departments, exportHref: '' }));
    }
  });

  app.get('/console/dashboard', HIDDEN, page('overview'));
  for (const [slug, theme] of Object.entries(SLUGS)) app.get(`/console/dashboard/${slug}`, HIDDEN, page(theme));

  app.get('/console/dashboard/:slug/export.xlsx', HIDDEN, consolePage('dashboard', async ({ request, reply, view, actor }) => {
    const { slug } = request.params as { slug: string };
    const theme = slug === 'overview' ? 'overview' : SLUGS[slug];
    if (!theme || !(THEMES as readonly string[]).includes(theme)) throw new NotFoundError('DASHBOARD_NOT_FOUND', '没有该统计主题 / no such dashboard');
    const query = dashboardQuery(request);
    const result = await buildTheme(web, actor, view, theme, query);
    const filters = Object.entries(query).map(([k, v]) => `${k}=${v}`).join(' · ');
    const sheets = result.sections.filter((s) => s.headers.length > 0).map((s) => ({ name: s.title, title: s.title, headers: s.headers, rows: s.rows.map((r) => r.map(cellValue)) }));
    const body = await workbook(sheets, `xinyong · ${filters || view.t('stats.all')}`);
    return sendXlsx(reply, `xinyong-${slug}.xlsx`, body);
  }));
}
