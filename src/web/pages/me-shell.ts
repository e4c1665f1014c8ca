import { html, type Html } from '../html.js';
import { layout } from '../layout.js';
import type { MessageKey } from '../i18n/index.js';
import type { View } from '../view.js';

export type MeSection = 'archive' | 'authorisations' | 'inquiries' | 'repairs' | 'commitments' | 'reports';

const SECTIONS: ReadonlyArray<{ id: MeSection; href: string; label: MessageKey }> = [
  { id: 'archive', href: '/me', label: 'me.nav.archive' },
  { id: 'authorisations', href: '/me/authorisations', label: 'me.nav.authorisations' },
  { id: 'inquiries', href: '/me/inquiries', label: 'me.nav.inquiries' },
  { id: 'repairs', href: '/me/repairs', label: 'me.nav.repairs' },
  { id: 'commitments', href: '/me/commitments', label: 'me.nav.commitments' },
  { id: 'reports', href: '/me/reports', label: 'reports.me.title' },
];

/** Who the signed-in subject account acts for, as every /me page names it. */
export interface MeSubject {
  name: string;
  code: string | null;
  /** persons: the masked ID number (first 4 and last 4 kept) */
  idNumberMasked: string | null;
}

/** The frame of a subject's own pages: the subject's name, then its three areas as tabs. */
export function meShell(view: View, subject: MeSubject, active: MeSection, title: string, body: Html, query: Record<string, string | number | undefined> = {}): Html {
  const { t } = view;
  const nav = html`<nav class="subnav" aria-label="${t('me.nav.label')}"><ul>${SECTIONS.map((s) =>
    html`<li><a href="${s.href}"${s.id === active ? html` aria-current="page"` : ''}>${t(s.label)}</a></li>`)}</ul></nav>`;
  const identity = subject.code
    ? html`${t('me.code')} <span class="code">${subject.code}</span>`
    : subject.idNumberMasked ? html`${t('me.idNumber')} <span class="code masked">${subject.idNumberMasked}</span>` : '';
  const page = html`<header class="subject-header">
  <p class="breadcrumb">${t('me.subject')}</p>
  <h1>${subject.name}</h1>
  <p class="subject-sub">${identity}</p>
</header>
${nav}
<h2>${title}</h2>
${body}`;
  return layout(view, { title: `${title} - ${subject.name}`, body: page, section: 'me', query });
}
