import { describeDivision } from '../../domains/identifiers/index.js';
import type { PublicSubject } from '../../domains/subjects/index.js';
import { html, type Html } from '../html.js';
import { layout } from '../layout.js';
import type { View } from '../view.js';
import { statusLabel, typeLabel } from '../subject-text.js';

/** The division in full, broadest first in Chinese and narrowest first in English: 广东省深圳市南山区（440305）. */
export function divisionText(view: View, division: { code: string } | null): string | null {
  if (!division) return null;
  const d = describeDivision(division.code);
  const parts = view.lang === 'en' ? [d.nameEn, d.cityEn, d.provinceEn] : [d.province, d.city, d.name];
  const names = [...new Set(parts.filter((p): p is string => Boolean(p)))];
  if (names.length === 0) return division.code;
  return view.lang === 'en' ? `${names.join(', ')} (${division.code})` : `${names.join('')}（${division.code}）`;
}

/** The profile's rows, in the order a 信用中国-style 基本信息 table lists them. */
export function profileRows(view: View, s: Omit<PublicSubject, 'code'> & { code: string | null }): Array<[string, string | Html | null]> {
  const { t, lang } = view;
  return [
    [t('field.code'), s.code ? html`<span class="code">${s.code}</span>` : null],
    [t('field.name'), s.name],
    [t('field.formerNames'), s.formerNames.length > 0 ? s.formerNames.join('、') : null],
    [t('field.type'), typeLabel(lang, s.type)],
    [t('field.legalRep'), s.legalRep],
    [t('field.status'), statusLabel(lang, s.status)],
    [t('field.establishedOn'), s.establishedOn],
    [t('field.street'), s.street],
    [t('field.industry'), s.industry ? `${s.industry.code} ${s.industry.name ?? ''}`.trim() : null],
    [t('field.division'), divisionText(view, s.division)],
    [t('field.address'), s.address],
  ];
}

/** A two-column definition table; empty values show a dash. */
export function profileTable(view: View, rows: Array<[string, string | Html | null]>): Html {
  return html`<dl class="profile">
  ${rows.map(([label, value]) => html`<div class="profile-row"><dt>${label}</dt><dd>${value ?? view.t('value.none')}</dd></div>`)}
</dl>`;
}

/** `/subjects/:code`: the public profile of an organisation. */
export function subjectPage(view: View, s: PublicSubject): Html {
  const { t, lang } = view;
  const body = html`<p class="breadcrumb"><a href="/search">${t('subject.back')}</a></p>
<article class="subject" aria-labelledby="subject-name">
  <header class="subject-header">
    <h1 id="subject-name">${s.name}</h1>
    <p class="subject-sub"><span class="status status-${s.status}">${statusLabel(lang, s.status)}</span>
      <span class="code">${s.code}</span>
      <button type="button" class="button print-button" data-print hidden>${t('subject.print')}</button></p>
  </header>
  <section aria-labelledby="basics-heading">
    <h2 id="basics-heading">${t('subject.basics')}</h2>
    ${profileTable(view, profileRows(view, s))}
    <p class="note">${t('subject.note')}</p>
  </section>
</article>`;
  return layout(view, { title: s.name, body, section: 'search', description: `${s.name} ${t('field.code')} ${s.code}` });
}
