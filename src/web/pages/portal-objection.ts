import type { Deadlines, ObjectionRecord, ObjectorView } from '../../domains/objections/index.js';
import { html, type Html } from '../html.js';
import { layout } from '../layout.js';
import type { View } from '../view.js';
import { caseTable, errorBlock, historyTable } from './objection-case.js';

const field = (id: string, label: string, input: Html, hint?: string) => html`<div class="field">
  <label for="${id}">${label}</label>
  ${input}
  ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : ''}
</div>`;

export interface ObjectionFormState {
  record: ObjectionRecord | null;
  deadlines: Deadlines;
  /** the signed-in account's display name, if any */
  accountName: string | null;
  values?: Record<string, string>;
  error?: string[] | null;
}

/** `GET /objections/new?record=ID`: the objection form (no account needed; a signed-in account files as itself). */
export function objectionFormPage(view: View, s: ObjectionFormState): Html {
  const { t } = view;
  const v = s.values ?? {};
  const d = s.deadlines;
  const r = s.record;
  const form = r === null ? html`<p class="notice notice-error" role="alert">${t('objections.new.recordMissing')}</p>` : html`
<form class="form" method="post" action="/objections">
  ${view.csrfToken ? html`<input type="hidden" name="_csrf" value="${view.csrfToken}">` : ''}
  <input type="hidden" name="recordId" value="${r.id}">
  <p><strong>${t('objections.new.record')}</strong>：${t('objections.case.recordText', { type: view.lang === 'en' ? r.typeNameEn : r.typeName, docNo: r.docNo, date: r.decisionDate, source: r.source.name })}</p>
  ${s.accountName !== null ? html`<p class="note">${t('objections.new.account', { name: s.accountName })}</p>` : html`
  ${field('name', t('objections.new.name'), html`<input id="name" name="name" type="text" required minlength="2" maxlength="100" value="${v.name ?? ''}" autocomplete="name">`)}
  ${field('contact', t('objections.new.contact'), html`<input id="contact" name="contact" type="text" required maxlength="254" value="${v.contact ?? ''}" autocomplete="tel" aria-describedby="contact-hint">`, t('objections.new.contact.hint'))}`}
  ${field('reasons', t('objections.new.reasons'), html`<textarea id="reasons" name="reasons" rows="6" required minlength="10" maxlength="4000" aria-describedby="reasons-hint">${v.reasons ?? ''}</textarea>`, t('objections.new.reasons.hint'))}
  <p class="hint">${t('objections.new.attachments')}</p>
  <button type="submit" class="button button-primary">${t('objections.new.submit')}</button>
</form>`;
  const body = html`<section aria-labelledby="objection-heading">
<h1 id="objection-heading">${t('objections.new.title')}</h1>
<p class="lead">${t('objections.new.lead', { accept: d.submitted, self: d.self_check, verify: d.verifying, reply: d.verified })}</p>
${errorBlock(view, s.error)}
${form}
<p class="note">${t('objections.new.trackHint')} <a href="/objections/track">${t('objections.receipt.track')}</a></p>
</section>`;
  return layout(view, { title: t('objections.new.title'), body, section: 'search' });
}

/** The answer to a filed objection: the case number and the query code, shown this once; an account also hears through its notifications. */
export function objectionReceiptPage(view: View, c: ObjectorView, queryCode: string | null, signedIn = false): Html {
  const { t } = view;
  const body = html`<section aria-labelledby="receipt-heading">
<h1 id="receipt-heading">${t('objections.receipt.title')}</h1>
<p class="lead">${t('objections.receipt.lead')}</p>
<dl class="profile receipt">
  <div class="profile-row"><dt>${t('objections.receipt.caseNo')}</dt><dd><span class="code" id="case-no">${c.caseNo}</span></dd></div>
  ${queryCode ? html`<div class="profile-row"><dt>${t('objections.receipt.queryCode')}</dt><dd><span class="code" id="query-code">${queryCode}</span></dd></div>` : ''}
  <div class="profile-row"><dt>${t('objections.receipt.due')}</dt><dd>${c.stepDueOn ?? t('value.none')}</dd></div>
</dl>
<p><a class="button" href="/objections/track">${t('objections.receipt.track')}</a></p>
${signedIn ? html`<p class="note">${t('objections.receipt.notifications')} <a href="/notifications">${t('objections.receipt.notificationsLink')}</a></p>` : ''}
</section>`;
  return layout(view, { title: t('objections.receipt.title'), body, section: 'search' });
}

export interface TrackState {
  caseNo?: string;
  found?: ObjectorView | null;
  /** the code the visitor typed, kept only in the withdrawal form of this answer */
  queryCode?: string;
  error?: string | null;
  done?: string | null;
}

/** `/objections/track`: case number + query code → where the case stands, its outcome and its steps. */
export function objectionTrackPage(view: View, s: TrackState): Html {
  const { t } = view;
  const c = s.found ?? null;
  const withdraw = c && c.allowedActions.includes('withdraw') ? html`<section class="card" aria-labelledby="withdraw-heading">
<h2 id="withdraw-heading">${t('objections.track.withdraw')}</h2>
<form class="form" method="post" action="/objections/track/withdraw">
  ${view.csrfToken ? html`<input type="hidden" name="_csrf" value="${view.csrfToken}">` : ''}
  <input type="hidden" name="caseNo" value="${c.caseNo}"><input type="hidden" name="queryCode" value="${s.queryCode ?? ''}">
  ${field('note', t('objections.track.withdrawNote'), html`<textarea id="note" name="note" rows="2" required minlength="2" maxlength="4000"></textarea>`)}
  <button type="submit" class="button">${t('objections.track.withdraw')}</button>
</form></section>` : '';
  const body = html`<section aria-labelledby="track-heading">
<h1 id="track-heading">${t('objections.track.title')}</h1>
<p class="lead">${t('objections.track.lead')}</p>
${s.error ? html`<div class="notice notice-error" role="alert"><p>${s.error}</p></div>` : ''}
${s.done ? html`<p class="notice" role="status">${s.done}</p>` : ''}
<form class="form" method="post" action="/objections/track">
  ${view.csrfToken ? html`<input type="hidden" name="_csrf" value="${view.csrfToken}">` : ''}
  ${field('caseNo', t('objections.track.caseNo'), html`<input id="caseNo" name="caseNo" type="text" required maxlength="40" value="${s.caseNo ?? ''}" autocapitalize="characters" spellcheck="false">`)}
  ${field('queryCode', t('objections.track.queryCode'), html`<input id="queryCode" name="queryCode" type="password" required maxlength="40" autocomplete="off" spellcheck="false">`)}
  <button type="submit" class="button button-primary">${t('objections.track.submit')}</button>
</form>
${c ? html`<section class="objection-case" aria-labelledby="case-heading">
<h2 id="case-heading">${t('objections.case.title', { caseNo: c.caseNo })}</h2>
${caseTable(view, c)}${historyTable(view, c)}</section>${withdraw}` : ''}
</section>`;
  return layout(view, { title: t('objections.track.title'), body, section: 'search' });
}
