import { html, type Html } from '../html.js';
import { layout } from '../layout.js';
import type { View } from '../view.js';

/** What the form shows again after a refused attempt: never the code, the password, or an ID number. */
export interface ActivationForm {
  subjectCode: string;
  username: string;
  displayName: string;
  /** The refusal, in the page's language. */
  error?: string | undefined;
  /** Per-field reasons (the service's field errors), shown under the message. */
  details?: string[];
}

export const EMPTY_ACTIVATION: ActivationForm = { subjectCode: '', username: '', displayName: '' };

function field(id: string, label: string, input: Html, hint?: string): Html {
  return html`<div class="field">
      <label for="${id}">${label}</label>
      ${input}
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : ''}
    </div>`;
}

/**
 * `GET /activate`: a subject opens its own account with the one-time code the
 * credit office issued (docs/archive.md, "Subject accounts"). A plain form,
 * no script needed; the answer signs the new account in.
 */
export function activationPage(view: View, form: ActivationForm): Html {
  const { t } = view;
  const text = (id: string, value: string, extra: Html = html``) =>
    html`<input id="${id}" name="${id}" type="text" value="${value}" required maxlength="100" aria-describedby="${id}-hint"${extra}>`;
  const body = html`<section class="login" aria-labelledby="activate-heading">
  <h1 id="activate-heading">${t('activate.title')}</h1>
  <p class="lead">${t('activate.lead')}</p>
  ${form.error
    ? html`<div class="notice notice-error" role="alert" id="activate-error">
    <p class="notice-title">${t('activate.errorHeading')}</p>
    <p>${form.error}</p>
    ${form.details && form.details.length > 0 ? html`<ul>${form.details.map((d) => html`<li>${d}</li>`)}</ul>` : ''}
  </div>`
    : ''}
  <form class="form" method="post" action="/activate"${form.error ? html` aria-describedby="activate-error"` : ''}>
    ${view.csrfToken ? html`<input type="hidden" name="_csrf" value="${view.csrfToken}">` : ''}
    ${field('code', t('activate.code'), html`<input id="code" name="code" type="text" required maxlength="40" autocomplete="one-time-code" autocapitalize="characters" spellcheck="false" aria-describedby="code-hint">`, t('activate.code.hint'))}
    ${field('subjectCode', t('activate.subjectCode'), text('subjectCode', form.subjectCode, html` autocapitalize="characters" spellcheck="false"`), t('activate.subjectCode.hint'))}
    ${field('username', t('activate.username'), text('username', form.username, html` autocomplete="username" autocapitalize="none" spellcheck="false"`), t('activate.username.hint'))}
    ${field('displayName', t('activate.displayName'), html`<input id="displayName" name="displayName" type="text" value="${form.displayName}" required maxlength="100" autocomplete="organization">`)}
    ${field('password', t('activate.password'), html`<input id="password" name="password" type="password" required maxlength="1024" autocomplete="new-password" aria-describedby="password-hint">`, t('activate.password.hint'))}
    ${field('confirmPassword', t('activate.confirmPassword'), html`<input id="confirmPassword" name="confirmPassword" type="password" required maxlength="1024" autocomplete="new-password">`)}
    <button type="submit" class="button button-primary">${t('activate.submit')}</button>
  </form>
  <p><a href="/login?next=/me">${t('activate.loginLink')}</a></p>
</section>`;
  return layout(view, { title: t('activate.title'), body, section: 'login' });
}
