import { z } from 'zod';
import type { HttpApp } from '../kernel/http.js';
import { DomainError } from '../kernel/errors.js';
import { MAX_LISTING_PAGE, type DisclosureKind } from '../domains/disclosure/index.js';
import type { WebContext } from './web-context.js';
import { redirect, sendPage } from './respond.js';
import { disclosurePage, type DisclosureFilters } from './pages/disclosure-page.js';
import { listIndexPage, listPage } from './pages/list-pages.js';
import { fieldTypesOf } from './pages/portal-values.js';
import { errorPage } from './pages/error-page.js';

const HIDDEN = { schema: { hide: true } } as const;
/** Listings are read by anyone and limited per address like the search (anti-scraping). */
const LIMITED = { ...HIDDEN, config: { rateLimit: { max: 120, timeWindow: '1 minute' } } } as const;
const PAGE_SIZE = 20;
const LIST_TYPE = /^[a-z][a-z0-9_]{0,59}$/;
const isoDate = z.iso.date();

const text = (value: unknown, max: number): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, max) : undefined);

function pageOf(value: unknown): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 && page <= MAX_LISTING_PAGE ? page : 1;
}

/** Filters read leniently: a malformed or inverted date range is dropped (and the page says so), a bad page is the first. */
export function parseDisclosureFilters(query: unknown): DisclosureFilters {
  const raw = (query ?? {}) as Record<string, unknown>;
  const from = text(raw.from, 10);
  const to = text(raw.to, 10);
  const fromOk = from === undefined || isoDate.safeParse(from).success;
  const toOk = to === undefined || isoDate.safeParse(to).success;
  const ordered = !fromOk || !toOk || from === undefined || to === undefined || from <= to;
  return {
    department: text(raw.department, 40),
    from: fromOk && ordered ? from : undefined,
    to: toOk && ordered ? to : undefined,
    page: pageOf(raw.page),
    badDate: !fromOk || !toOk || !ordered,
  };
}

/** The public 双公示 listings and the credit lists, as pages (the same services as /api/v1/disclosures and /api/v1/lists). */
export function registerListingPages(app: HttpApp, web: WebContext): void {
  const { disclosure, catalog, lists } = web.services;

  for (const kind of ['licences', 'penalties'] as const satisfies readonly DisclosureKind[]) {
    app.get(`/disclosures/${kind}`, LIMITED, async (request, reply) => {
      const view = web.view(request, reply);
      const filters = parseDisclosureFilters(request.query);
      const [sources, listing, types] = await Promise.all([
        disclosure.sources(),
        disclosure.latest(kind, { department: filters.department, from: filters.from, to: filters.to, page: filters.page, pageSize: PAGE_SIZE }),
        catalog.list(),
      ]);
      return sendPage(reply, view, 200, disclosurePage(view, {
        kind, filters, sources, items: listing.items, hasMore: listing.hasMore, maxPage: MAX_LISTING_PAGE, fieldTypes: fieldTypesOf(types),
      }));
    });
  }

  app.get('/disclosures', HIDDEN, async (_request, reply) => redirect(reply, '/disclosures/penalties'));

  app.get('/lists', LIMITED, async (request, reply) => {
    const view = web.view(request, reply);
    return sendPage(reply, view, 200, listIndexPage(view, (await disclosure.listTypes()).items));
  });

  app.get('/lists/:listType', LIMITED, async (request, reply) => {
    const view = web.view(request, reply);
    const { listType } = request.params as { listType: string };
    const notFound = () => sendPage(reply, view, 404, errorPage(view, { status: 404, message: view.t('portal.lists.notFound', { type: listType.slice(0, 60) }) }));
    if (!LIST_TYPE.test(listType)) return notFound();
    try {
      const list = await disclosure.listEntries(listType, { page: pageOf((request.query as Record<string, unknown>).page), pageSize: PAGE_SIZE });
      return sendPage(reply, view, 200, listPage(view, list, await lists.type(listType), MAX_LISTING_PAGE));
    } catch (err) {
      if (err instanceof DomainError && err.code === 'LIST_TYPE_NOT_FOUND') return notFound();
      throw err;
    }
  });
}
