import { z } from 'zod';
import type { Actor } from '../kernel/actor.js';
import { DomainError, NotFoundError } from '../kernel/errors.js';
import type { HttpApp } from '../kernel/http.js';
import { ARCHIVE_CATEGORIES } from '../domains/archive/index.js';
import type { WebContext } from './web-context.js';
import { createConsolePage, HIDDEN, queryText } from './console-page.js';
import { sendPage } from './respond.js';
import { activationIssuedPage, consoleArchivePage, purposePage, type ConsoleArchiveSubject } from './pages/console-archive.js';
import { ARCHIVE_PAGE_SIZE, firstCategory, parseArchiveTab, type ArchiveRecord } from './pages/me-records.js';
import { fieldTypesOf } from './pages/portal-values.js';

const CATEGORY_CODES = ARCHIVE_CATEGORIES.map((c) => c.category);
const subjectNotFound = () => new NotFoundError('SUBJECT_NOT_FOUND', '未找到主体 / no such subject');

/**
 * The government view of a subject's archive in the console (issue 4 §4):
 * staff state a purpose, then read at the level the archive service decides
 * (government for other departments, internal for the credit office); each
 * read is logged by the service with that purpose. The credit office issues
 * the subject's activation code from the same page.
 */
export function registerGovernmentRoutes(app: HttpApp, web: WebContext): void {
  const { accounts, archive, catalog, subjects, ratings } = web.services;
  const consolePage = createConsolePage(web);

  /** Mirrors the archive's policy (credit office staff, admins) to offer the button; the service decides again. */
  async function canIssueCodes(actor: Actor): Promise<boolean> {
    if (actor.role === 'admin') return true;
    if (actor.role !== 'staff' || !actor.departmentId) return false;
    return (await accounts.getDepartment(actor.departmentId)).kind === 'credit_office';
  }

  /** The registry's subject (staff, reviewers, admins, auditors may open it), named as the console names it. */
  async function subjectOf(actor: Actor, id: string): Promise<ConsoleArchiveSubject> {
    if (!z.uuid().safeParse(id).success) throw subjectNotFound();
    const s = await subjects.getById(actor, id);
    return { id: s.id, name: s.name, code: s.code };
  }

  app.get('/console/subjects/:id/archive', HIDDEN, consolePage('registry', async ({ request, reply, view, user, actor }) => {
    const { id } = request.params as { id: string };
    const subject = await subjectOf(actor, id);
    const canIssue = await canIssueCodes(actor);
    const asked = parseArchiveTab(request.query, CATEGORY_CODES);
    const purpose = queryText(request.query, 'purpose', 400)?.trim();
    const askForPurpose = (status: number) =>
      sendPage(reply, view, status, purposePage(view, user, subject, { error: status !== 200, category: asked.category, canIssue }));
    if (!purpose) return askForPurpose(200);
    let overview;
    try {
      overview = await archive.overview(actor, { subjectId: subject.id, purpose });
    } catch (err) {
      if (err instanceof DomainError && err.code === 'PURPOSE_REQUIRED') return askForPurpose(400);
      throw err;
    }
    if (overview.audience === 'public') throw new Error('console roles read the archive above the public level');
    const category = asked.category ?? firstCategory(overview);
    const [records, types, grades] = await Promise.all([
      archive.records(actor, { subjectId: subject.id, category, page: asked.page, pageSize: ARCHIVE_PAGE_SIZE, purpose }),
      catalog.list(),
      ratings.forSubject(actor, subject.id, { purpose }),
    ]);
    return consoleArchivePage(view, user, {
      subject, purpose, overview, category, canIssue,
      records: { items: records.items as ArchiveRecord[], page: records.page, hasMore: records.hasMore },
      fieldTypes: fieldTypesOf(types),
      ratings: grades,
    });
  }));

  // The accounts hook has checked the form's _csrf against the session before this runs.
  app.post('/console/subjects/:id/activation-code', HIDDEN, consolePage('registry', async ({ request, view, user, actor }) => {
    const { id } = request.params as { id: string };
    const subject = await subjectOf(actor, id);
    const issued = await archive.issueActivationCode(actor, { subjectId: subject.id });
    return activationIssuedPage(view, user, subject, issued);
  }));
}
