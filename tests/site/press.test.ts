/**
 * Corrections and local voices (issue 16): a correction naming a force shows on that force's page,
 * its release.txt and the feed, and nowhere else; one without forces shows on every page. Quotes
 * and contacts given for a region or force replace the national ones there, the most local winning.
 * release.txt is plain text: no Markdown markers, links as "text (URL)", paragraphs on one line.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/site/build.ts';
import { pressFixture } from './press-fixture.ts';

const root = mkdtempSync(path.join(tmpdir(), 'localpress-press-'));
const out = path.join(root, 'dist');
const read = (file: string) => readFileSync(path.join(out, file), 'utf8');

beforeAll(async () => {
  await build({ dataDir: pressFixture(root), outDir: out, now: new Date('2026-01-01T00:00:00Z'), charts: false, siteUrl: 'https://press.example.org', base: '/repo/' });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('corrections', () => {
  it('shows a correction naming a force on that force page only; one without forces on every page', () => {
    const derbyshire = read('fixture-grooming/derbyshire/index.html');
    expect(derbyshire).toContain('<time datetime="2018-04-20">Corrected on Friday 20 April 2018</time>:</strong> Derbyshire&#39;s figure for Snapchat was four, not fourteen.');
    expect(derbyshire).toContain('Corrected on Monday 23 April 2018');
    for (const page of ['fixture-grooming/nottinghamshire/index.html', 'fixture-grooming/east-midlands/index.html', 'fixture-grooming/index.html']) {
      const html = read(page);
      expect(html, page).not.toContain('Corrected on Friday 20 April 2018');
      expect(html, page).toContain('Corrected on Monday 23 April 2018');
    }
  });

  it('prints the corrections in release.txt', () => {
    expect(read('fixture-grooming/derbyshire/release.txt')).toContain("CORRECTED ON FRIDAY 20 APRIL 2018: Derbyshire's figure for Snapchat was four, not fourteen.");
    expect(read('fixture-grooming/nottinghamshire/release.txt')).not.toContain('FRIDAY 20 APRIL');
  });

  it('adds each correction to the feed as an update, linking the page it is on', () => {
    const feed = read('feed.xml');
    expect(feed).toContain('<link href="https://press.example.org/repo/fixture-grooming/derbyshire/"/>');
    expect(feed).toContain('<summary>Corrected on Friday 20 April 2018: Derbyshire&#39;s figure for Snapchat was four, not fourteen.</summary>');
    expect(feed).toMatch(/<updated>2018-04-23T00:00:00Z<\/updated>\s*<summary>The first nine months/);
    expect(feed.match(/<title>Correction: Fixture grooming campaign<\/title>/g)).toHaveLength(2);
  });
});

describe('local voices', () => {
  it('uses a region’s quotes and contacts on its pages and its forces’, a force’s own contacts where given', () => {
    const gwent = read('fixture-grooming/gwent/index.html');
    expect(gwent).toContain('Welsh children deserve better.');
    expect(gwent).toContain('Gwent press desk');
    expect(gwent).not.toContain('wales@example.org');
    expect(gwent).not.toContain('A Spokesperson');
    const wales = read('fixture-grooming/wales/index.html');
    expect(wales).toContain('Cymru Head');
    expect(wales).toContain('wales@example.org');
    const northWales = read('fixture-grooming/north-wales/release.txt');
    expect(northWales).toContain('"Welsh children deserve better."\n- Cymru Head, Head of NSPCC Cymru');
    expect(northWales).toContain('Wales press office, wales@example.org');
  });

  it('keeps the national voices elsewhere', () => {
    const derbyshire = read('fixture-grooming/derbyshire/index.html');
    expect(derbyshire).toContain('A Spokesperson');
    expect(derbyshire).not.toContain('Cymru Head');
    expect(read('fixture-grooming/index.html')).toContain('press@example.org');
  });
});

describe('robots.txt', () => {
  it('is written at the site root and names the sitemap', () => {
    expect(read('robots.txt')).toContain('Sitemap: https://press.example.org/repo/sitemap.xml');
  });
});

describe('release.txt', () => {
  it('is plain text with the date, page link and method: no Markdown markers, links as text (URL), paragraphs unwrapped', () => {
    const text = read('fixture-grooming/derbyshire/release.txt');
    expect(text).not.toMatch(/\*\*|\]\(/);
    expect(text).toContain('Monday 16 April 2018 · For immediate release');
    expect(text).toContain('METHOD\n\nFigures come from FOI requests to every force, sent in January 2018. See the request (https://example.org/foi) for the wording.\n');
    expect(text).toContain('1. Figures are made up for tests. <b>raw html</b> must stay text.');
    expect(text).toContain('Online: https://press.example.org/repo/fixture-grooming/derbyshire/');
    expect(text).toMatch(/^ILLUSTRATIVE FIGURES/);
  });
});
