import { html, type Html } from './html.js';
import { assetHref } from './assets.js';
import { hrefWith, type View } from './view.js';

export type Section = 'home' | 'search' | 'disclosures' | 'lists' | 'login' | 'console' | 'me' | 'monitoring' | null;

export interface PageInput {
  title: string;
  body: Html;
  /** Which main-nav entry is the current page. */
  section?: Section;
  /** The page's own query parameters, kept when the visitor switches language. */
  query?: Record<string, string | number | null | undefined>;
  description?: string;
  /** Seconds until the browser reloads the page (a running import's progress; no script needed). */
  refresh?: number;
}

function navLink(href: string, label: string, current: boolean): Html {
  return html`<li><a href="${href}"${current ? html` aria-current="page"` : ''}>${label}</a></li>`;
}

function accountLinks(view: View, section: Section): Html {
  const { t } = view;
  if (view.actor.kind !== 'user') return navLink('/login', t('nav.login'), section === 'login');
  // Subject accounts have no console: their own archive is their area (docs/web.md, "Subject self-service").
  const home = view.actor.role === 'subject' ? navLink('/me', t('nav.me'), section === 'me') : navLink('/console', t('nav.console'), section === 'console');
  return html`${home}
      ${navLink('/monitoring', t('monitoring.title'), section === 'monitoring')}
      <li><form method="post" action="/logout" class="inline-form">
        <input type="hidden" name="_csrf" value="${view.csrfToken ?? ''}">
        <button type="submit" class="link-button">${t('nav.logout')}</button>
      </form></li>`;
}

function header(view: View, input: PageInput): Html {
  const { t, lang } = view;
  const other = lang === 'en' ? 'zh-CN' : 'en';
  const section = input.section ?? null;
  return html`<header class="site-header">
  <div class="wrap header-inner">
    <a class="brand" href="/">
      <span class="brand-mark" aria-hidden="true">信</span>
      <span class="brand-text">
        <span class="brand-name">${t('site.name')}<span class="brand-dot" aria-hidden="true"> · </span><span class="brand-tagline">${t('site.tagline')}</span></span>
        <span class="brand-alt" lang="${other}">${t('site.altName')}</span>
      </span>
    </a>
    <a class="lang-switch" href="${hrefWith(view.path, { ...input.query, lang: other })}" hreflang="${other}" lang="${other}" title="${t('lang.switch')}">${t('lang.other')}</a>
  </div>
  <nav class="site-nav" aria-label="${t('nav.label')}">
    <ul class="wrap">
      ${navLink('/', t('nav.home'), section === 'home')}
      ${navLink('/search', t('nav.search'), section === 'search')}
      ${navLink('/disclosures/penalties', t('portal.nav.disclosures'), section === 'disclosures')}
      ${navLink('/lists', t('portal.nav.lists'), section === 'lists')}
      <li class="nav-spacer" aria-hidden="true"></li>
      ${accountLinks(view, section)}
    </ul>
  </nav>
</header>`;
}

function footer(view: View): Html {
  const { t } = view;
  return html`<footer class="site-footer">
  <div class="wrap">
    <p class="footer-name">${t('site.name')} · ${t('site.tagline')}</p>
    <p>${t('footer.source')}</p>
    <p>${t('footer.objection')}</p>
    <p class="footer-links"><a href="/objections/track">${t('footer.trackObjection')}</a> · <a href="/complaints/new">${t('footer.complain')}</a> · <a href="/reports/verify">${t('footer.verifyReport')}</a> · <a href="/agencies">${t('footer.agencies')}</a></p>
    <p>${t('footer.privacy')}</p>
    <p><a href="/docs">${t('footer.api')}</a></p>
  </div>
</footer>`;
}

/** The page shell every portal and console page is rendered in. */
export function layout(view: View, input: PageInput): Html {
  const { t, lang } = view;
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${input.title} - ${t('site.name')} · ${t('site.tagline')}</title>
${input.description ? html`<meta name="description" content="${input.description}">` : ''}
${input.refresh ? html`<meta http-equiv="refresh" content="${input.refresh}">` : ''}
<link rel="icon" href="${assetHref('favicon.svg')}" type="image/svg+xml">
<link rel="stylesheet" href="${assetHref('app.css')}">
<script src="${assetHref('app.js')}" defer></script>
</head>
<body>
<a class="skip-link" href="#main">${t('a11y.skip')}</a>
${header(view, input)}
<main id="main" class="wrap main" tabindex="-1">
${input.body}
</main>
${footer(view)}
</body>
</html>
`;
}
