import { ENCODINGS, type PresentedBatch } from '../../domains/imports/index.js';
import { html, type Html } from '../html.js';
import type { View } from '../view.js';
import { formatTime } from '../format.js';
import type { MessageKey } from '../i18n/index.js';
import { consoleShell, type ConsoleUser } from './console-shell.js';
import { dataTable } from './table.js';
import { pager } from './result-list.js';
import { batchSource, batchStatus, typeName, type TypeNames } from './import-text.js';

export interface UploadChoices {
  /** the catalogue's types, by code */
  types: TypeNames;
  /** departments the credit office may import for (USCC and name); null: the user's own department */
  departments: Array<{ code: string; name: string }> | null;
}

/** Upload refusals the page explains in its own words; any other code gets the general message with the code. */
const KNOWN_ERRORS = new Set([
  'FILE_REQUIRED', 'FILE_TOO_LARGE', 'RECORD_TYPE_UNKNOWN', 'SOURCE_DEPARTMENT_FORBIDDEN', 'DEPARTMENT_NOT_FOUND', 'DEPARTMENT_REQUIRED',
  'VALIDATION_FAILED', 'IMPORT_IN_PROGRESS', 'UNSUPPORTED_MEDIA_TYPE', 'CSRF_TOKEN_INVALID',
]);

export function uploadErrorText(view: View, code: string): string {
  return KNOWN_ERRORS.has(code) ? view.t(`imports.error.${code}` as MessageKey) : view.t('imports.error.other', { code });
}

/** multipart/form-data; app.js sends it with the CSRF token in a header (a file form cannot put it in a urlencoded body). */
function uploadForm(view: View, choices: UploadChoices, error: string | null): Html {
  const { t } = view;
  const types = [...choices.types].map(([code]) => html`<option value="${code}">${typeName(view, choices.types, code)}（${code}）</option>`);
  return html`<section aria-labelledby="upload-heading">
<h2 id="upload-heading">${t('imports.upload.heading')}</h2>
${error ? html`<div class="notice notice-error" role="alert"><p>${uploadErrorText(view, error)}</p></div>` : ''}
<form class="form" method="post" action="/console/imports" enctype="multipart/form-data" data-upload>
  <input type="hidden" name="_csrf" value="${view.csrfToken ?? ''}">
  <div class="field"><label for="type">${t('imports.upload.type')}</label>
    <select id="type" name="type" required>${types}</select></div>
  ${choices.departments ? html`<div class="field"><label for="department">${t('imports.upload.department')}</label>
    <select id="department" name="department" required>${choices.departments.map((d) => html`<option value="${d.code}">${d.name}（${d.code}）</option>`)}</select></div>` : ''}
  <div class="field"><label for="encoding">${t('imports.upload.encoding')}</label>
    <select id="encoding" name="encoding">${ENCODINGS.map((e) => html`<option value="${e}">${t(`imports.encoding.${e}` as MessageKey)}</option>`)}</select></div>
  <div class="field"><label for="file">${t('imports.upload.file')}</label>
    <input id="file" name="file" type="file" required accept=".csv,.txt,.xlsx,.ndjson,.jsonl"></div>
  <p class="hint">${t('imports.upload.hint')}</p>
  <button type="submit" class="button button-primary">${t('imports.upload.submit')}</button>
  <p class="notice notice-error" role="alert" data-upload-failed hidden>${t('imports.upload.failed')}</p>
</form>
</section>`;
}

/** One row of the history: where it came from (linked), what, whose, how it stands. */
function batchRow(view: View, types: TypeNames, b: PresentedBatch): Html[] {
  const { t } = view;
  return [
    html`<a href="/console/imports/${b.id}">${batchSource(view, b)}</a>`,
    html`${typeName(view, types, b.type)}`,
    html`${b.department.name}`,
    html`<span class="batch-status batch-${b.status}">${batchStatus(view, b.status)}</span>`,
    html`${String(b.counts.created)} / ${String(b.counts.updated)} / ${String(b.counts.unchanged)}`,
    html`${b.counts.rejected > 0 ? html`<strong>${String(b.counts.rejected)}</strong>` : '0'}`,
    html`${formatTime(b.startedAt)}`,
    html`${formatTime(b.finishedAt) ?? t('value.none')}`,
  ];
}

/** `/console/imports`: the upload form (for those who import) above the batch history, newest first. */
export function importsPage(view: View, user: ConsoleUser, input: {
  batches: { items: PresentedBatch[]; hasMore: boolean };
  page: number;
  types: TypeNames;
  upload: UploadChoices | null;
  error: string | null;
}): Html {
  const { t } = view;
  const headers = [t('imports.source'), t('imports.type'), t('imports.department'), t('imports.status'), t('imports.accepted'),
    t('imports.rejected'), t('imports.startedAt'), t('imports.finishedAt')];
  const history = input.batches.items.length === 0
    ? html`<p class="notice">${t('imports.empty')}</p>`
    : html`${dataTable(t('imports.history'), headers, input.batches.items.map((b) => batchRow(view, input.types, b)))}
${pager(view, '/console/imports', {}, input.page, input.batches.hasMore)}`;
  const body = html`<p class="lead">${t('imports.lead')}</p>
${input.upload ? uploadForm(view, input.upload, input.error) : input.error ? html`<div class="notice notice-error" role="alert"><p>${uploadErrorText(view, input.error)}</p></div>` : ''}
<h2>${t('imports.history')}</h2>
${history}`;
  return consoleShell(view, user, 'imports', t('console.imports'), body);
}
