import type { Verification } from '../../domains/reports/index.js';
import { formatTime } from '../format.js';
import { html, type Html } from '../html.js';
import { layout } from '../layout.js';
import type { View } from '../view.js';
import { profileTable } from './subject.js';

/** What the visitor typed (kept in the form) and what the platform answered. */
export interface VerifyPageInput {
  no: string;
  code: string;
  digest: string;
  result:
    | { kind: 'none' }
    | { kind: 'verified'; verification: Verification }
    | { kind: 'notFound' }
    | { kind: 'invalid' };
}

const field = (id: string, label: string, input: Html, hint?: string) => html`<div class="field">
  <label for="${id}">${label}</label>
  ${input}
  ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : ''}
</div>`;

function verifyForm(view: View, input: VerifyPageInput): Html {
  const { t } = view;
  // GET: the QR code's link (`?no=…&code=…`) lands here already filled in and verified.
  return html`<form class="form" method="get" action="/reports/verify">
  ${field('no', t('reports.verify.no'), html`<input id="no" name="no" type="text" required maxlength="40" value="${input.no}" autocapitalize="characters" spellcheck="false" placeholder="XY-20260615-ABCD2345">`)}
  ${field('code', t('reports.verify.code'), html`<input id="code" name="code" type="text" required maxlength="40" value="${input.code}" autocapitalize="characters" autocomplete="off" spellcheck="false" placeholder="ABCD-EFGH-JKLM">`)}
  ${field('digest', t('reports.verify.digest'), html`<input id="digest" name="digest" type="text" maxlength="64" value="${input.digest}" autocomplete="off" spellcheck="false" aria-describedby="digest-hint">`, t('reports.verify.digestHint'))}
  <button type="submit" class="button button-primary">${t('reports.verify.submit')}</button>
</form>`;
}

function outcome(view: View, v: Verification): Html {
  const { t } = view;
  const [cls, message] = v.digestMatches === false
    ? ['notice notice-error', t('reports.verify.digestBad')]
    : ['notice', v.digestMatches ? t('reports.verify.digestOk') : t('reports.verify.ok')];
  const rows: Array<[string, string | Html | null]> = [
    [t('reports.verify.no'), html`<span class="code">${v.reportNo}</span>`],
    [t('reports.verify.kind'), t(v.kind === 'full' ? 'reports.kind.full' : 'reports.kind.public')],
    [t('reports.verify.subject'), html`${v.subject.name}${v.subject.code ? html`<br><span class="code">${v.subject.code}</span>` : ''}`],
    [t('reports.verify.issuedAt'), `${formatTime(v.issuedAt)} (UTC+8)`],
    [t('reports.verify.asOf'), v.asOf],
    [t('reports.verify.pdfSha256'), html`<span class="code" data-digest="pdf">${v.pdfSha256}</span>`],
    [t('reports.verify.pdfBytes'), t('reports.verify.bytes', { n: v.pdfBytes })],
    [t('reports.verify.contentDigest'), html`<span class="code">${v.contentDigest}</span>`],
    [t('reports.verify.signature'), html`<span class="code">${v.signature.keyId}</span>`],
    [t('reports.verify.count'), String(v.verificationCount)],
  ];
  return html`<div class="${cls}" role="status" data-valid="${String(v.valid)}"><p class="notice-title">${message}</p></div>
${profileTable(view, rows)}`;
}

function howTo(view: View, input: VerifyPageInput, v: Verification | null): Html {
  const { t } = view;
  const api = `/api/v1/reports/${v?.reportNo ?? '{reportNo}'}/verify?code=…&digest=<sha256>`;
  return html`<section aria-labelledby="howto-heading">
  <h2 id="howto-heading">${t('reports.verify.howTo')}</h2>
  <p>${t('reports.verify.howTo.intro')}</p>
  <ul>
    <li>${t('reports.verify.howTo.linux')} <code>sha256sum ${input.no || 'report'}.pdf</code></li>
    <li>${t('reports.verify.howTo.windows')} <code>certutil -hashfile ${input.no || 'report'}.pdf SHA256</code></li>
    <li>${t('reports.verify.howTo.api')} <code>GET ${api}</code></li>
  </ul>
</section>`;
}

/** `/reports/verify`: the public verification page (SPEC §9) — the form, the answer, and how to check a PDF's digest. */
export function reportVerifyPage(view: View, input: VerifyPageInput): Html {
  const { t } = view;
  const r = input.result;
  const answer = r.kind === 'verified' ? outcome(view, r.verification)
    : r.kind === 'notFound' ? html`<div class="notice notice-error" role="alert" data-valid="false"><p>${t('reports.verify.notFound')}</p></div>`
      : r.kind === 'invalid' ? html`<div class="notice notice-error" role="alert"><p>${t('reports.verify.invalid')}</p></div>` : '';
  const body = html`<h1>${t('reports.verify.title')}</h1>
<p class="lead">${t('reports.verify.lead')}</p>
${answer}
${verifyForm(view, input)}
${howTo(view, input, r.kind === 'verified' ? r.verification : null)}`;
  return layout(view, { title: t('reports.verify.title'), body, query: { no: input.no || undefined } });
}
