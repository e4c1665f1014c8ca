import type { HttpApp } from '../kernel/http.js';
import { DomainError } from '../kernel/errors.js';
import { parseUscc } from '../domains/identifiers/index.js';
import type { Subject } from '../domains/subjects/index.js';
import type { WebContext } from './web-context.js';
import { redirect, sendPage } from './respond.js';
import { homePage } from './pages/home.js';
import { searchPage } from './pages/search.js';
import { subjectPage } from './pages/subject.js';
import { errorPage } from './pages/error-page.js';
import { parseSearchParams, runSearch } from './pages/search-query.js';
import { echoInput } from './mask.js';
import { loadSubjectPage } from './portal-subject.js';
import { registerListingPages } from './portal-listing-routes.js';

const HIDDEN = { schema: { hide: true } } as const;
/** Longer than any code or legacy identifier: refused before it reaches the registry. */
const MAX_CODE = 40;

/** The public portal: home, search, subject profiles with their tabs, the 双公示 listings and the credit lists. */
export function registerPortalRoutes(app: HttpApp, web: WebContext): void {
  const { subjects } = web.services;

  app.get('/', HIDDEN, async (request, reply) => {
    const view = web.view(request, reply);
    return sendPage(reply, view, 200, homePage(view));
  });

  app.get('/search', { ...HIDDEN, config: { rateLimit: { max: 120, timeWindow: '1 minute' } } }, async (request, reply) => {
    const view = web.view(request, reply);
    const params = parseSearchParams(request.query);
    return sendPage(reply, view, 200, searchPage(view, params, await runSearch(subjects, params)));
  });

  app.get('/subjects/:code', HIDDEN, async (request, reply) => {
    const view = web.view(request, reply);
    const { code } = request.params as { code: string };
    const shown = echoInput(code.length > MAX_CODE ? `${code.slice(0, MAX_CODE)}…` : code);
    const notFound = () => sendPage(reply, view, 404, errorPage(view, { status: 404, message: view.t('error.subject.body', { code: shown }) }));
    const malformed = () => {
      const parsed = parseUscc(code);
      const details = parsed.valid ? [] : parsed.failures.map((f) => (view.lang === 'en' ? f.messageEn : f.message));
      return sendPage(reply, view, 400, errorPage(view, { status: 400, message: view.t('error.code.body', { code: shown }), details }));
    };
    if (code.length > MAX_CODE) return malformed();
    let subject: Subject;
    try {
      subject = await subjects.getByCode(code);
    } catch (err) {
      if (!(err instanceof DomainError) || err.code !== 'SUBJECT_NOT_FOUND') throw err;
      return parseUscc(code).valid ? notFound() : malformed();
    }
    // Persons have no public profile (SPEC §2): to the public they do not exist here.
    if (subject.type === 'person' || !subject.code) return notFound();
    // One address per subject: lower case, full-width or legacy identifiers lead to the canonical one.
    if (code !== subject.code) return redirect(reply, `/subjects/${encodeURIComponent(subject.code)}`, 301);
    return sendPage(reply, view, 200, subjectPage(view, await loadSubjectPage(web, request, { ...subject, code: subject.code })));
  });

  registerListingPages(app, web);
}
