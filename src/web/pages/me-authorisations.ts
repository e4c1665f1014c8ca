import type { Grant, ListPage } from '../../domains/archive/index.js';
import { html, type Html } from '../html.js';
import type { MessageKey } from '../i18n/index.js';
import type { View } from '../view.js';
import { formatTime } from '../format.js';
import { dataTable } from './table.js';
import { pager } from './result-list.js';
import { meShell, type MeSubject } from './me-shell.js';

/** The grant form as posted, shown again after a refusal. */
export interface GrantForm {
  granteeKind: 'user' | 'api_key';
  grantee: string;
  purpose: string;
  validFrom: string;
  validTo: string;
}

export interface GrantsPageInput {
  subject: MeSubject;
  grants: ListPage<Grant>;
  form: GrantForm;
  /** a refusal, with its per-field reasons */
  error?: { message: string; details: string[] } | undefined;
  done?: 'granted' | 'revoked' | undefined;
}

const DONE_KEYS: Record<'granted' | 'revoked', MessageKey> = { granted: 'me.grants.done.granted', revoked: 'me.grants.done.revoked' };

function grantee(view: View, g: Grant): Html {
  const who = g.grantee.kind === 'user'
    ? html`${g.grantee.name} <span class="code">${g.grantee.username ?? ''}</span>`
    : html`${g.grantee.name} <span class="code">${view.t('me.grants.apiKey', { prefix: g.grantee.apiKeyPrefix ?? '' })}</span>`;
  return who;
}

/** Revoking is a POST with the session's CSRF token, like every console form; revoked and expired grants have nothing to end. */
function action(view: View, g: Grant): Html | string {
  if (g.status === 'revoked') return view.t('me.grants.revokedAt', { at: formatTime(g.revokedAt) ?? '' });
  if (g.status === 'expired') return '';
  return html`<form method="post" action="/me/authorisations/${g.id}/revoke" class="inline-form">
    <input type="hidden" name="_csrf" value="${view.csrfToken ?? ''}">
    <button type="submit" class="button">${view.t('me.grants.revoke')}</button>
  </form>`;
}

function grantForm(view: View, form: GrantForm): Html {
  const { t } = view;
  const kind = (value: GrantForm['granteeKind']) =>
    html`<option value="${value}"${form.granteeKind === value ? html` selected` : ''}>${t(`me.grants.kind.${value}`)}</option>`;
  return html`<form class="form" method="post" action="/me/authorisations" aria-labelledby="grant-heading">
  <h3 id="grant-heading">${t('me.grants.new')}</h3>
  <input type="hidden" name="_csrf" value="${view.csrfToken ?? ''}">
  <div class="field">
    <label for="granteeKind">${t('me.grants.granteeKind')}</label>
    <select id="granteeKind" name="granteeKind">${kind('user')}${kind('api_key')}</select>
  </div>
  <div class="field">
    <label for="grantee">${t('me.grants.grantee')}</label>
    <input id="grantee" name="grantee" type="text" value="${form.grantee}" required maxlength="64" autocapitalize="none" spellcheck="false" aria-describedby="grantee-hint">
    <p class="hint" id="grantee-hint">${t('me.grants.grantee.hint')}</p>
  </div>
  <div class="field">
    <label for="purpose">${t('me.grants.purpose')}</label>
    <input id="purpose" name="purpose" type="text" value="${form.purpose}" required minlength="2" maxlength="200" aria-describedby="purpose-hint">
    <p class="hint" id="purpose-hint">${t('me.grants.purpose.hint')}</p>
  </div>
  <div class="field">
    <label for="validFrom">${t('me.grants.validFrom')}</label>
    <input id="validFrom" name="validFrom" type="date" value="${form.validFrom}" required aria-describedby="period-hint">
  </div>
  <div class="field">
    <label for="validTo">${t('me.grants.validTo')}</label>
    <input id="validTo" name="validTo" type="date" value="${form.validTo}" required aria-describedby="period-hint">
    <p class="hint" id="period-hint">${t('me.grants.period.hint')}</p>
  </div>
  <button type="submit" class="button button-primary">${t('me.grants.submit')}</button>
</form>`;
}

/** `/me/authorisations`: give a named party access for a purpose and period, list what was given, revoke. */
export function meAuthorisationsPage(view: View, input: GrantsPageInput): Html {
  const { t } = view;
  const none = t('value.none');
  const rows = input.grants.items.map((g) => [
    grantee(view, g),
    g.grantee.department ?? none,
    g.purpose,
    `${g.validFrom} – ${g.validTo}`,
    t(`me.grants.status.${g.status}`),
    action(view, g),
  ]);
  const headers = ['grantee', 'department', 'purpose', 'period', 'status', 'action'].map((k) => t(`me.grants.col.${k}` as MessageKey));
  const body = html`<p class="lead">${t('me.grants.lead')}</p>
${input.done ? html`<p class="notice" role="status">${t(DONE_KEYS[input.done])}</p>` : ''}
${input.error ? html`<div class="notice notice-error" role="alert" id="grant-error">
  <p class="notice-title">${t('me.grants.errorHeading')}</p>
  <p>${input.error.message}</p>
  ${input.error.details.length > 0 ? html`<ul>${input.error.details.map((d) => html`<li>${d}</li>`)}</ul>` : ''}
</div>` : ''}
${grantForm(view, input.form)}
<h3>${t('me.grants.list')}</h3>
${input.grants.items.length === 0 && input.grants.page === 1
    ? html`<p class="notice">${t('me.grants.empty')}</p>`
    : html`${dataTable(t('me.grants.list'), headers, rows)}
${pager(view, '/me/authorisations', {}, input.grants.page, input.grants.hasMore)}`}`;
  return meShell(view, input.subject, 'authorisations', t('me.grants.title'), body);
}
