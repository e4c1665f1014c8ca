import type { Commitment, CommitmentTemplate } from '../../domains/commitments/index.js';
import { html, type Html } from '../html.js';
import type { MessageKey } from '../i18n/index.js';
import { layout } from '../layout.js';
import type { View } from '../view.js';
import { consoleShell, type ConsoleUser } from './console-shell.js';
import { meShell, type MeSubject } from './me-shell.js';
import { dataTable } from './table.js';

const status = (view: View, c: Commitment) => view.t(`commitments.status.${c.status}` as MessageKey);
const kind = (view: View, c: Commitment) => (view.lang === 'en' ? c.templateNameEn : c.templateName);

function table(view: View, items: Commitment[], withSubject: boolean, extra?: (c: Commitment) => Html): Html {
  const { t } = view;
  if (items.length === 0) return html`<p class="notice">${t('commitments.empty')}</p>`;
  const headers = [t('commitments.col.no'), ...(withSubject ? [t('commitments.col.subject')] : []), t('commitments.col.kind'), t('commitments.col.matter'), t('commitments.col.signed'), t('commitments.col.due'), t('commitments.col.status'), ...(extra ? [''] : [])];
  const rows = items.map((c) => [
    html`<a href="/commitments/${c.id}">${c.commitmentNo}</a>`, ...(withSubject ? [c.subject.name] : []), kind(view, c), c.matter, c.signedOn, c.dueBy ?? t('value.none'), status(view, c), ...(extra ? [extra(c)] : []),
  ]);
  return dataTable(t('commitments.title'), headers, rows);
}

/** `/me/commitments`: the subject's commitments and the form to sign one. */
export function meCommitmentsPage(view: View, subject: MeSubject, items: Commitment[], templates: CommitmentTemplate[], error?: string | null): Html {
  const { t } = view;
  const body = html`<p class="lead">${t('commitments.lead')}</p>
${table(view, items, false)}
<h3>${t('commitments.sign.title')}</h3>
${error ? html`<div class="notice notice-error" role="alert"><p>${error}</p></div>` : ''}
<form class="form" method="post" action="/me/commitments">
  <input type="hidden" name="_csrf" value="${view.csrfToken ?? ''}">
  <div class="field"><label for="template">${t('commitments.sign.template')}</label><select id="template" name="template">${templates.filter((x) => x.code !== 'repair').map((x) => html`<option value="${x.code}">${view.lang === 'en' ? x.nameEn : x.name}</option>`)}</select></div>
  <div class="field"><label for="matter">${t('commitments.sign.matter')}</label><input id="matter" name="matter" type="text" required minlength="2" maxlength="200"></div>
  <div class="field"><label for="dueBy">${t('commitments.sign.due')}</label><input id="dueBy" name="dueBy" type="date"></div>
  ${templates.filter((x) => x.code !== 'repair').map((x) => html`<details><summary>${view.lang === 'en' ? x.nameEn : x.name}</summary><p>${x.text}</p><p class="hint">${x.legalBasis}</p></details>`)}
  <button type="submit" class="button button-primary">${t('commitments.sign.submit')}</button>
</form>`;
  return meShell(view, subject, 'commitments', t('me.nav.commitments'), body);
}

/** `/subjects/{code}/commitments`: a subject's commitments, public (SPEC §8). */
export function publicCommitmentsPage(view: View, subject: { name: string; code: string }, items: Commitment[]): Html {
  const { t } = view;
  const title = t('commitments.public.title', { name: subject.name });
  const body = html`<p class="breadcrumb"><a href="/subjects/${subject.code}">${subject.name}</a></p><h1>${title}</h1><p class="lead">${t('commitments.lead')}</p>${table(view, items, false)}`;
  return layout(view, { title, body, section: 'search' });
}

/** `/commitments/{id}`: one commitment with its text, public. */
export function commitmentPage(view: View, c: Commitment): Html {
  const { t } = view;
  const body = html`${c.subject.code ? html`<p class="breadcrumb"><a href="/subjects/${c.subject.code}/commitments">${c.subject.name}</a></p>` : ''}
<h1>${kind(view, c)} <span class="code">${c.commitmentNo}</span></h1>
<dl class="facts">
  <dt>${t('commitments.col.subject')}</dt><dd>${c.subject.name}</dd>
  <dt>${t('commitments.col.matter')}</dt><dd>${c.matter}</dd>
  <dt>${t('commitments.col.signed')}</dt><dd>${c.signedOn}</dd>
  <dt>${t('commitments.col.due')}</dt><dd>${c.dueBy ?? t('value.none')}</dd>
  <dt>${t('commitments.col.status')}</dt><dd>${status(view, c)}${c.breach ? html`：${c.breach}` : ''}</dd>
  <dt>${t('commitments.legalBasis')}</dt><dd>${c.legalBasis}</dd>
</dl>
<blockquote class="commitment-text">${c.text}</blockquote>`;
  return layout(view, { title: c.commitmentNo, body, section: 'search' });
}

/** `/console/commitments`: every commitment; those in force can be recorded as fulfilled or breached. */
export function consoleCommitmentsPage(view: View, user: ConsoleUser, items: Commitment[], canTrack: boolean, error?: string | null): Html {
  const { t } = view;
  const actions = (c: Commitment) => (!canTrack || c.status !== 'in_force' ? html`` : html`<form method="post" action="/console/commitments/${c.id}/fulfil" class="form-inline"><input type="hidden" name="_csrf" value="${view.csrfToken ?? ''}"><button class="button" type="submit">${t('commitments.fulfil')}</button></form>
<form method="post" action="/console/commitments/${c.id}/breach" class="form-inline"><input type="hidden" name="_csrf" value="${view.csrfToken ?? ''}"><label>${t('commitments.breach.text')} <input name="breach" required minlength="4" maxlength="4000"></label><button class="button" type="submit">${t('commitments.breach')}</button></form>`);
  const body = html`<p class="lead">${t('commitments.lead')}</p>
${error ? html`<div class="notice notice-error" role="alert"><p>${error}</p></div>` : ''}
${table(view, items, true, actions)}`;
  return consoleShell(view, user, 'commitments', t('console.commitments'), body);
}
