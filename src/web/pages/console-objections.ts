import type { FieldType } from '../../domains/catalog/index.js';
import { OBJECTION_STATUSES, type ObjectionDetail, type ObjectionSummary } from '../../domains/objections/index.js';
import { html, type Html } from '../html.js';
import type { View } from '../view.js';
import { consoleShell, type ConsoleUser } from './console-shell.js';
import { pager } from './result-list.js';
import { dataTable } from './table.js';
import { caseTable, dueText, errorBlock, historyTable, objectionActionText, objectionStatusText } from './objection-case.js';

export interface QueueInput {
  items: ObjectionSummary[];
  hasMore: boolean;
  page: number;
  filter: { status?: string | undefined; overdue?: boolean };
}

/** `/console/objections`: the queue, nearest deadline first, overdue steps in red. */
export function objectionQueuePage(view: View, user: ConsoleUser, q: QueueInput): Html {
  const { t } = view;
  const option = (value: string, label: string, selected: boolean) => html`<option value="${value}"${selected ? html` selected` : ''}>${label}</option>`;
  const rows = q.items.map((o) => [
    html`<a href="/console/objections/${o.id}" class="code">${o.caseNo}</a>`,
    html`${view.lang === 'en' ? o.record.typeNameEn : o.record.typeName}<br><span class="code">${o.record.docNo}</span> · ${o.record.source.name}`,
    objectionStatusText(view, o.status),
    dueText(view, o),
    o.objector.name,
  ]);
  const body = html`<p class="lead">${t('objections.queue.lead')}</p>
<form class="filter-form" method="get" action="/console/objections">
  <div class="field"><label for="status">${t('objections.queue.filter.status')}</label>
    <select id="status" name="status">${option('', t('objections.queue.filter.all'), !q.filter.status)}${OBJECTION_STATUSES.map((s) => option(s, objectionStatusText(view, s), q.filter.status === s))}</select></div>
  <div class="field"><label><input type="checkbox" name="overdue" value="true"${q.filter.overdue ? html` checked` : ''}> ${t('objections.queue.filter.overdue')}</label></div>
  <button type="submit" class="button">${t('objections.queue.filter.submit')}</button>
</form>
${rows.length === 0 ? html`<p class="notice">${t('objections.queue.empty')}</p>`
    : dataTable(t('console.objections'), [t('objections.col.case'), t('objections.col.record'), t('objections.col.status'), t('objections.col.due'), t('objections.col.objector')], rows)}
${pager(view, '/console/objections', { status: q.filter.status, overdue: q.filter.overdue ? 'true' : undefined }, q.page, q.hasMore)}`;
  return consoleShell(view, user, 'objections', t('console.objections'), body);
}

export interface CaseState {
  done?: string | null;
  error?: string[] | null;
  /** the source department's correction form: each field with its current value (and, from the catalogue, its type) */
  correction?: CorrectionField[] | null;
}

export interface CorrectionField {
  key: string;
  label: string;
  labelEn: string;
  value: string;
  type?: FieldType | undefined;
  options?: readonly string[] | undefined;
}

/** What to type in a field, where the form alone would not say: units of money, the date format, the allowed options. */
function fieldHint(view: View, f: CorrectionField): string | null {
  const { t } = view;
  switch (f.type) {
    case 'amount_wan': return t('objections.correct.hint.wan');
    case 'amount_yuan': return t('objections.correct.hint.yuan');
    case 'date': return t('objections.correct.hint.date');
    case 'enum': return f.options?.length ? t('objections.correct.hint.enum', { options: f.options.join('、') }) : null;
    case 'multi_enum': return f.options?.length ? t('objections.correct.hint.multi', { options: f.options.join('、') }) : null;
    case 'id_number': return t('objections.correct.hint.id');
    default: return null;
  }
}

function correctionInput(view: View, f: CorrectionField): Html {
  const id = `field-${f.key}`;
  const hint = fieldHint(view, f);
  return html`<div class="field"><label for="${id}">${view.lang === 'en' ? f.labelEn : f.label}</label>
  <input id="${id}" name="field.${f.key}" type="text" maxlength="4000" value="${f.value}"${f.key === 'decisionNo' ? html` readonly` : ''}${hint ? html` aria-describedby="${id}-hint"` : ''}>
  ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : ''}</div>`;
}

const noteField = (view: View, action: string) => html`<div class="field"><label for="${action}-note">${view.t('objections.field.note')}</label>
  <textarea id="${action}-note" name="note" rows="3" required minlength="2" maxlength="4000"></textarea></div>`;

function actionForm(view: View, c: ObjectionDetail, action: string, s: CaseState): Html {
  const fields = action === 'correct' && s.correction ? html`<p class="hint">${view.t('objections.correct.lead')}</p>
<div class="objection-correction">${s.correction.map((f) => correctionInput(view, f))}</div>` : '';
  return html`<section class="card" aria-labelledby="action-${action}">
<h3 id="action-${action}">${objectionActionText(view, action)}</h3>
<form class="form${action === 'correct' ? ' objection-correct-form' : ''}" method="post" action="/console/objections/${c.id}/${action}">
  <input type="hidden" name="_csrf" value="${view.csrfToken ?? ''}">
  ${fields}
  ${noteField(view, action)}
  <button type="submit" class="button button-primary">${objectionActionText(view, action)}</button>
</form></section>`;
}

/** `/console/objections/:id`: the case, the actions this user may take now, every step. */
export function objectionCasePage(view: View, user: ConsoleUser, c: ObjectionDetail, s: CaseState = {}): Html {
  const { t } = view;
  const attachments = c.attachments.length === 0 ? null
    : html`${c.attachments.map((a, i) => html`${i > 0 ? '、' : ''}<a href="/api/v1/objections/${c.id}/attachments/${a.id}">${a.name}</a>`)}`;
  const actions = c.allowedActions.filter((a) => a !== 'withdraw');
  // The outcomes exclude each other and the correction form is long: say so, and link each form.
  const choices = actions.length < 2 ? '' : html`<p class="note">${t('objections.actions.choose')}${actions.map((a, i) => html`${i > 0 ? ' · ' : ''}<a href="#action-${a}">${objectionActionText(view, a)}</a>`)}</p>`;
  const body = html`<p class="breadcrumb"><a href="/console/objections">${t('console.objections')}</a></p>
${s.done ? html`<p class="notice" role="status">${t('objections.done', { step: objectionActionText(view, s.done) })}</p>` : ''}
${errorBlock(view, s.error)}
${caseTable(view, c, [
    [t('objections.case.objector'), `${c.objector.name}（${t(c.objector.kind === 'account' ? 'objections.objector.account' : 'objections.objector.public')}）`],
    [t('objections.case.contact'), c.objector.contact || null],
    [t('objections.case.attachments'), attachments],
  ], `/console/records/${c.record.id}`)}
<h2>${t('objections.actions.heading')}</h2>
${actions.length === 0 ? html`<p class="note">${t('objections.actions.none')}</p>` : html`${choices}${actions.map((a) => actionForm(view, c, a, s))}`}
${historyTable(view, c)}`;
  return consoleShell(view, user, 'objections', t('objections.case.title', { caseNo: c.caseNo }), body);
}
