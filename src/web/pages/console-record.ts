import type { RecordDetail } from '../../domains/records/index.js';
import { html, type Html } from '../html.js';
import type { View } from '../view.js';
import { formatTime } from '../format.js';
import type { MessageKey } from '../i18n/index.js';
import { consoleShell, type ConsoleUser } from './console-shell.js';
import { profileTable } from './subject.js';
import { dataTable } from './table.js';
import { changedFields, valueText } from './record-diff.js';

type Version = RecordDetail['versions'][number];

/** What a version changed: every field of the first, the differences of a correction, nothing of a withdrawal but its reason. */
function versionChanges(view: View, v: Version, previous: Version | undefined): Html {
  const { t, lang } = view;
  const none = t('value.none');
  const label = (f: { label: string; labelEn: string }) => (lang === 'en' ? f.labelEn : f.label);
  if (!previous) {
    const rows = v.fields.map((f) => [label(f), valueText(f.value, lang) ?? none]);
    return html`<details><summary>${t('record.allFields', { count: v.fields.length })}</summary>
${dataTable(t('record.fields'), [t('record.field'), t('record.value')], rows)}</details>`;
  }
  const changes = changedFields(previous.fields, v.fields);
  if (changes.length === 0) return html`<p class="note">${t(v.change === 'withdrawn' ? 'record.noChangeWithdrawn' : 'record.noChange')}</p>`;
  const rows = changes.map((c) => [
    label(c),
    html`<del>${valueText(c.before, lang) ?? none}</del>`,
    html`<ins>${valueText(c.after, lang) ?? none}</ins>`,
  ]);
  return dataTable(t('record.changes', { version: v.version }), [t('record.field'), t('record.before'), t('record.after')], rows);
}

function versionSection(view: View, v: Version, previous: Version | undefined): Html {
  const { t } = view;
  const none = t('value.none');
  const meta: Array<[string, string | Html | null]> = [
    [t('record.change'), t(`record.change.${v.change}` as MessageKey)],
    [t('record.receivedAt'), formatTime(v.receivedAt)],
    [t('record.channel'), t(`imports.channel.${v.channel}` as MessageKey)],
    [t('record.batch'), v.batchId ? html`<a href="/console/imports/${v.batchId}" class="code">${v.batchId}</a>` : none],
    [t('record.submitter'), v.submitter.id ? `${t(`record.submitter.${v.submitter.type}` as MessageKey)} · ${v.submitter.id}` : t(`record.submitter.${v.submitter.type}` as MessageKey)],
    [t('record.typeVersion'), String(v.typeVersion)],
  ];
  if (v.reason) meta.push([t('record.reason'), v.reason]);
  return html`<section class="version" aria-labelledby="version-${v.version}">
<h3 id="version-${v.version}">${t('record.version', { version: v.version })}</h3>
${profileTable(view, meta)}
${versionChanges(view, v, previous)}
</section>`;
}

/** `/console/records/:id`: the record as it stands, then every version with its provenance and what it changed, newest first. */
export function recordPage(view: View, user: ConsoleUser, r: RecordDetail): Html {
  const { t } = view;
  const rows: Array<[string, string | Html | null]> = [
    [t('record.type'), `${view.lang === 'en' ? r.type.nameEn : r.type.name}（${r.type.code}）`],
    [t('record.docNo'), r.docNo],
    [t('record.decisionDate'), r.decisionDate],
    [t('record.source'), `${r.source.name}（${r.source.code}）`],
    [t('record.status'), html`${t(`record.status.${r.status}` as MessageKey)}${r.underObjection ? html` <span class="badge badge-objection">${t('objections.badge')}</span>` : ''}`],
    [t('record.currentVersion'), String(r.version)],
    [t('record.firstReceivedAt'), formatTime(r.firstReceivedAt)],
    [t('record.lastReceivedAt'), formatTime(r.lastReceivedAt)],
    [t('record.publicityEnd'), r.publicityEnd],
  ];
  const versions = r.versions.map((v, i) => versionSection(view, v, r.versions[i - 1])).reverse();
  const body = html`<p class="breadcrumb"><a href="/console/imports">${t('console.imports')}</a></p>
${profileTable(view, rows)}
<h2>${t('record.history')}</h2>
${versions}`;
  return consoleShell(view, user, 'imports', t('record.title', { docNo: r.docNo }), body);
}
