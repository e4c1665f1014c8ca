import { html, type Html } from '../html.js';
import type { View } from '../view.js';
import { consoleShell, type ConsoleUser } from './console-shell.js';

export interface PasswordFormState {
  /** Shown in an alert above the form after a refused change. */
  error?: string | undefined;
  done?: boolean;
}

/** `/console/password`: change one's own password. No field is ever filled in from a previous post. */
export function passwordPage(view: View, user: ConsoleUser, state: PasswordFormState = {}): Html {
  const { t } = view;
  const field = (id: string, label: string, autocomplete: string) => html`<div class="field">
      <label for="${id}">${label}</label>
      <input id="${id}" name="${id}" type="password" autocomplete="${autocomplete}" required maxlength="1024">
    </div>`;
  const body = html`${user.mustChangePassword && !state.done ? html`<p class="notice notice-warn" role="status">${t('console.password.required')}</p>` : ''}
${state.done ? html`<p class="notice" role="status">${t('console.password.done')}</p>` : ''}
${state.error ? html`<div class="notice notice-error" role="alert" id="password-error"><p>${state.error}</p></div>` : ''}
<p class="lead">${t('console.password.lead')}</p>
<form class="form" method="post" action="/console/password">
  <input type="hidden" name="_csrf" value="${view.csrfToken ?? ''}">
  ${field('currentPassword', t('console.password.current'), 'current-password')}
  ${field('newPassword', t('console.password.new'), 'new-password')}
  ${field('confirmPassword', t('console.password.confirm'), 'new-password')}
  <button type="submit" class="button button-primary">${t('console.password.submit')}</button>
</form>`;
  return consoleShell(view, user, 'password', t('console.password'), body);
}
