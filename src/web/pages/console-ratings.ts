import type { InspectionPlan, RatingDistribution, RatingModelDefinition, StoredVersion } from '../../domains/ratings/index.js';
import { html, type Html } from '../html.js';
import { hrefWith, type View } from '../view.js';
import { formatTime } from '../format.js';
import type { MessageKey } from '../i18n/index.js';
import { consoleShell, type ConsoleUser } from './console-shell.js';
import { dataTable } from './table.js';
import { gradeBars } from './console-ratings-chart.js';

export interface ModelListItem {
  code: string;
  name: string;
  kind: string;
  publishedVersion: number | null;
  latestVersion: number;
}

const kindLabel = (view: View, kind: string) => view.t(`ratings.kind.${kind}` as MessageKey);
const none = (view: View) => view.t('ratings.none');

/** `/console/ratings`: every model, its kind and versions. */
export function ratingModelsPage(view: View, user: ConsoleUser, models: ModelListItem[], canEdit: boolean): Html {
  const { t } = view;
  const rows = models.map((m) => [
    html`<a href="/console/ratings/${m.code}">${m.name}</a>`,
    html`<span class="code">${m.code}</span>`,
    kindLabel(view, m.kind),
    m.publishedVersion === null ? none(view) : t('ratings.version', { version: m.publishedVersion }),
    t('ratings.version', { version: m.latestVersion }),
  ]);
  const body = html`<p class="lead">${t('ratings.lead')}</p>
${canEdit ? html`<p><a class="button" href="/console/ratings/new/edit">${t('ratings.new')}</a></p>` : ''}
${dataTable(t('console.ratings'), [t('ratings.model'), t('ratings.code'), t('ratings.kind'), t('ratings.published'), t('ratings.latest')], rows)}`;
  return consoleShell(view, user, 'ratings', t('console.ratings'), body);
}

/** The grades of a definition with their meaning and treatment. */
export function gradesTable(view: View, definition: RatingModelDefinition): Html {
  const { t } = view;
  const rows = definition.grades.map((g) => [
    html`<strong>${g.grade}</strong>`, g.label, g.meaning, `${g.treatment.inspectionRatioPercent}%`, g.treatment.inspectionFrequency,
    g.treatment.incentives.length > 0 ? html`<span class="code">${g.treatment.incentives.join(', ')}</span>` : none(view),
    g.treatment.measures.length > 0 ? html`<span class="code">${g.treatment.measures.join(', ')}</span>` : none(view),
  ]);
  return dataTable(t('ratings.grades'), [t('ratings.grade'), t('ratings.label'), t('ratings.meaning'), t('ratings.ratio'), t('ratings.frequency'), t('ratings.incentives'), t('ratings.measures')], rows);
}

function versionsTable(view: View, code: string, versions: StoredVersion[], canEdit: boolean): Html {
  const { t } = view;
  const rows = [...versions].reverse().map((v) => [
    t('ratings.version', { version: v.version }),
    t(`ratings.status.${v.status}` as MessageKey),
    formatTime(v.createdAt) ?? '',
    formatTime(v.publishedAt) ?? none(view),
    canEdit
      ? html`<a href="${hrefWith(`/console/ratings/${code}/edit`, { from: v.version })}">${t('ratings.edit')}</a>${v.status === 'draft'
        ? html` · <form method="post" action="/console/ratings/${code}/versions/${v.version}/publish" class="inline-form"><input type="hidden" name="_csrf" value="${view.csrfToken ?? ''}"><button type="submit" class="button button-primary">${t('ratings.publish')}</button></form>`
        : ''}`
      : '',
  ]);
  return dataTable(t('ratings.versions'), [t('ratings.versions'), t('ratings.status'), t('ratings.createdAt'), t('ratings.publishedAt'), t('ratings.actions')], rows);
}

/** One distribution: a bar chart, then the same figures as a table. */
export function distributionBlock(view: View, title: string, grades: readonly string[], lines: Array<{ label: string; total: number; grades: Array<{ grade: string; count: number }> }>): Html {
  const { t } = view;
  if (lines.every((l) => l.total === 0)) return html`<p class="notice">${t('ratings.distribution.none')}</p>`;
  const rows = lines.map((l) => [l.label, ...l.grades.map((g) => String(g.count)), html`<strong>${String(l.total)}</strong>`]);
  return html`${gradeBars(t('ratings.chart', { title }), grades, lines.map((l) => ({ label: l.label, counts: l.grades })))}
${dataTable(title, ['', ...grades, t('ratings.distribution.total')], rows)}`;
}

const linesOf = (view: View, d: RatingDistribution, name: (key: string) => string) =>
  d.rows.map((r) => ({ label: r.key === null ? view.t('ratings.unknown') : name(r.key), total: r.total, grades: r.grades }));

