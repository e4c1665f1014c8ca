import { html, type Html } from '../html.js';
import { layout } from '../layout.js';
import type { View } from '../view.js';

export interface LoginForm {
  username: string;
  /** Where to go after signing in (a local path, checked before use). */
  next: string;
  /** A message to show above the form after a failed attempt. */
  error?: string | undefined;
}

/** `GET /login`: the staff sign-in form. The password is never written back into the page. */
export function loginPage(view: View, form: LoginForm): Html {
  const { t } = view;
  const body = html`<section class="login" aria-labelledby="login-heading">
  <h1 id="login-heading">${t('login.title')}</h1>
  <p class="lead">${t('login.lead')}</p>
  ${form.error
    ? html`<div class="notice notice-error" role="alert" id="login-error">
    <p class="notice-title">${t('login.errorHeading')}</p>
    <p>${form.error}</p>
  </div>`
    : ''}
  <form class="form" method="post" action="/login"${form.error ? html` aria-describedby="login-error"` : ''}>
    ${view.csrfToken ? html`<input type="hidden" name="_csrf" value="${view.csrfToken}">` : ''}
    <input type="hidden" name="next" value="${form.next}">
    <div class="field">
      <label for="username">${t('login.username')}</label>
      <input id="username" name="username" type="text" value="${form.username}" autocomplete="username" autocapitalize="none" spellcheck="false" required maxlength="64"${form.username ? '' : html` autofocus`}>
    </div>
    <div class="field">
      <label for="password">${t('login.password')}</label>
      <input id="password" name="password" type="password" autocomplete="current-password" required maxlength="1024"${form.username ? html` autofocus` : ''}>
    </div>
    <button type="submit" class="button button-primary">${t('login.submit')}</button>
  </form>
  <p class="note">${t('login.subjectHint')} <a href="/activate">${t('login.subjectHintLink')}</a></p>
</section>`;
  return layout(view, { title: t('login.title'), body, section: 'login', query: { next: form.next === '/console' ? undefined : form.next } });
}
