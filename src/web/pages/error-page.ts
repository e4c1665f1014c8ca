import { html, type Html } from '../html.js';
import { layout } from '../layout.js';
import type { View } from '../view.js';

const KNOWN = [400, 401, 403, 404, 429, 500] as const;
type KnownStatus = (typeof KNOWN)[number];

/** The nearest status that has its own wording (any other 4xx reads as 400, any 5xx as 500). */
export function pageStatus(status: number): KnownStatus {
  if ((KNOWN as readonly number[]).includes(status)) return status as KnownStatus;
  return status >= 500 ? 500 : 400;
}

export interface ErrorPageInput {
  status: number;
  /** Replaces the status's general explanation. */
  message?: string;
  /** Specific reasons, listed under the message (e.g. why a code is malformed). */
  details?: string[];
}

/** An error rendered in the page shell: title, explanation, way back, and the request id to quote. */
export function errorPage(view: View, input: ErrorPageInput): Html {
  const { t } = view;
  const status = pageStatus(input.status);
  const title = t(`error.${status}.title`);
  const body = html`<section class="error-page" aria-labelledby="error-heading">
  <p class="error-status">${String(input.status)}</p>
  <h1 id="error-heading">${title}</h1>
  <p>${input.message ?? t(`error.${status}.body`)}</p>
  ${input.details && input.details.length > 0 ? html`<ul class="error-details">${input.details.map((d) => html`<li>${d}</li>`)}</ul>` : ''}
  <p><a class="button" href="/">${t('error.home')}</a></p>
  ${status === 500 ? html`<p class="request-id">${t('error.requestId', { id: view.requestId })}</p>` : ''}
</section>`;
  return layout(view, { title, body });
}
