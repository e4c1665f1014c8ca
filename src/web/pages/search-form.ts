import { html, type Html } from '../html.js';
import type { View } from '../view.js';
import type { MessageKey } from '../i18n/index.js';
import { ORGANISATION_TYPES, typeLabel, type OrganisationType } from '../subject-text.js';
import { INDUSTRIES, STREETS } from './search-query.js';

export interface SearchFormInput {
  q: string;
  type?: OrganisationType | undefined;
  street?: string | undefined;
  industry?: string | undefined;
  /** Where the form submits: the public search, or the console's registry search. */
  action?: string;
  /** The big box of the home page: the type filter only. */
  large?: boolean;
}

function select(id: string, label: string, all: string, options: Array<[string, string]>, selected: string | undefined): Html {
  return html`<span class="search-filter">
    <label for="${id}">${label}</label>
    <select id="${id}" name="${id}">
      <option value="">${all}</option>
      ${options.map(([value, text]) => html`<option value="${value}"${selected === value ? html` selected` : ''}>${text}</option>`)}
    </select>
  </span>`;
}

/** The search box: a labelled text field, filters (type, street, industry) and a submit button; works without JavaScript. */
export function searchForm(view: View, input: SearchFormInput): Html {
  const { t, lang } = view;
  const types = ORGANISATION_TYPES.map((type): [string, string] => [type, typeLabel(lang, type)]);
  const streets = STREETS.map((s): [string, string] => [s, t(`portal.street.${s}` as MessageKey)]);
  const industries = INDUSTRIES.map((code): [string, string] => [code, `${code} ${t(`portal.industry.${code}` as MessageKey)}`]);
  return html`<form class="search-form${input.large ? ' search-form-large' : ''}" method="get" action="${input.action ?? '/search'}" role="search">
  <div class="search-row">
    <label class="search-label" for="q">${t('search.label')}</label>
    <input id="q" name="q" type="search" value="${input.q}" placeholder="${t('search.placeholder')}" maxlength="100" autocomplete="off" spellcheck="false" required${input.large ? html` autofocus` : ''}>
    <button type="submit" class="button button-primary">${t('search.submit')}</button>
  </div>
  <div class="search-options">
    ${select('type', t('search.type'), t('search.typeAll'), types, input.type)}
    ${input.large ? '' : html`${select('street', t('portal.search.street'), t('portal.search.streetAll'), streets, input.street)}
    ${select('industry', t('portal.search.industry'), t('portal.search.industryAll'), industries, input.industry)}`}
  </div>
</form>`;
}
