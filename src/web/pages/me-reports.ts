import { html, type Html } from '../html.js';
import type { View } from '../view.js';
import { reportDownloadForm, reportDownloads } from './report-buttons.js';
import { meShell, type MeSubject } from './me-shell.js';

/** `/me/reports`: the subject's own credit reports — the full report (only here) and the public one. */
export function meReportsPage(view: View, subject: MeSubject): Html {
  const { t } = view;
  const forms = [reportDownloadForm(view, { action: '/me/reports', kind: 'full', primary: true })];
  // Persons have no public report (the portal shows organisations only).
  if (subject.code) forms.push(reportDownloadForm(view, { action: '/me/reports', kind: 'public' }));
  const body = html`<p class="lead">${t('reports.me.lead')}</p>
${reportDownloads(view, forms)}
<p>${t('reports.me.verify')}</p>`;
  return meShell(view, subject, 'reports', t('reports.me.title'), body);
}