/** `/console/ratings/:code`: the published version's grades and treatments, the versions, the distribution overall, by street and by industry. */
export function ratingModelPage(view: View, user: ConsoleUser, input: {
  code: string; name: string; published: StoredVersion | null; versions: StoredVersion[]; canEdit: boolean; done: string | null;
  overall: RatingDistribution | null; byStreet: RatingDistribution | null; byIndustry: RatingDistribution | null; industryName: (code: string) => string;
}): Html {
  const { t } = view;
  const def = input.published?.definition ?? input.versions.at(-1)?.definition;
  const grades = input.overall?.grades ?? def?.grades.map((g) => g.grade) ?? [];
  const distribution = input.overall
    ? html`<h2>${t('ratings.distribution')}</h2>
<p class="note">${t('ratings.chartNote')}</p>
${distributionBlock(view, t('ratings.distribution'), grades, [{ label: t('ratings.distribution.total'), total: input.overall.total.total, grades: input.overall.total.grades }])}
${input.byStreet ? html`<h3>${t('ratings.byStreet')}</h3>${distributionBlock(view, t('ratings.byStreet'), grades, linesOf(view, input.byStreet, (k) => k))}` : ''}
${input.byIndustry ? html`<h3>${t('ratings.byIndustry')}</h3>${distributionBlock(view, t('ratings.byIndustry'), grades, linesOf(view, input.byIndustry, input.industryName))}` : ''}
<p><a class="button" href="/console/ratings/${input.code}/plan">${t('ratings.plan')}</a></p>`
    : '';
  const body = html`<p class="breadcrumb"><a href="/console/ratings">${t('console.ratings')}</a></p>
${input.done ? html`<p class="notice" role="status">${input.done}</p>` : ''}
${def ? html`<p class="lead">${def.description ?? ''}</p>
<dl class="record-fields"><dt>${t('ratings.code')}</dt><dd class="code">${input.code}</dd><dt>${t('ratings.kind')}</dt><dd>${kindLabel(view, def.kind)}</dd>
<dt>${t('ratings.disclosure')}</dt><dd>${t(`ratings.disclosure.${def.disclosure}` as MessageKey)}</dd><dt>${t('ratings.basis')}</dt><dd>${def.basis.join('\n')}</dd></dl>
<h2>${t('ratings.grades')}</h2>${gradesTable(view, def)}` : ''}
${distribution}
<h2>${t('ratings.versions')}</h2>
${versionsTable(view, input.code, input.versions, input.canEdit)}`;
  return consoleShell(view, user, 'ratings', input.name, body);
}

/** `/console/ratings/:code/plan`: the seeded draw of subjects to inspect per grade. */
export function inspectionPlanPage(view: View, user: ConsoleUser, input: { name: string; plan: InspectionPlan; streets: readonly string[]; industries: ReadonlyArray<[string, string]> }): Html {
  const { t } = view;
  const p = input.plan;
  const option = (value: string, label: string, chosen: string | null) => html`<option value="${value}"${value === (chosen ?? '') ? html` selected` : ''}>${label}</option>`;
  const form = html`<form class="period-form" method="get" action="/console/ratings/${p.model}/plan">
  <div class="field"><label for="seed">${t('ratings.plan.seed')}</label><input id="seed" name="seed" type="text" maxlength="64" value="${p.seed}"></div>
  <div class="field"><label for="street">${t('ratings.plan.street')}</label><select id="street" name="street">${option('', t('ratings.plan.all'), p.street)}${input.streets.map((s) => option(s, s, p.street))}</select></div>
  <div class="field"><label for="industry">${t('ratings.plan.industry')}</label><select id="industry" name="industry">${option('', t('ratings.plan.all'), p.industry)}${input.industries.map(([c, n]) => option(c, `${c} ${n}`, p.industry))}</select></div>
  <button type="submit" class="button">${t('ratings.plan.show')}</button>
</form>`;
  const rows = p.grades.map((g) => [
    html`<strong>${g.grade}</strong> ${g.label}`, String(g.count), `${g.ratioPercent}%`, String(g.sampleSize), g.frequency,
    g.sample.length === 0 ? none(view) : html`${g.sample.map((s, i) => html`${i > 0 ? '、' : ''}${s.name}${s.code ? html` <span class="code">${s.code}</span>` : ''}`)}`,
  ]);
  const body = html`<p class="breadcrumb"><a href="/console/ratings">${t('console.ratings')}</a> › <a href="/console/ratings/${p.model}">${input.name}</a></p>
<p class="lead">${t('ratings.plan.lead')}</p>
${form}
${dataTable(t('ratings.plan'), [t('ratings.grade'), t('ratings.subjects'), t('ratings.ratio'), t('ratings.plan.sampleSize'), t('ratings.frequency'), t('ratings.plan.sample')], rows)}`;
  return consoleShell(view, user, 'ratings', `${input.name} · ${t('ratings.plan')}`, body);
}
