import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainBlocks } from '../../src/site/plain.ts';
import { markdownBody, markdownToHtml } from '../../src/site/release.ts';

describe('markdownToHtml', () => {
  it('writes table alignment as classes, never inline styles', () => {
    const html = markdownToHtml('| Year | Offences |\n|---|---:|\n| 2017/18 | 122 |\n');
    expect(html).toContain('<th class="num">Offences</th>');
    expect(html).toContain('<td class="num">122</td>');
    expect(html).not.toContain('style=');
  });

  it('keeps raw HTML as text', () => {
    expect(markdownToHtml('Hello <script>alert(1)</script>')).toBe('<p>Hello &lt;script&gt;alert(1)&lt;/script&gt;</p>\n');
  });
});

describe('markdownBody (one parse for the page and the plain text)', () => {
  const examples = [
    'In Derbyshire, police recorded **20** offences, with [four](https://example.org/a?b=1&c=2) involving Facebook.\n\nThe youngest victim was *nine*.\n',
    '## By year\n\n| Year | Offences |\n|:---|---:|\n| 2017/18 | 122 |\n| 2023/24 | 428 |\n\n1. First\n2. Second\n   - nested <b>\n\n> A quote\n\n```\ncode & more\n```\n\n---\n\n[ref link][r]\n\n[r]: https://example.org/r\n',
    '',
  ];
  it('gives the HTML of markdownToHtml and the blocks of plainBlocks', () => {
    for (const source of examples) expect(markdownBody(source)).toEqual({ html: markdownToHtml(source), blocks: plainBlocks(source) });
  });

  it('does so for any Markdown-like text', () => {
    const piece = fc.constantFrom('**', '*', '_', '`', '[a](https://x.org/?q=1&r=2)', '[b][r]', '\n\n[r]: /r\n', '| a | b |\n|---|--:|\n| 1 | 2 |\n', '\n', '\n\n', '# ', '- ', '1. ', '> ', '<i>', '&amp;', 'text', ' ', '2,000');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')), (source) => {
      expect(markdownBody(source)).toEqual({ html: markdownToHtml(source), blocks: plainBlocks(source) });
    }), { numRuns: 200 });
  });
});
