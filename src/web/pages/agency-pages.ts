import type { AgencyFile, PublicAgency } from '../../domains/agencies/index.js';
import type { ComplaintSummary } from '../../domains/complaints/index.js';
import type { NotificationPage } from '../../domains/notifications/index.js';
import { html, type Html } from '../html.js';
import { layout } from '../layout.js';
import type { MessageKey } from '../i18n/index.js';
import type { View } from '../view.js';
import { consoleShell, type ConsoleUser } from './console-shell.js';
import { dataTable } from './table.js';

const k = (key: string) => key as MessageKey;
const csrf = (view: View) => html`<input type="hidden" name="_csrf" value="${view.csrfToken ?? ''}">`;
const services = (view: View, a: PublicAgency) => a.services.map((s) => view.t(k(`agencies.service.${s}`))).join('、');
const rows = (view: View, items: PublicAgency[], href: (a: PublicAgency) => string | null) => items.map((a) => {
  const link = href(a);
  return [link ? html`<a href="${link}">${a.name}</a>` : a.name, html`<span class="code">${a.uscc}</span>`, a.legalRep, services(view, a), a.filingNo, a.filedOn, view.t(k(`agencies.status.${a.status}`))];
});
const headers = (view: View) => ['name', 'uscc', 'legalRep', 'services', 'filingNo', 'filedOn', 'status'].map((h) => view.t(k(`agencies.${h}`)));

/** `/agencies`: the public list of registered agencies, with a search and a link to complain. */
export function publicAgenciesPage(view: View, items: PublicAgency[], q: string): Html {
  const { t } = view;
  const body = html`<h1>${t('agencies.title')}</h1><p class="lead">${t('agencies.lead')}</p>
<form class="filter-form" method="get" action="/agencies"><div class="field"><label for="q">${t('agencies.search')}</label><input id="q" name="q" type="search" maxlength="100" value="${q}"></div><button type="submit" class="button">${t('complaints.filter.submit')}</button></form>
${items.length === 0 ? html`<p class="notice">${t('agencies.empty')}</p>` : dataTable(t('agencies.title'), headers(view), rows(view, items, () => null))}
<p><a href="/complaints/new?about=agency">${t('agencies.complain')}</a></p>`;
  return layout(view, { title: t('agencies.title'), body, query: { q } });
}

/** `/console/agencies`: every filing, and the form to file one. */
export function consoleAgenciesPage(view: View, user: ConsoleUser, items: PublicAgency[], error?: string | null): Html {
  const { t } = view;
  const input = (id: string, type = 'text') => html`<div class="field"><label for="${id}">${t(k(`agencies.${id}`))}</label><input id="${id}" name="${id}" type="${type}"${id === 'contactPhone' ? '' : html` required`}></div>`;
  const body = html`${error ? html`<div class="notice notice-error" role="alert"><p>${t('complaints.error', { reason: error })}</p></div>` : ''}
${items.length === 0 ? html`<p class="notice">${t('agencies.empty')}</p>` : dataTable(t('console.agencies'), headers(view), rows(view, items, (a) => `/console/agencies/${a.id}`))}
<h2>${t('agencies.new')}</h2>
<form class="form" method="post" action="/console/agencies">${csrf(view)}
${['name', 'uscc', 'legalRep', 'address', 'filingNo'].map((id) => input(id))}${input('filedOn', 'date')}${input('contactPhone')}
<fieldset><legend>${t('agencies.services')}</legend>${['credit_rating', 'credit_report', 'credit_investigation', 'credit_consulting', 'credit_repair_training', 'credit_reference', 'other'].map((s) => html`<label><input type="checkbox" name="services" value="${s}"> ${t(k(`agencies.service.${s}`))}</label> `)}</fieldset>
<button type="submit" class="button button-primary">${t('agencies.new')}</button></form>`;
  return consoleShell(view, user, 'agencies', t('console.agencies'), body);
}

