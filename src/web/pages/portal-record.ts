import type { FieldType } from '../../domains/catalog/index.js';
import type { ListedSubject } from '../../domains/disclosure/index.js';
import type { PublicRecord } from '../../domains/records/index.js';
import { html, type Html } from '../html.js';
import type { View } from '../view.js';
import { formatDate, formatFieldValue, type FieldTypes } from './portal-values.js';

type Field = PublicRecord['fields'][number];

/** The 行政相对人 block of the 双公示 formats (and the party of other types): shown with the full field list only. */
const PARTY_KEYS = new Set(['subjectName', 'subjectCategory', 'subjectCode', 'registrationNo', 'orgCode', 'taxRegistrationNo', 'institutionCertNo', 'socialOrgCertNo', 'legalRep']);
/** Said once in the record's header (number, date, source, publicity end), or legacy bookkeeping: full field list only. */
const HEADER_KEYS = new Set(['decisionNo', 'decisionDate', 'publicityEnd', 'sourceDept', 'sourceDeptCode', 'authorityCode', 'regionCode', 'sourceTimestamp']);

export interface RecordCardInput {
  record: PublicRecord;
  fieldTypes: FieldTypes;
  /** Listings across subjects name whom the record is about; a subject's own page does not. */
  subject?: ListedSubject;
}

/** Organisations link to their profile; persons show their masked ID number and no link (SPEC §2, §4). */
export function listedSubjectLine(view: View, s: ListedSubject): Html {
  if (s.code === null) {
    return html`<span class="listed-person">${s.name}</span>${s.idNumberMasked ? html` <span class="code masked" title="${view.t('portal.record.notLinked')}">${s.idNumberMasked}</span>` : ''}`;
  }
  return html`<a href="/subjects/${encodeURIComponent(s.code)}">${s.name}</a> <span class="code">${s.code}</span>`;
}

function fieldRows(view: View, fields: Field[], types: ReadonlyMap<string, FieldType> | undefined): Html {
  const none = view.t('value.none');
  return html`${fields.map((f) => html`<div><dt>${view.lang === 'en' ? f.labelEn : f.label}</dt><dd>${formatFieldValue(f.value, types?.get(f.key), view.lang) ?? none}</dd></div>`)}`;
}

/**
 * One public record: type, decision number, date, source department and end of
 * publicity on top; its content (for penalties the 双公示 fields: violation,
 * facts, grounds, kinds, content, amounts, authority) in catalogue order; the
 * complete public field list, 行政相对人 included, folded below (no script needed).
 */
export function recordCard(view: View, input: RecordCardInput): Html {
  const { t, lang } = view;
  const r = input.record;
  const types = input.fieldTypes.get(r.type.code);
  const content = r.fields.filter((f) => !PARTY_KEYS.has(f.key) && !HEADER_KEYS.has(f.key));
  const headingId = `record-${r.id}`;
  return html`<article class="record record-${r.polarity}" aria-labelledby="${headingId}">
  <header class="record-header">
    <h3 id="${headingId}">${lang === 'en' ? r.type.nameEn : r.type.name}${r.underObjection ? html` <span class="badge badge-objection">${t('objections.badge')}</span>` : ''}</h3>
    ${input.subject ? html`<p class="record-subject">${listedSubjectLine(view, input.subject)}</p>` : ''}
  </header>
  <dl class="record-meta">
    <div><dt>${t('record.docNo')}</dt><dd>${r.docNo}</dd></div>
    <div><dt>${t('record.decisionDate')}</dt><dd>${r.decisionDate}</dd></div>
    <div><dt>${t('record.source')}</dt><dd>${r.source.name}</dd></div>
    <div><dt>${t('record.publicityEnd')}</dt><dd>${formatDate(r.publicityEnd, lang) ?? t('value.none')}</dd></div>
  </dl>
  ${content.length > 0 ? html`<dl class="record-fields" aria-label="${t('portal.record.content')}">${fieldRows(view, content, types)}</dl>` : ''}
  <details class="record-all">
    <summary>${t('portal.record.allFields', { count: r.fields.length })}</summary>
    <dl class="record-fields">${fieldRows(view, r.fields, types)}</dl>
  </details>
  ${view.path.startsWith('/console') ? '' : html`<p class="record-actions"><a class="button" href="/objections/new?record=${r.id}">${t('objections.object')}</a></p>`}
</article>`;
}

export function recordList(view: View, records: PublicRecord[], fieldTypes: FieldTypes, subjects?: ReadonlyMap<string, ListedSubject>): Html {
  return html`<ol class="records">${records.map((record) => {
    const subject = subjects?.get(record.id);
    return html`<li>${recordCard(view, { record, fieldTypes, ...(subject ? { subject } : {}) })}</li>`;
  })}</ol>`;
}
