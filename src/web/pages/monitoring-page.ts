import type { FollowView, NoticeView } from '../../domains/monitoring/index.js';
import { formatTime } from '../format.js';
import { html, type Html } from '../html.js';
import type { MessageKey } from '../i18n/index.js';
import { layout } from '../layout.js';
import { hrefWith, type View } from '../view.js';
import { dataTable } from './table.js';

export interface MonitoringPageInput {
  follows: { items: FollowView[]; total: number; max: number };
  notices: { items: NoticeView[]; unreadCount: number; hasMore: boolean };
  unreadOnly: boolean;
  page: number;
  /** `followed`, `unfollowed` or `read`, after a form went through */
  done: string | null;
  /** why a follow was refused, shown above the form */
  error: string | null;
  /** the code typed into a refused follow form */
  code: string;
}

const csrf = (view: View) => html`<input type="hidden" name="_csrf" value="${view.csrfToken ?? ''}">`;
const back = (input: MonitoringPageInput) => html`<input type="hidden" name="back" value="${hrefWith('/monitoring', { unread: input.unreadOnly ? 1 : null, page: input.page > 1 ? input.page : null })}">`;

function followForm(view: View, input: MonitoringPageInput): Html {
  const { t } = view;
  return html`<form class="form" method="post" action="/monitoring/follow">
  ${csrf(view)}
  <div class="field"><label for="subject">${t('monitoring.follow.code')}</label>
  <input id="subject" name="subject" type="text" required maxlength="40" autocomplete="off" value="${input.code}"></div>
  <button type="submit" class="button button-primary">${t('monitoring.follow.submit')}</button>
</form>`;
}

function followTable(view: View, input: MonitoringPageInput): Html {
  const { t } = view;
  if (input.follows.items.length === 0) return html`<p class="notice">${t('monitoring.follows.empty')}</p>`;
  const rows = input.follows.items.map((f) => [
    f.subject.code ? html`<a href="/subjects/${f.subject.code}">${f.subject.name}</a>` : f.subject.name,
    html`<span class="code">${f.subject.code ?? t('value.none')}</span>`,
    formatTime(f.createdAt),
    f.subject.code
      ? html`<form method="post" action="/monitoring/unfollow" class="inline-form">${csrf(view)}${back(input)}
          <input type="hidden" name="subject" value="${f.subject.code}"><button type="submit" class="button">${t('monitoring.unfollow')}</button></form>`
      : '',
  ]);
  return html`<p>${t('monitoring.follows.count', { total: input.follows.total, max: input.follows.max })}</p>
${dataTable(t('monitoring.follows.heading'), [t('monitoring.follows.name'), t('monitoring.follows.code'), t('monitoring.follows.since'), ''], rows)}`;
}

function noticeTable(view: View, input: MonitoringPageInput): Html {
  const { t } = view;
  const filter = html`<p>${t('monitoring.notices.unreadCount', { count: input.notices.unreadCount })} ·
  ${input.unreadOnly ? html`<a href="/monitoring">${t('monitoring.notices.all')}</a>` : html`<a href="/monitoring?unread=1">${t('monitoring.notices.unreadOnly')}</a>`}</p>`;
  if (input.notices.items.length === 0) return html`${filter}<p class="notice">${t('monitoring.notices.empty')}</p>`;
  const rows = input.notices.items.map((n) => [
    formatTime(n.createdAt),
    t(`monitoring.kind.${n.kind}` as MessageKey),
    n.subject.code ? html`<a href="/subjects/${n.subject.code}">${n.subject.name}</a>` : n.subject.name,
    html`${n.record.typeName} · ${n.record.decisionDate} · ${t('monitoring.notices.version', { version: n.record.version })}`,
    html`<span class="code" title="${n.evidence.digest}">${n.evidence.digest.slice(0, 12)}…</span>`,
    n.readAt
      ? t('monitoring.notices.read')
      : html`<form method="post" action="/monitoring/notices/${n.id}/read" class="inline-form">${csrf(view)}${back(input)}
          <button type="submit" class="button">${t('monitoring.notices.markRead')}</button></form>`,
  ]);
  const pageHref = (page: number) => hrefWith('/monitoring', { unread: input.unreadOnly ? 1 : null, page: page > 1 ? page : null });
  const pager = html`<nav class="pager">
  ${input.page > 1 ? html`<a class="button" rel="prev" href="${pageHref(input.page - 1)}">${t('monitoring.newer')}</a>` : html`<span></span>`}
  ${input.notices.hasMore ? html`<a class="button" rel="next" href="${pageHref(input.page + 1)}">${t('monitoring.older')}</a>` : html`<span></span>`}
</nav>`;
  const headers = ['time', 'kind', 'subject', 'record', 'digest', 'status'].map((k) => t(`monitoring.notices.${k}` as MessageKey));
  return html`${filter}${dataTable(t('monitoring.notices.heading'), headers, rows)}${pager}`;
}

/** `/monitoring` (any signed-in user): follow a subject, the subjects followed, the notices about them. */
export function monitoringPage(view: View, input: MonitoringPageInput): Html {
  const { t } = view;
  const done = input.done && ['followed', 'unfollowed', 'read'].includes(input.done) ? t(`monitoring.done.${input.done}` as MessageKey) : null;
  const body = html`<h1>${t('monitoring.title')}</h1>
<p class="lead">${t('monitoring.lead')}</p>
${done ? html`<p class="notice" role="status">${done}</p>` : ''}
${input.error ? html`<div class="notice notice-error" role="alert"><p>${t('monitoring.error', { reason: input.error })}</p></div>` : ''}
<h2>${t('monitoring.notices.heading')}</h2>
${noticeTable(view, input)}
<h2>${t('monitoring.follow.heading')}</h2>
${followForm(view, input)}
<h2>${t('monitoring.follows.heading')}</h2>
${followTable(view, input)}
<p><a href="/docs">${t('monitoring.webhooks')}</a></p>`;
  return layout(view, { title: t('monitoring.title'), section: 'monitoring', body, query: { unread: input.unreadOnly ? 1 : null, page: input.page > 1 ? input.page : null } });
}
