import type { FastifyRequest } from 'fastify';
import { anonymousActor } from '../kernel/actor.js';
import type { Category } from '../domains/archive/index.js';
import type { Subject } from '../domains/subjects/index.js';
import type { WebContext } from './web-context.js';
import { isListTab, isSubjectTab, tabCounts, tabSelector, type SubjectTab } from './pages/portal-tabs.js';
import { fieldTypesOf } from './pages/portal-values.js';
import { MAX_TAB_PAGE, TAB_PAGE_SIZE, type SubjectPageInput } from './pages/subject.js';

/** `?tab=` and `?page=` read leniently: an unknown tab is 基本信息, a page out of 1-50 the first. */
export function parseTabParams(query: unknown): { tab: SubjectTab; page: number } {
  const raw = (query ?? {}) as Record<string, unknown>;
  const page = Number(raw.page);
  return {
    tab: isSubjectTab(raw.tab) ? raw.tab : 'basic',
    page: Number.isInteger(page) && page >= 1 && page <= MAX_TAB_PAGE ? page : 1,
  };
}

/**
 * What a subject's public page shows, read as the anonymous public whoever is
 * signed in (the subject's own full view is a page of its own): the archive's
 * overview with its counts per category and polarity (which also give the
 * record tabs' counts), the public list entries in effect today (the list tabs
 * and the overview's flags), one tab of records (the record tabs), and the
 * catalogue's field types. The subject is the one the route resolved; the
 * archive reads it once for the overview and the tab.
 */
export async function loadSubjectPage(web: WebContext, request: FastifyRequest, subject: Subject & { code: string }): Promise<SubjectPageInput> {
  const { archive, catalog, disclosure } = web.services;
  const actor = anonymousActor(request.ip, request.id);
  const parsed = parseTabParams(request.query);
  const { tab } = parsed;
  // the list tabs are one page: a subject is on few lists
  const page = isListTab(tab) ? 1 : parsed.page;
  const today = disclosure.today();
  const types = await catalog.list();
  const recordsQuery = isListTab(tab) ? null : (() => {
    const selector = tabSelector(tab, types.map((x) => ({ code: x.definition.code, category: x.definition.category })));
    return { page, pageSize: TAB_PAGE_SIZE, ...('category' in selector ? { category: selector.category as Category } : { typeCodes: selector.typeCodes }) };
  })();
  const [read, listEntries] = await Promise.all([
    archive.subjectPage(actor, subject, { at: today, records: recordsQuery }),
    disclosure.listEntriesOf(subject.id, today),
  ]);
  const { overview, tally, records } = read;
  if (overview.audience !== 'public' || (records !== null && records.audience !== 'public')) throw new Error('the portal reads the public view only');
  return {
    subject: overview.subject,
    overview: { categories: overview.categories, summary: overview.summary, tabCounts: tabCounts(tally, listEntries), lists: listEntries, asOf: today },
    tab,
    page,
    records: records === null ? { items: [], hasMore: false } : { items: records.items, hasMore: records.hasMore },
    listEntries,
    fieldTypes: fieldTypesOf(types),
  };
}
