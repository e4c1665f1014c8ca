import type { SubjectRatings } from '../../domains/ratings/index.js';
import { html, type Html } from '../html.js';
import type { View } from '../view.js';
import { dataTable } from './table.js';

/**
 * A subject's current grades for its registry page (`/console/subjects/:id`):
 * each model's grade with its meaning and score, the factors with their
 * contributions, and — for staff — the records behind each factor, linked to
 * the record page. Wiring: the registry route calls
 * `ratings.forSubject(actor, subject.id)` and appends this section.
 */
export function subjectRatingsSection(view: View, ratings: SubjectRatings): Html {
  const { t } = view;
  if (ratings.ratings.length === 0) return html`<h2>${t('ratings.subject.heading')}</h2><p class="notice">${t('ratings.subject.none')}</p>`;
  const blocks = ratings.ratings.map((r) => {
    const rows = r.factors.map((f) => {
      const records = 'records' in f
        ? html`${(f as { records: string[] }).records.map((id, i) => html`${i > 0 ? ' ' : ''}<a href="/console/records/${id}" class="code">${id.slice(0, 8)}</a>`)}`
        : '';
      return [f.label, String(f.contribution), records];
    });
    const rules = ratings.audience === 'full'
      ? (() => {
        const full = r as Extract<SubjectRatings, { audience: 'full' }>['ratings'][number];
        return html`${full.vetoes.map((v) => html`<p class="note">${t('ratings.subject.veto')}：${v.label}</p>`)}${full.directGrade ? html`<p class="note">${t('ratings.subject.direct')}：${full.directGrade.label}</p>` : ''}`;
      })()
      : '';
    return html`<h3>${r.modelName}：<strong>${r.grade}</strong> ${r.gradeLabel}</h3>
<p class="lead">${r.meaning}${r.score === null ? '' : html` · ${t('ratings.subject.score')} ${String(r.score)}`} · ${t('ratings.subject.ratedOn')} ${r.ratedOn} · ${t('ratings.ratio')} ${String(r.treatment.inspectionRatioPercent)}%</p>
${rules}
${rows.length > 0 ? dataTable(r.modelName, [t('ratings.subject.factors'), t('ratings.subject.score'), t('ratings.subject.records')], rows) : ''}`;
  });
  return html`<h2>${t('ratings.subject.heading')}</h2>${blocks}`;
}
