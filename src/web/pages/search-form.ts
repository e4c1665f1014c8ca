import { html, type Html } from '../html.js';
import type { View } from '../view.js';
import { ORGANISATION_TYPES, typeLabel, type OrganisationType } from '../subject-text.js';

export interface SearchFormInput {
  q: string;
  type?: OrganisationType | undefined;
  /** Where the form submits: the public search, or the console's registry search. */
  action?: string;
  /** The big box of the home page. */
  large?: boolean;
}

/** The search box: a labelled text field, a type filter and a submit button; works without JavaScript. */
export function searchForm(view: View, input: SearchFormInput): Html {
  const { t, lang } = view;
  const options = ORGANISATION_TYPES.map(
    (type) => html`<option value="${type}"${input.type === type ? html` selected` : ''}>${typeLabel(lang, type)}</option>`,
  );
  return html`<form class="search-form${input.large ? ' search-form-large' : ''}" method="get" action="${input.action ?? '/search'}" role="search">
  <div class="search-row">
    <label class="search-label" for="q">${t('search.label')}</label>
    <input id="q" name="q" type="search" value="${input.q}" placeholder="${t('search.placeholder')}" maxlength="100" autocomplete="off" spellcheck="false" required${input.large ? html` autofocus` : ''}>
    <button type="submit" class="button button-primary">${t('search.submit')}</button>
  </div>
  <div class="search-options">
    <label for="type">${t('search.type')}</label>
    <select id="type" name="type">
      <option value="">${t('search.typeAll')}</option>
      ${options}
    </select>
  </div>
</form>`;
}
