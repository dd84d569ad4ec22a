import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../../src/site/release.ts';

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
