import type { RegistrySubject } from '../../domains/subjects/index.js';
import { html, type Html } from '../html.js';
import type { View } from '../view.js';
import { formatTime } from '../format.js';
import { consoleShell, type ConsoleUser } from './console-shell.js';
import { searchForm } from './search-form.js';
import { searchOutcome } from './search.js';
import { profileRows, profileTable } from './subject.js';
import type { SearchOutcome, SearchParams } from './search-query.js';
import { echoInput } from '../mask.js';
import type { MessageKey } from '../i18n/index.js';

const ALIAS_KEYS: Record<string, MessageKey> = {
  registration_no: 'alias.registration_no',
  org_code: 'alias.org_code',
  tax_no: 'alias.tax_no',
  institution_cert: 'alias.institution_cert',
  social_org_cert: 'alias.social_org_cert',
};
const aliasLabel = (view: View, scheme: string) => (ALIAS_KEYS[scheme] ? view.t(ALIAS_KEYS[scheme]) : scheme);

/** `/console/subjects`: the same search as the portal, leading to the registry view. */
export function registrySearchPage(view: View, user: ConsoleUser, params: SearchParams, outcome: SearchOutcome): Html {
  const { t } = view;
  const body = html`<p class="lead">${t('console.registry.lead')}</p>
${searchForm(view, { q: echoInput(params.q), type: params.type, action: '/console/subjects' })}
${searchOutcome(view, params, outcome, '/console/subjects', (s) => `/console/subjects/${encodeURIComponent(s.id)}`)}`;
  return consoleShell(view, user, 'registry', t('console.registry'), body);
}

/** `/console/subjects/:id`: the registry record (ID numbers masked; aliases and history included). */
export function registrySubjectPage(view: View, user: ConsoleUser, s: RegistrySubject): Html {
  const { t, lang } = view;
  // The public profile's rows, then what only the registry view shows.
  const rows: Array<[string, string | Html | null]> = [
    ...profileRows(view, s),
    [t('field.aliases'), s.aliases.length > 0 ? s.aliases.map((a) => `${aliasLabel(view, a.scheme)}：${a.value}`).join('；') : null],
    [t('field.updatedAt'), formatTime(s.updatedAt)],
    [t('field.version'), String(s.version)],
  ];
  if (s.idNumberMasked) rows.splice(1, 0, [t('field.idNumberMasked'), html`<span class="code">${s.idNumberMasked}</span>`]);
  return consoleShell(view, user, 'registry', s.name, html`<p class="breadcrumb"><a href="/console/subjects">${t('console.registry')}</a></p>
<p><a class="button" href="/console/subjects/${encodeURIComponent(s.id)}/archive">${t('gov.archive.link')}</a></p>
${profileTable(view, rows)}`);
}
