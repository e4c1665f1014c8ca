import type { Inquiry, InquiryPage } from '../../domains/archive/index.js';
import { html, type Html } from '../html.js';
import type { MessageKey } from '../i18n/index.js';
import type { View } from '../view.js';
import { formatTime } from '../format.js';
import { dataTable } from './table.js';
import { pager } from './result-list.js';
import { meShell, type MeSubject } from './me-shell.js';

const reader = (view: View, i: Inquiry): Html =>
  html`${i.reader.name}${i.reader.self ? html` <span class="tag">${view.t('me.inquiries.self')}</span>` : ''}`;

/** `/me/inquiries[?page=]`: every read of the subject's non-public data, newest first (查询记录). */
export function meInquiriesPage(view: View, subject: MeSubject, inquiries: InquiryPage): Html {
  const { t } = view;
  const none = t('value.none');
  const rows = inquiries.items.map((i) => [
    formatTime(i.at),
    reader(view, i),
    i.reader.department ?? none,
    i.purpose ?? none,
    t(`me.audience.${i.audience}` as MessageKey),
  ]);
  const headers = ['at', 'reader', 'department', 'purpose', 'audience'].map((k) => t(`me.inquiries.col.${k}` as MessageKey));
  const body = html`<p class="lead">${t('me.inquiries.lead')}</p>
${inquiries.items.length === 0 && inquiries.page === 1
    ? html`<p class="notice">${t('me.inquiries.empty')}</p>`
    : html`${dataTable(t('me.inquiries.title'), headers, rows)}
${pager(view, '/me/inquiries', {}, inquiries.page, inquiries.hasMore)}`}`;
  return meShell(view, subject, 'inquiries', t('me.inquiries.title'), body, { page: inquiries.page > 1 ? inquiries.page : undefined });
}
