import { html, type Html } from '../html.js';
import type { View } from '../view.js';

/**
 * The "download a credit report" buttons: a form that POSTs (issuing is a write:
 * each press issues a new report with its own number and code) and answers
 * with the PDF. Signed-in pages carry the session's CSRF token.
 */
export function reportDownloadForm(view: View, opts: { action: '/reports' | '/me/reports'; subject?: string; kind: 'public' | 'full'; primary?: boolean }): Html {
  const { t } = view;
  const label = t(opts.kind === 'full' ? 'reports.download.full' : 'reports.download.public');
  return html`<form class="inline-form report-download" method="post" action="${opts.action}">
  ${view.csrfToken ? html`<input type="hidden" name="_csrf" value="${view.csrfToken}">` : ''}
  ${opts.subject ? html`<input type="hidden" name="subject" value="${opts.subject}">` : ''}
  <input type="hidden" name="kind" value="${opts.kind}">
  <button type="submit" class="button${opts.primary ? ' button-primary' : ''}" data-report-kind="${opts.kind}">${label}</button>
</form>`;
}

/** The download buttons with a line on what the PDF holds and how it is verified. */
export function reportDownloads(view: View, forms: Html[]): Html {
  return html`<div class="report-downloads">${forms}<p class="hint">${view.t('reports.download.note')} <a href="/reports/verify">${view.t('reports.verify.title')}</a></p></div>`;
}
