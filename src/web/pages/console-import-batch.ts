import type { ErrorLine, PresentedBatch } from '../../domains/imports/index.js';
import { html, type Html } from '../html.js';
import type { View } from '../view.js';
import { formatPercent, formatTime, inLang } from '../format.js';
import { consoleShell, type ConsoleUser } from './console-shell.js';
import { profileTable } from './subject.js';
import { dataTable } from './table.js';
import { pager } from './result-list.js';
import { batchChannel, batchSource, batchStatus, typeName, type TypeNames } from './import-text.js';

/** Seconds between reloads while a batch runs. */
export const PROGRESS_REFRESH_S = 2;

export interface BatchErrorsPage {
  items: ErrorLine[];
  page: number;
  hasMore: boolean;
}

function progress(view: View, b: PresentedBatch): Html | string | null {
  if (b.progress === null) return null;
  const pct = formatPercent(b.progress) ?? '';
  return html`<progress value="${b.progress.toFixed(3)}" max="1">${pct}</progress> ${pct}`;
}

/** `/console/imports/:id`: status, counts and progress (reloading while it runs), then the rejected rows, paged, and the CSV. */
export function importBatchPage(view: View, user: ConsoleUser, b: PresentedBatch, errors: BatchErrorsPage, fieldLabels: ReadonlyMap<string, string>, types: TypeNames): Html {
  const { t, lang } = view;
  const none = t('value.none');
  const running = b.status === 'running';
  const rows: Array<[string, string | Html | null]> = [
    [t('imports.source'), batchSource(view, b)],
    [t('imports.type'), `${typeName(view, types, b.type)}（${b.type}）`],
    [t('imports.department'), `${b.department.name}（${b.department.code}）`],
    [t('imports.channel'), batchChannel(view, b.channel)],
    [t('imports.format'), [b.format, b.encoding].filter(Boolean).join(' · ') || null],
    [t('imports.status'), html`<span class="batch-status batch-${b.status}">${batchStatus(view, b.status)}</span>`],
    [t('imports.progress'), progress(view, b)],
    [t('imports.rows'), b.rowsTotal === null ? String(b.rowsCommitted) : t('imports.rowsOf', { done: b.rowsCommitted, total: b.rowsTotal })],
    [t('imports.counts'), t('imports.countsText', { ...b.counts })],
    [t('imports.startedAt'), formatTime(b.startedAt)],
    [t('imports.finishedAt'), formatTime(b.finishedAt)],
  ];
  const stopped = b.error
    ? html`<div class="notice notice-error" role="alert"><p>${t('imports.stopped', { code: b.error.code })}${b.error.row !== null ? t('imports.stoppedAt', { row: b.error.row }) : ''}</p>
<p>${inLang(b.error.message, lang)}</p></div>`
    : '';
  const errorRows = errors.items.map((e) => [
    e.row === null ? none : String(e.row),
    e.field === null ? none : html`${fieldLabels.get(e.field) ?? e.field} <span class="code">${e.field}</span>`,
    html`<span class="code">${e.code}</span>`,
    inLang(e.message, lang),
  ]);
  const body = html`<p class="breadcrumb"><a href="/console/imports">${t('console.imports')}</a></p>
${running ? html`<p class="notice" role="status">${t('imports.running', { seconds: PROGRESS_REFRESH_S })} <a href="/console/imports/${b.id}">${t('imports.reload')}</a></p>` : ''}
${stopped}
${profileTable(view, rows)}
<h2>${t('imports.errors.heading')}</h2>
${b.counts.rejected > 0 || b.error ? html`<p><a class="button" href="/api/v1/imports/${b.id}/errors.csv" download>${t('imports.errors.download')}</a></p>` : ''}
${errorRows.length === 0
    ? html`<p class="notice">${errors.page > 1 ? t('imports.errors.pastEnd') : t('imports.errors.none')}</p>`
    : html`${dataTable(t('imports.errors.heading'), [t('imports.errors.row'), t('imports.errors.field'), t('imports.errors.code'), t('imports.errors.message')], errorRows)}
${pager(view, `/console/imports/${b.id}`, {}, errors.page, errors.hasMore)}`}`;
  return consoleShell(view, user, 'imports', t('imports.batchTitle', { source: batchSource(view, b) }), body, running ? { refresh: PROGRESS_REFRESH_S } : {});
}
