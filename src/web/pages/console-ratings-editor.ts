import type { PreviewResult } from '../../domains/ratings/index.js';
import type { FieldError } from '../../kernel/errors.js';
import { html, type Html } from '../html.js';
import type { View } from '../view.js';
import { consoleShell, type ConsoleUser } from './console-shell.js';
import { dataTable } from './table.js';
import { distributionBlock } from './console-ratings.js';

export interface EditorState {
  /** the model's code, or `new` */
  code: string;
  name: string;
  /** the JSON text in the textarea */
  text: string;
  sample: string;
  /** a JSON syntax error, shown above the form */
  jsonError?: string | null;
  errors?: FieldError[];
  warnings?: FieldError[];
  preview?: PreviewResult | null;
  /** the check passed (shown when there is no preview) */
  valid?: boolean;
}

function problems(view: View, caption: string, list: FieldError[], kind: 'error' | 'warn'): Html {
  const { t } = view;
  return html`<div class="notice notice-${kind}" role="${kind === 'error' ? 'alert' : 'status'}"><p class="notice-title">${caption}</p></div>
${dataTable(caption, [t('ratings.editor.field'), t('ratings.editor.code'), t('ratings.editor.message')], list.map((e) => [html`<span class="code">${e.field}</span>`, html`<span class="code">${e.code}</span>`, e.message]))}`;
}

const gradeOrUnrated = (view: View, grade: string | null) => grade ?? view.t('ratings.preview.unrated');

/** The preview of a definition: the distribution it gives against the current one, and the subjects whose grade would change. */
function previewBlock(view: View, p: PreviewResult): Html {
  const { t } = view;
  const grades = p.distribution.map((d) => d.grade);
  const currentByGrade = new Map(p.current.map((c) => [c.grade, c.count]));
  const lines = [
    { label: t('ratings.preview.new'), total: p.subjects - p.unrated, grades: p.distribution },
    { label: t('ratings.preview.current'), total: p.subjects - p.currentUnrated, grades: grades.map((grade) => ({ grade, count: currentByGrade.get(grade) ?? 0 })) },
  ];
  const transitions = p.changes.transitions.map((c) => [gradeOrUnrated(view, c.from), gradeOrUnrated(view, c.to), String(c.count)]);
  const items = p.changes.items.map((c) => [
    html`${c.name}${c.code ? html` <span class="code">${c.code}</span>` : ''}`, gradeOrUnrated(view, c.from), gradeOrUnrated(view, c.to), c.score === null ? '' : String(c.score),
  ]);
  return html`<h2>${t('ratings.preview.heading')}</h2>
<p class="lead">${t('ratings.preview.lead', { date: p.ratedOn, subjects: p.subjects, step: p.step, unrated: p.unrated })}</p>
${distributionBlock(view, t('ratings.distribution'), grades, lines)}
<h3>${t('ratings.preview.changes', { total: p.changes.total })}</h3>
${transitions.length > 0 ? dataTable(t('ratings.preview.transitions'), [t('ratings.preview.from'), t('ratings.preview.to'), t('ratings.preview.count')], transitions) : ''}
${items.length > 0 ? dataTable(t('ratings.preview.changes', { total: p.changes.total }), [t('ratings.preview.subject'), t('ratings.preview.from'), t('ratings.preview.to'), t('ratings.preview.score')], items) : ''}`;
}

/**
 * `/console/ratings/:code/edit`: the definition as JSON in a textarea, its
 * errors listed by path after a check, warnings, and the preview (nothing is
 * stored until "save as draft"; a draft takes effect when published).
 */
export function ratingEditorPage(view: View, user: ConsoleUser, s: EditorState): Html {
  const { t } = view;
  const errors = s.errors ?? [];
  const body = html`<p class="breadcrumb"><a href="/console/ratings">${t('console.ratings')}</a>${s.code === 'new' ? '' : html` › <a href="/console/ratings/${s.code}">${s.name}</a>`}</p>
<p class="lead">${t('ratings.editor.lead')}</p>
${s.jsonError ? html`<div class="notice notice-error" role="alert"><p>${t('ratings.editor.json', { reason: s.jsonError })}</p></div>` : ''}
${errors.length > 0 ? problems(view, t('ratings.editor.errors', { count: errors.length }), errors, 'error') : ''}
${(s.warnings ?? []).length > 0 ? problems(view, t('ratings.editor.warnings'), s.warnings!, 'warn') : ''}
${s.valid && !s.preview ? html`<p class="notice" role="status">${t('ratings.editor.valid')}</p>` : ''}
<form method="post" action="/console/ratings/${s.code}/edit">
  <input type="hidden" name="_csrf" value="${view.csrfToken ?? ''}">
  <div class="field"><label for="definition">${t('ratings.editor.definition')}</label>
    <textarea id="definition" name="definition" rows="32" cols="110" spellcheck="false" class="code">${s.text}</textarea></div>
  <div class="field"><label for="sample">${t('ratings.editor.sample')}</label><input id="sample" name="sample" type="number" min="1" value="${s.sample}"></div>
  <button type="submit" name="action" value="preview" class="button">${t('ratings.editor.check')}</button>
  <button type="submit" name="action" value="save" class="button button-primary">${t('ratings.editor.save')}</button>
</form>
${s.preview ? previewBlock(view, s.preview) : ''}`;
  return consoleShell(view, user, 'ratings', s.code === 'new' ? t('ratings.new') : `${t('ratings.editor')} · ${s.name}`, body);
}
