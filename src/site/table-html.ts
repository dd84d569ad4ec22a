/**
 * The parts of a page that grow with the number of areas, written here instead of by Nunjucks
 * loops: the rows of data tables (the national page lists every force, each region page its
 * forces) and lists of links (every force by region; on a force page, the other forces of its
 * region). A Nunjucks loop sets seven `loop.*` variables per item and escapes every value
 * through its runtime; at 10,000 areas that is over a million items a build.
 *
 * The markup is exactly what the templates wrote (templates/_includes/partials/table.njk and
 * release.njk), escaped as Nunjucks' autoescape escapes, so the pages are byte-identical.
 * The templates place the result with `| safe`.
 */
import type { DataTable, Link } from './types.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;', '\\': '&#92;' };
const SPECIAL = /[&"'<>\\]/g;
const HAS_SPECIAL = /[&"'<>\\]/;
const lookup = (ch: string) => ESCAPES[ch]!;

/**
 * escapeHtml(`Avon & Somerset "A"`) → `Avon &amp; Somerset &quot;A&quot;`: what `{{ value }}`
 * writes with autoescape on (also `'` → `&#39;` and `\` → `&#92;`; null and undefined → "").
 */
export function escapeHtml(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return HAS_SPECIAL.test(text) ? text.replace(SPECIAL, lookup) : text;
}

/**
 * The body rows of a data table, as the template's `<tbody>` holds them: each row on its own
 * line, the first cell a row header (linked when the row has an `href`), numeric columns
 * classed "num".
 * tableRowsHtml({ rows: [{ cells: ['Kent', '1,204'], href: '/c/kent/' }], numeric: [false, true], ... })
 * → '\n  <tr><th scope="row"><a href="/c/kent/">Kent</a></th><td class="num">1,204</td>\n  </tr>'
 */
export function tableRowsHtml(table: Pick<DataTable, 'rows' | 'numeric'>): string {
  const open = table.numeric.map((numeric) => (numeric ? '<td class="num">' : '<td>'));
  let html = '';
  for (const row of table.rows) {
    html += '\n  <tr>';
    row.cells.forEach((cell, i) => {
      if (i === 0) html += row.href ? `<th scope="row"><a href="${escapeHtml(row.href)}">${escapeHtml(cell)}</a></th>` : `<th scope="row">${escapeHtml(cell)}</th>`;
      else html += `${open[i] ?? '<td>'}${escapeHtml(cell)}</td>`;
    });
    html += '\n  </tr>';
  }
  return html;
}

/** dataTable({ caption, head, numeric, rows }) → the table with its body rows written (`rowsHtml`), as every page table is handed to the templates. */
export function dataTable(table: Omit<DataTable, 'rowsHtml'>): DataTable {
  return { ...table, rowsHtml: tableRowsHtml(table) };
}

/** linkItemHtml({ href: '/c/kent/', text: 'Kent Police' }) → '<li><a href="/c/kent/">Kent Police</a></li>' */
export function linkItemHtml(link: Link): string {
  return `<li><a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a></li>`;
}

/** The items of a list of links, for `<ul>{{ html | safe }}</ul>`. */
export function linkItemsHtml(links: Link[]): string {
  return links.map(linkItemHtml).join('');
}
