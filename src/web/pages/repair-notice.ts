import type { RepairNotice } from '../../domains/repairs/index.js';
import { html, type Html } from '../html.js';
import type { View } from '../view.js';
import { meShell, type MeSubject } from './me-shell.js';

/** `/me/repairs/notices/{kind}/{id}`: the repair notice (两书同达), printable (the print stylesheet drops the frame). */
export function repairNoticePage(view: View, subject: MeSubject, n: RepairNotice): Html {
  const { t } = view;
  const body = html`<article class="repair-notice printable">
<p class="breadcrumb"><a href="/me/repairs">${t('me.nav.repairs')}</a></p>
<p>${subject.name}：</p>
${n.decisionNo ? html`<p>${t('repairs.noticePage.decision', { no: n.decisionNo, date: n.decisionDate ?? '', by: n.decidedBy ?? '' })}</p>` : ''}
<h3>${t('repairs.noticePage.when')}</h3><p class="notice-when">${n.when}</p>
<h3>${t('repairs.noticePage.how')}</h3><ol>${n.how.map((x) => html`<li>${x}</li>`)}</ol>
<h3>${t('repairs.noticePage.proof')}</h3><ul>${n.proof.map((x) => html`<li>${x}</li>`)}</ul>
<h3>${t('repairs.noticePage.deadline')}</h3><p>${n.deadline}</p>
<h3>${t('repairs.noticePage.basis')}</h3><p>${n.legalBasis}</p>
</article>`;
  return meShell(view, subject, 'repairs', n.title, body);
}
