/**
 * Every download the built site links to (release.txt, figures.csv/json, chart .svg/.png and
 * whatever else appears) resolves over HTTP with the content type its extension promises, and
 * its bytes really are that type.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { extractLinks } from './support/links.ts';
import { htmlPages } from './support/site.ts';

const site = inject('site');

/** What each downloadable extension must be: the served type and a check of the bytes. */
const KINDS: Record<string, { type: RegExp; looksRight: (body: Buffer) => boolean }> = {
  txt: { type: /^text\/plain/, looksRight: (b) => b.length > 0 && !b.toString('utf8').includes('\uFFFD') },
  csv: { type: /^text\/csv/, looksRight: (b) => /^[^\n]*,[^\n]*\r?\n/.test(b.toString('utf8')) },
  json: { type: /^application\/json/, looksRight: (b) => { try { JSON.parse(b.toString('utf8')); return true; } catch { return false; } } },
  svg: { type: /^image\/svg\+xml/, looksRight: (b) => /<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/.test(b.toString('utf8')) },
  png: { type: /^image\/png/, looksRight: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
};

/** Every distinct link from any page to a file with one of the KINDS' extensions, as a site path. */
function downloadLinks(): string[] {
  const links = new Set<string>();
  for (const page of htmlPages(site.dir)) {
    const base = new URL(page.url, site.origin);
    for (const link of extractLinks(readFileSync(page.file, 'utf8'))) {
      const target = new URL(link, base);
      if (target.origin === site.origin && /\.[a-z]+$/.test(target.pathname) && target.pathname.split('.').pop()! in KINDS) links.add(target.pathname);
    }
  }
  return [...links].sort();
}

describe('downloads', () => {
  const links = downloadLinks();

  it('include the release text and figures for every campaign', () => {
    const names = new Set(links.map((l) => l.split('/').pop()));
    for (const name of ['release.txt', 'figures.csv', 'figures.json']) expect(names).toContain(name);
  });

  it('all resolve with the right content type and bytes of that type', async () => {
    const problems: string[] = [];
    for (const link of links) {
      const response = await fetch(new URL(link, site.origin));
      const body = Buffer.from(await response.arrayBuffer());
      const kind = KINDS[link.split('.').pop()!]!;
      const type = response.headers.get('content-type') ?? '';
      if (response.status !== 200) problems.push(`${link}: HTTP ${response.status}`);
      else if (!kind.type.test(type)) problems.push(`${link}: served as ${type}`);
      else if (!kind.looksRight(body)) problems.push(`${link}: the bytes are not a valid .${link.split('.').pop()}`);
    }
    expect(problems).toEqual([]);
  });

  it('the byte checks reject a file of the wrong type', () => {
    const html = Buffer.from('<!DOCTYPE html><p>not found</p>');
    expect(['csv', 'json', 'svg', 'png'].filter((ext) => KINDS[ext]!.looksRight(html))).toEqual([]);
  });
});
