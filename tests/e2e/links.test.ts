/** Every internal link, image and download in the built site resolves, at "/" and under "/some-repo/". */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkLinks, extractLinks } from './support/links.ts';
import { htmlPages } from './support/site.ts';

describe('internal links in the built demo site', () => {
  it('all resolve when the site is served at /', () => {
    const { dir } = inject('site');
    const { checked, broken } = checkLinks(dir, '/');
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(htmlPages(dir).length * 5);
  });

  it('all resolve under the --base /some-repo/ prefix, none escaping it', () => {
    const { dir, base } = inject('baseSite');
    const { checked, broken } = checkLinks(dir, base);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(htmlPages(dir).length * 5);
  });
});

describe('the link checker itself', () => {
  it('finds links in href, src, srcset, xlink:href and sitemap <loc>', () => {
    const html = '<a href="/a/">a</a><img src="b.png" srcset="c.png 1x, d.png 2x"><use xlink:href="#e"/><loc>/f/</loc>';
    expect(extractLinks(html)).toEqual(['/a/', 'b.png', '#e', 'c.png', 'd.png', '/f/']);
  });

  it('reports a missing page, a missing fragment, an unprefixed link and a missing image', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'localpress-links-'));
    try {
      await mkdir(path.join(root, 'a'));
      await writeFile(path.join(root, 'a', 'index.html'), '<h1 id="top">A</h1>');
      await writeFile(
        path.join(root, 'index.html'),
        '<a href="/r/a/">ok</a><a href="a/#top">ok</a><a href="/r/b/">missing</a><a href="/r/a/#nope">frag</a><a href="/a/">unprefixed</a><img src="x.png" alt=""><a href="mailto:x@y.z">mail</a>',
      );
      const { checked, broken } = checkLinks(root, '/r/');
      expect(checked).toBe(6);
      expect(broken.map((b) => b.link)).toEqual(['/r/b/', '/r/a/#nope', '/a/', 'x.png']);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
