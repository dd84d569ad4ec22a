/**
 * share.png (issue 16): 1200 × 630, the local headline figure, the headline, the force and the
 * campaign, drawn with the charts' renderer and font; "ILLUSTRATIVE" on made-up figures; the same
 * bytes every time; og:/twitter: tags and a canonical URL on the page.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { svgToPng } from '../../src/charts/png.ts';
import { shareCardSvg, wrap } from '../../src/site/share-card.ts';
import { buildFixture, textOf } from './helpers.ts';

const CARD = {
  figure: '1,204', figureLabel: 'offences of Sexual Communication with a Child recorded in 2023/24', headline: 'Snapchat used in half of online grooming crimes in Kent & Medway <2024>',
  area: 'Kent', campaign: 'Online grooming 2024', period: 'April 2023 to March 2024', illustrative: false,
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = Buffer.from(png);
  expect(view.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
}

describe('the share card', () => {
  it('is 1200 × 630 pixels', () => {
    expect(pngSize(svgToPng(shareCardSvg(CARD)))).toEqual({ width: 1200, height: 630 });
  });

  it('says the figure, the headline, the area and the campaign (escaped), and ILLUSTRATIVE only on made-up figures', () => {
    const svg = shareCardSvg(CARD);
    for (const text of ['>1,204<', '>Kent<', '>ONLINE GROOMING 2024<', 'Snapchat used in half of online grooming', 'Kent &amp; Medway &lt;2024&gt;']) expect(svg).toContain(text);
    expect(svg).not.toContain('ILLUSTRATIVE');
    expect(shareCardSvg({ ...CARD, illustrative: true })).toContain('>ILLUSTRATIVE FIGURES: MADE UP, NOT REAL DATA<');
    expect(shareCardSvg({ ...CARD, figure: null })).not.toContain('1,204');
  });

  it('is the same bytes every time', () => {
    expect(Buffer.from(svgToPng(shareCardSvg(CARD))).equals(Buffer.from(svgToPng(shareCardSvg(CARD))))).toBe(true);
  });

  it('wraps a long headline into lines that fit, ending in … when cut', () => {
    const lines = wrap('word '.repeat(60).trim(), 24, 536, 3);
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(Math.floor(536 / (24 * 0.6)));
    expect(lines[2]).toMatch(/…$/);
    expect(wrap('Short headline', 24, 536, 3)).toEqual(['Short headline']);
  });
});

describe('share.png and sharing tags in the build', () => {
  let site: Awaited<ReturnType<typeof buildFixture>>;
  beforeAll(async () => {
    site = await buildFixture('basic', { siteUrl: 'https://press.example.org', base: '/repo/', pngCache: null });
  }, 120_000);
  afterAll(() => site?.cleanup());

  it('writes a 1200 × 630 share.png beside every release page', () => {
    for (const dir of ['fixture-grooming/derbyshire', 'fixture-grooming/wales', 'fixture-grooming']) {
      expect(pngSize(readFileSync(`${site.outDir}/${dir}/share.png`)), dir).toEqual({ width: 1200, height: 630 });
    }
  });

  it('gives og:title the local headline, og:description the standfirst, an absolute og:image and a canonical URL', async () => {
    const html = await site.read('fixture-grooming/derbyshire/index.html');
    const headline = textOf(html, 'h1');
    expect(html).toContain(`<meta property="og:title" content="${headline}">`);
    expect(html).toContain('<meta property="og:description" content="Figures for the first nine months of the offence.">');
    expect(html).toContain('<meta property="og:image" content="https://press.example.org/repo/fixture-grooming/derbyshire/share.png">');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(html).toContain('<link rel="canonical" href="https://press.example.org/repo/fixture-grooming/derbyshire/">');
  });
});
