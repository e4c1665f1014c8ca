import { html, type Html, type Interpolation } from '../html.js';

/** A data table with a caption for screen readers and column headers. */
export function dataTable(caption: string, headers: string[], rows: Interpolation[][]): Html {
  return html`<div class="table-wrap"><table class="table">
  <caption class="visually-hidden">${caption}</caption>
  <thead><tr>${headers.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
  <tbody>${rows.map((cells) => html`<tr>${cells.map((c) => html`<td>${c}</td>`)}</tr>`)}</tbody>
</table></div>`;
}