/** `/console/agencies/{id}`: the file, staff, status changes and complaints about the agency. */
export function consoleAgencyPage(view: View, user: ConsoleUser, a: AgencyFile, complaints: ComplaintSummary[], error?: string | null): Html {
  const { t } = view;
  const body = html`<p class="breadcrumb"><a href="/console/agencies">${t('console.agencies')}</a></p>
${error ? html`<div class="notice notice-error" role="alert"><p>${t('complaints.error', { reason: error })}</p></div>` : ''}
<dl class="facts"><dt>${t('agencies.uscc')}</dt><dd>${a.uscc}</dd><dt>${t('agencies.status')}</dt><dd id="agency-status">${t(k(`agencies.status.${a.status}`))}</dd>
<dt>${t('agencies.legalRep')}</dt><dd>${a.legalRep}</dd><dt>${t('agencies.address')}</dt><dd>${a.address}</dd><dt>${t('agencies.services')}</dt><dd>${services(view, a)}</dd>
<dt>${t('agencies.filingNo')}</dt><dd>${a.filingNo} · ${a.filedOn}</dd><dt>${t('agencies.contactPhone')}</dt><dd>${a.contactPhone ?? '—'}</dd></dl>
<h2>${t('agencies.changeStatus')}</h2>
<form class="form" method="post" action="/console/agencies/${a.id}/status">${csrf(view)}<select name="status" aria-label="${t('agencies.status')}">${['filed', 'suspended', 'revoked'].map((s) => html`<option value="${s}">${t(k(`agencies.status.${s}`))}</option>`)}</select>
<div class="field"><label for="reason">${t('complaints.reason')}</label><input id="reason" name="reason" required maxlength="2000"></div><button type="submit" class="button">${t('agencies.changeStatus')}</button></form>
${dataTable(t('agencies.history'), [t('agencies.status'), t('complaints.reason'), t('complaints.receivedOn')], a.history.map((h) => [t(k(`agencies.status.${h.toStatus}`)), h.reason, h.onDate]))}
<h2>${t('agencies.staff')}</h2>
${dataTable(t('agencies.staff'), [t('agencies.name'), t('agencies.staff.role'), t('agencies.filedOn'), t('agencies.staff.remove')], a.staff.map((s) => [s.name, s.role, s.addedOn, s.removedOn ?? '']))}
<form class="form" method="post" action="/console/agencies/${a.id}/staff">${csrf(view)}<div class="field"><label for="staff-name">${t('agencies.name')}</label><input id="staff-name" name="name" required maxlength="100"></div>
<div class="field"><label for="staff-role">${t('agencies.staff.role')}</label><input id="staff-role" name="role" required maxlength="100"></div><button type="submit" class="button">${t('agencies.staff.add')}</button></form>
<h2>${t('agencies.complaints')}</h2>
${complaints.length === 0 ? html`<p class="notice">${t('complaints.empty')}</p>` : dataTable(t('agencies.complaints'), [t('complaints.caseNo'), t('complaints.status'), t('complaints.receivedOn')], complaints.map((c) => [html`<a href="/console/complaints/${c.id}">${c.caseNo}</a>`, t(k(`complaints.status.${c.status}`)), c.receivedOn]))}`;
  return consoleShell(view, user, 'agencies', a.name, body);
}

/** `/notifications`: the signed-in account's messages. */
export function notificationsPage(view: View, page: NotificationPage): Html {
  const { t } = view;
  const items = page.items.map((n) => html`<li class="card${n.readAt ? '' : ' unread'}"><h2>${n.title}</h2><p>${n.body}</p><p class="hint">${n.createdAt.slice(0, 16).replace('T', ' ')} UTC
${n.link ? html` · <a href="${n.link}">${t('notifications.open')}</a>` : ''}</p>
${n.readAt ? '' : html`<form method="post" action="/notifications/${n.id}/read" class="inline-form">${csrf(view)}<button type="submit" class="link-button">${t('notifications.markRead')}</button></form>`}</li>`);
  const body = html`<h1>${t('notifications.title')}</h1><p id="unread">${t('notifications.unread', { count: page.unread })}</p>
${page.unread > 0 ? html`<form method="post" action="/notifications/read-all">${csrf(view)}<button type="submit" class="button">${t('notifications.markAll')}</button></form>` : ''}
${items.length === 0 ? html`<p class="notice">${t('notifications.empty')}</p>` : html`<ul class="cards">${items}</ul>`}`;
  return layout(view, { title: t('notifications.title'), body });
}
