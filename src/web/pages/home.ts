import { html, type Html } from '../html.js';
import { layout } from '../layout.js';
import type { View } from '../view.js';
import { searchForm } from './search-form.js';

/** The portal's front page: the big search box and what the platform publishes. */
export function homePage(view: View): Html {
  const { t } = view;
  const body = html`<section class="hero" aria-labelledby="hero-heading">
  <h1 id="hero-heading">${t('home.heading')}</h1>
  <p class="lead">${t('home.lead')}</p>
  ${searchForm(view, { q: '', large: true })}
  <p class="hint">${t('home.hint')}</p>
</section>
<div class="cards">
  <section class="card" aria-labelledby="publishes-heading">
    <h2 id="publishes-heading">${t('home.publishes.heading')}</h2>
    <ul class="ticks">
      <li>${t('home.publishes.registry')}</li>
      <li>${t('home.publishes.records')}</li>
      <li>${t('home.publishes.lists')}</li>
    </ul>
  </section>
  <section class="card" aria-labelledby="privacy-heading">
    <h2 id="privacy-heading">${t('home.privacy.heading')}</h2>
    <p>${t('home.privacy.body')}</p>
  </section>
  <section class="card" aria-labelledby="columns-heading">
    <h2 id="columns-heading">${t('portal.home.columns')}</h2>
    <ul class="links">
      <li><a href="/disclosures/licences">${t('portal.home.licences')}</a></li>
      <li><a href="/disclosures/penalties">${t('portal.home.penalties')}</a></li>
      <li><a href="/lists">${t('portal.home.lists')}</a></li>
    </ul>
  </section>
  <section class="card" aria-labelledby="links-heading">
    <h2 id="links-heading">${t('home.links.heading')}</h2>
    <ul class="links">
      <li><a href="/search">${t('search.title')}</a></li>
      <li><a href="/docs">${t('home.links.api')}</a></li>
      <li><a href="/login">${t('home.links.login')}</a></li>
    </ul>
  </section>
</div>`;
  return layout(view, { title: t('home.title'), body, section: 'home', description: t('home.lead') });
}
