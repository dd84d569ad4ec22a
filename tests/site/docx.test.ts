/**
 * release.docx: unzipped, its paragraphs say what release.txt says, line for line (the Word file
 * and the text come from one document model); the bytes do not depend on the clock.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { build } from '../../src/site/build.ts';
import { releaseDocx } from '../../src/site/docx.ts';
import { pressFixture } from './press-fixture.ts';

const root = mkdtempSync(path.join(tmpdir(), 'localpress-docx-'));
const out = path.join(root, 'dist');
beforeAll(async () => {
  await build({ dataDir: pressFixture(root, 'embargo: 2018-04-16T00:01:00+01:00\n'), outDir: out, now: new Date('2018-04-15T00:00:00Z'), preview: true, charts: false, siteUrl: 'https://press.example.org' });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The text of each paragraph of word/document.xml. */
export function docxParagraphs(bytes: Uint8Array): string[] {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]!.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')).join(''),
  );
}

describe('release.docx', () => {
  for (const area of ['derbyshire', 'wales', '']) {
    it(`says what release.txt says (${area || 'national'})`, () => {
      const dir = path.join(out, 'fixture-grooming', area);
      const text = readFileSync(path.join(dir, 'release.txt'), 'utf8').split('\n').filter((l) => l.trim() !== '');
      expect(docxParagraphs(readFileSync(path.join(dir, 'release.docx')))).toEqual(text);
    });
  }

  it('carries the embargo line, headline, quotes, notes, contacts and corrections', () => {
    const paragraphs = docxParagraphs(readFileSync(path.join(out, 'fixture-grooming/derbyshire/release.docx')));
    expect(paragraphs[0]).toBe('EMBARGOED UNTIL 00:01 Monday 16 April 2018');
    expect(paragraphs).toContain("CORRECTED ON FRIDAY 20 APRIL 2018: Derbyshire's figure for Snapchat was four, not fourteen.");
    expect(paragraphs).toContain('20 ONLINE GROOMING OFFENCES RECORDED IN DERBYSHIRE');
    expect(paragraphs).toContain('"Quote <script>alert(1)</script> & more"');
    expect(paragraphs).toContain('NOTES TO EDITORS');
    expect(paragraphs).toContain('Press office, press@example.org');
  });

  it('is the same bytes whatever the clock says', async () => {
    const doc = {
      title: 'T', embargo: null, illustrative: null, dateline: 'Monday 16 April 2018', corrections: [], headline: 'H', standfirst: 'S',
      body: [{ kind: 'paragraph' as const, text: 'Body $& <b>' }], quotes: [], notes: [], method: [], source: 'Src', pageUrl: 'https://press.example.org/x/?a=1&b=2', contacts: [],
    };
    const first = await releaseDocx(doc, '2018-04-16');
    vi.useFakeTimers({ now: new Date('2031-07-09T13:14:15Z'), toFake: ['Date'] });
    try {
      const second = await releaseDocx(doc, '2018-04-16');
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    } finally {
      vi.useRealTimers();
    }
    const files = unzipSync(first);
    const core = strFromU8(files['docProps/core.xml']!);
    expect(core).toContain('>2018-04-16T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dc:title>H</dc:title>');
    // The page link is a real hyperlink, its relationship named the same in every build.
    expect(strFromU8(files['word/_rels/document.xml.rels']!)).toContain('Id="rIdPageLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://press.example.org/x/?a=1&amp;b=2" TargetMode="External"');
    expect(docxParagraphs(first)).toEqual(['Monday 16 April 2018', 'H', 'S', 'Body $& <b>', 'ENDS', 'Source: Src', 'Online: https://press.example.org/x/?a=1&b=2']);
  });
});
