import type { SubjectRatings } from '../../domains/ratings/index.js';
import { subjectRatingsSection } from './console-ratings-subject.js';
import type { ArchiveAudience, ArchiveOverview, Category, IssuedActivationCode } from '../../domains/archive/index.js';
import { html, type Html } from '../html.js';
import type { MessageKey } from '../i18n/index.js';
import type { View } from '../view.js';
import { formatTime } from '../format.js';
import { consoleShell, type ConsoleUser } from './console-shell.js';
import { archiveOverviewBlock, categoryLabel, categoryTabs, recordTab, tabHrefFor, type ArchiveRecord } from './me-records.js';
import type { FieldTypes } from './portal-values.js';

/** The subject as the console names it. */
export interface ConsoleArchiveSubject {
  id: string;
  name: string;
  code: string | null;
}

const archivePath = (s: ConsoleArchiveSubject) => `/console/subjects/${encodeURIComponent(s.id)}/archive`;
const AUDIENCE_KEYS: Record<ArchiveAudience, MessageKey> = {
  public: 'gov.archive.audience.public', government: 'gov.archive.audience.government',
  authorised: 'gov.archive.audience.authorised', internal: 'gov.archive.audience.internal',
};

function breadcrumb(view: View, s: ConsoleArchiveSubject): Html {
  return html`<p class="breadcrumb"><a href="/console/subjects">${view.t('console.registry')}</a> ›
  <a href="/console/subjects/${encodeURIComponent(s.id)}">${view.t('gov.archive.registry')}</a></p>`;
}

/** The credit office (and admins) issue a subject's activation code from here; the code is shown once, on the answer. */
function activationForm(view: View, s: ConsoleArchiveSubject): Html {
  const { t } = view;
  return html`<section aria-labelledby="activation-heading">
  <h2 id="activation-heading">${t('gov.activation.heading')}</h2>
  <p class="note">${t('gov.activation.lead')}</p>
  <form method="post" action="/console/subjects/${encodeURIComponent(s.id)}/activation-code" class="inline-form">
    <input type="hidden" name="_csrf" value="${view.csrfToken ?? ''}">
    <button type="submit" class="button">${t('gov.activation.submit')}</button>
  </form>
</section>`;
}

/** Before any read: the purpose, without which nothing above the public level is shown (PURPOSE_REQUIRED). */
export function purposePage(view: View, user: ConsoleUser, s: ConsoleArchiveSubject, opts: { error: boolean; category?: Category | undefined; canIssue: boolean }): Html {
  const { t } = view;
  const body = html`${breadcrumb(view, s)}
<p class="lead">${t('gov.archive.lead')}</p>
${opts.error ? html`<div class="notice notice-error" role="alert" id="purpose-error"><p>${t('gov.archive.purposeError')}</p></div>` : ''}
<form class="form" method="get" action="${archivePath(s)}"${opts.error ? html` aria-describedby="purpose-error"` : ''}>
  ${opts.category ? html`<input type="hidden" name="category" value="${opts.category}">` : ''}
  <div class="field">
    <label for="purpose">${t('gov.archive.purpose')}</label>
    <input id="purpose" name="purpose" type="text" required minlength="2" maxlength="200" aria-describedby="purpose-hint">
    <p class="hint" id="purpose-hint">${t('gov.archive.purpose.hint')}</p>
  </div>
  <button type="submit" class="button button-primary">${t('gov.archive.submit')}</button>
</form>
${opts.canIssue ? activationForm(view, s) : ''}`;
  return consoleShell(view, user, 'registry', t('gov.archive.title', { name: s.name }), body);
}

export interface ConsoleArchiveInput {
  subject: ConsoleArchiveSubject;
  purpose: string;
  overview: ArchiveOverview;
  category: Category;
  records: { items: ArchiveRecord[]; page: number; hasMore: boolean };
  fieldTypes: FieldTypes;
  canIssue: boolean;
  /** The subject's grades with their explanations (read with the same purpose, audited by the ratings service). */
  ratings?: SubjectRatings;
}

/** `/console/subjects/:id/archive?purpose=`: the archive at the reader's level (the service decides it), every tab carrying the purpose. */
export function consoleArchivePage(view: View, user: ConsoleUser, input: ConsoleArchiveInput): Html {
  const { t } = view;
  const s = input.subject;
  const tabHref = tabHrefFor(archivePath(s), { purpose: input.purpose });
  const current = input.overview.categories.find((c) => c.category === input.category)!;
  const body = html`${breadcrumb(view, s)}
<div class="notice" role="status">
  <p><strong>${t('gov.archive.audience', { audience: t(AUDIENCE_KEYS[input.overview.audience]) })}</strong></p>
  <p>${t('gov.archive.statedPurpose', { purpose: input.purpose })} · <a href="${archivePath(s)}">${t('gov.archive.changePurpose')}</a></p>
</div>
${s.code ? html`<p class="subject-sub">${t('field.code')} <span class="code">${s.code}</span></p>` : ''}
${archiveOverviewBlock(view, input.overview, tabHref)}
${categoryTabs(view, input.overview, input.category, tabHref)}
<section class="tab-panel" aria-labelledby="tab-heading">
  <h3 id="tab-heading">${categoryLabel(view, current)}</h3>
  ${recordTab(view, { ...input.records, fieldTypes: input.fieldTypes, path: archivePath(s), params: { purpose: input.purpose, category: input.category } })}
</section>
${input.ratings ? html`<section class="ratings-section">${subjectRatingsSection(view, input.ratings)}</section>` : ''}
${input.canIssue ? activationForm(view, s) : ''}`;
  return consoleShell(view, user, 'registry', t('gov.archive.title', { name: s.name }), body);
}

/** The answer to issuing a code: the code itself, this once (the page is never stored: private, no-store). */
export function activationIssuedPage(view: View, user: ConsoleUser, s: ConsoleArchiveSubject, issued: IssuedActivationCode): Html {
  const { t } = view;
  const body = html`${breadcrumb(view, s)}
<div class="notice notice-warn" role="status"><p>${t('gov.activation.issued')}</p></div>
<dl class="profile">
  <div class="profile-row"><dt>${t('gov.activation.code')}</dt><dd><span class="code" id="activation-code">${issued.code}</span></dd></div>
  <div class="profile-row"><dt>${t('gov.activation.expires')}</dt><dd>${formatTime(issued.expiresAt)}</dd></div>
  <div class="profile-row"><dt>${t('gov.activation.where')}</dt><dd><span class="code">/activate</span></dd></div>
</dl>
<p><a class="button" href="${archivePath(s)}">${t('gov.archive.link')}</a></p>`;
  return consoleShell(view, user, 'registry', t('gov.activation.heading'), body);
}
