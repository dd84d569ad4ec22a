/**
 * Table rows and link lists written in TypeScript (src/site/table-html.ts) are the markup the
 * Nunjucks loops they replace wrote, byte for byte: checked on real examples and, with hostile
 * text, against those loops rendered by Nunjucks itself (autoescape on, as Eleventy renders).
 */
import fc from 'fast-check';
import nunjucks from 'nunjucks';
import { describe, expect, it } from 'vitest';
import { dataTable, escapeHtml, linkItemHtml, linkItemsHtml, tableRowsHtml } from '../../src/site/table-html.ts';

/** The loops as templates/_includes/partials/table.njk and release.njk had them. */
const ROWS_LOOP = `<tbody>
  {%- for row in table.rows %}
  <tr>
    {%- for cell in row.cells %}
    {%- if loop.first %}<th scope="row">{% if row.href %}<a href="{{ row.href }}">{{ cell }}</a>{% else %}{{ cell }}{% endif %}</th>
    {%- else %}<td{% if table.numeric[loop.index0] %} class="num"{% endif %}>{{ cell }}</td>{% endif %}
    {%- endfor %}
  </tr>
  {%- endfor %}
  </tbody>`;
const LINKS_LOOP = '<ul>{% for link in links %}<li><a href="{{ link.href }}">{{ link.text }}</a></li>{% endfor %}</ul>';
const env = new nunjucks.Environment(null, { autoescape: true });
const byNunjucks = (template: string, context: object) => env.renderString(template, context);

/** Text meant to break markup: every character Nunjucks escapes, quotes, entities, emoji, right-to-left marks. */
const hostile = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: fc.constantFrom('&', '"', "'", '<', '>', '\\', '/', '=', ';', 'a', ' ', '&amp;', '\u202e', '\u00a0', '😀', '\n'), maxLength: 12 }),
);

describe('escapeHtml', () => {
  it('escapes what Nunjucks autoescape escapes', () => {
    expect(escapeHtml(`Avon & Somerset "A" <b>O'Neill</b> C:\\x`)).toBe('Avon &amp; Somerset &quot;A&quot; &lt;b&gt;O&#39;Neill&lt;/b&gt; C:&#92;x');
    expect(escapeHtml('Derbyshire')).toBe('Derbyshire');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
    expect(escapeHtml(1204)).toBe('1204');
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(undefined)).toBe('');
  });

  it('gives the same text as {{ value }} for any text, called again and again (no regex state carried over)', () => {
    fc.assert(fc.property(fc.array(hostile, { maxLength: 5 }), (values) => {
      for (const value of values) expect(escapeHtml(value)).toBe(byNunjucks('{{ value }}', { value }));
    }));
  });
});

describe('tableRowsHtml', () => {
  it('writes a linked row header and numeric cells, each row on its own line', () => {
    const rows = tableRowsHtml({
      numeric: [false, false, true, true, false],
      rows: [
        { href: '/scwc/derbyshire/', cells: ['Derbyshire Constabulary', 'East Midlands', '20', '1.9', '=12'] },
        { href: '/scwc/avon-and-somerset/', cells: ['Avon & Somerset Constabulary', 'South West', 'Did not provide figures', '–', '–'] },
      ],
    });
    expect(rows).toBe(
      '\n  <tr><th scope="row"><a href="/scwc/derbyshire/">Derbyshire Constabulary</a></th><td>East Midlands</td><td class="num">20</td><td class="num">1.9</td><td>=12</td>\n  </tr>'
      + '\n  <tr><th scope="row"><a href="/scwc/avon-and-somerset/">Avon &amp; Somerset Constabulary</a></th><td>South West</td><td class="num">Did not provide figures</td><td class="num">–</td><td>–</td>\n  </tr>',
    );
  });

  it('writes a row without a link as a plain row header; no rows, nothing', () => {
    expect(tableRowsHtml({ numeric: [false, true, true], rows: [{ cells: ['Snapchat', '1,628', '32.6%'] }] }))
      .toBe('\n  <tr><th scope="row">Snapchat</th><td class="num">1,628</td><td class="num">32.6%</td>\n  </tr>');
    expect(tableRowsHtml({ numeric: [false], rows: [] })).toBe('');
  });

  it('is what the Nunjucks loop wrote, for any table (hostile text, links or none, ragged rows)', () => {
    const table = fc.record({
      numeric: fc.array(fc.boolean(), { maxLength: 6 }),
      rows: fc.array(fc.record({ cells: fc.array(hostile, { maxLength: 6 }), href: fc.option(hostile, { nil: undefined }) }, { requiredKeys: ['cells'] }), { maxLength: 6 }),
    });
    fc.assert(fc.property(table, (t) => {
      expect(`<tbody>${tableRowsHtml(t)}\n  </tbody>`).toBe(byNunjucks(ROWS_LOOP, { table: t }));
    }), { numRuns: 200 });
  });

  it('dataTable hands the table over with its rows written', () => {
    const parts = { caption: 'Regions', head: ['Region', 'Offences'], numeric: [false, true], rows: [{ cells: ['Wales', '376'], href: '/scwc/wales/' }] };
    expect(dataTable(parts)).toEqual({ ...parts, rowsHtml: tableRowsHtml(parts) });
  });
});

describe('link lists', () => {
  it('writes list items of links', () => {
    expect(linkItemHtml({ href: '/scwc/kent/', text: 'Kent Police' })).toBe('<li><a href="/scwc/kent/">Kent Police</a></li>');
    expect(linkItemsHtml([{ href: '/a/', text: 'A & B' }, { href: '/b/?x=1&y=2', text: '<C>' }])).toBe('<li><a href="/a/">A &amp; B</a></li><li><a href="/b/?x=1&amp;y=2">&lt;C&gt;</a></li>');
    expect(linkItemsHtml([])).toBe('');
  });

  it('is what the Nunjucks loop wrote, for any links', () => {
    fc.assert(fc.property(fc.array(fc.record({ href: hostile, text: hostile }), { maxLength: 8 }), (links) => {
      expect(`<ul>${linkItemsHtml(links)}</ul>`).toBe(byNunjucks(LINKS_LOOP, { links }));
    }), { numRuns: 200 });
  });
});
