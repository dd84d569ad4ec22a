/**
 * Charts on a phone: every chart is drawn a second time, 360 units wide with no text under 12,
 * so that shown at a phone's width (about 358 px at 390) its text is readable, where the wide
 * drawing scaled down shows 10-unit text at 6 px. The wide drawing (downloads, desktop, print)
 * is unchanged: tests/charts/snapshots.test.ts holds it to its golden files.
 */
import { describe, expect, it } from 'vitest';
import { forceCharts, loadGeo, nationalCharts, phoneLayout, regionCharts, type Chart } from '../../src/charts/index.ts';
import { leagueRows, leagueSvg } from '../../src/charts/league.ts';
import { mapSvg } from '../../src/charts/map.ts';
import { platformsSvg } from '../../src/charts/platforms.ts';
import { periodLines, trendSvg } from '../../src/charts/trend.ts';
import { expectAccessibleSvg } from './accessible.ts';
import { derbyshire, eastMidlands, forces, model, national, options } from './fixtures.ts';
import { normaliseSvg } from './normalise.ts';

const geo = loadGeo();
const pages: Chart[][] = [
  forceCharts(model, derbyshire, { ...options, idPrefix: 'derbyshire' }),
  regionCharts(model, eastMidlands, { ...options, idPrefix: 'east-midlands', illustrative: true }, geo),
  nationalCharts(model, { ...options, illustrative: true }, geo),
];
const all = pages.flat();
const phone = (c: Chart): string => c.phoneSvg ?? '';

/** The widths and heights of an SVG's viewBox. */
function viewBox(svg: string): [number, number] {
  const [, , w, h] = (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? '').split(' ').map(Number);
  return [w!, h!];
}

interface Placed {
  text: string;
  size: number;
  x: number;
  anchor: string;
  rotated: boolean;
}

/**
 * Every text (or tspan) with what it inherits: size in SVG units, x, anchor, and whether it is
 * rotated. A small reader of our own markup (elements in document order, every element closed).
 */
function texts(svg: string): Placed[] {
  const stack: Omit<Placed, 'text'>[] = [];
  const out: Placed[] = [];
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z]+)([^>]*)>([^<]*)/g)) {
    const [, close, name, attrs, text] = m;
    if (close) {
      stack.pop();
      continue;
    }
    const up = stack[stack.length - 1] ?? { size: 16, x: 0, anchor: 'start', rotated: false };
    const attr = (key: string) => new RegExp(`\\s${key}="([^"]+)"`).exec(attrs!)?.[1];
    const here = {
      size: Number(attr('font-size') ?? up.size),
      x: Number(attr('x') ?? up.x),
      anchor: attr('text-anchor') ?? up.anchor,
      rotated: up.rotated || /rotate\(/.test(attr('transform') ?? ''),
    };
    stack.push(here);
    if ((name === 'text' || name === 'tspan') && text!.trim() !== '') out.push({ text: text!, ...here });
  }
  return out;
}

/** The words of every `<text>`, its lines joined by a space. */
function words(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) => m[1]!.replace(/<\/tspan><tspan[^>]*>/g, ' ').replace(/<[^>]+>/g, ''));
}

describe('the phone drawing of every chart', () => {
  it('is drawn for every chart, 360 units wide', () => {
    expect(all.map((c) => c.fileBase)).toEqual(expect.arrayContaining(['platforms', 'league', 'league-rate', 'trend', 'map']));
    for (const c of all) expect(viewBox(phone(c))[0], c.id).toBe(360);
  });

  it.each(all.map((c) => [c.id, c] as const))('%s has no text under 12 units', (_id, c) => {
    const sizes = texts(phone(c));
    expect(sizes.length).toBeGreaterThan(3);
    const small = sizes.filter((t) => t.size < 12);
    expect(small, small.map((t) => `${t.size}: ${t.text}`).join('\n')).toEqual([]);
  });

  it.each(all.map((c) => [c.id, c] as const))('%s keeps its texts inside its width (a character taken as 0.55 of the type size)', (_id, c) => {
    const [width] = viewBox(phone(c));
    for (const t of texts(phone(c)).filter((t) => !t.rotated)) {
      const w = t.text.length * t.size * 0.55;
      const left = t.anchor === 'end' ? t.x - w : t.anchor === 'middle' ? t.x - w / 2 : t.x;
      expect(left, `"${t.text}" at ${t.x}`).toBeGreaterThanOrEqual(0);
      expect(left + w, `"${t.text}" at ${t.x}`).toBeLessThanOrEqual(width);
    }
  });

  it('marks the map, and only the map, to be shown in its phone drawing at every width (its boundaries are 120 KB a drawing)', () => {
    expect(all.filter((c) => c.phoneEverywhere).map((c) => c.fileBase)).toEqual(['map', 'map']);
  });

  it('draws nothing rotated: a phone reader does not turn the screen to read a name', () => {
    for (const c of all) expect(phone(c)).not.toMatch(/<text[^>]*rotate\(-90\)/);
  });

  it('is a named, described image of its own, with ids that do not clash with the wide drawing', () => {
    for (const c of all) expectAccessibleSvg({ ...c, id: `${c.id}-phone`, svg: phone(c) });
    for (const page of pages) {
      const ids = page.flatMap((c) => [c.svg, phone(c)]).flatMap((svg) => [...svg.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]));
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('says ILLUSTRATIVE in full, over two lines if need be, when the figures are made up', () => {
    const [platforms] = pages[2]!;
    expect(phone(platforms!)).toMatch(/>ILLUSTRATIVE: made-up figures for<\/tspan><tspan[^>]*>demonstration only</);
  });

  it('leaves the wide drawing as it was: the phone layout is only drawn when asked for', () => {
    const data = { area: { name: 'Derbyshire', figures: derbyshire }, comparison: { name: national.name, figures: national } };
    const wide = all.find((c) => c.id === 'derbyshire-platforms')!;
    expect(wide.svg).toBe(platformsSvg(data, { id: 'derbyshire-platforms', source: options.source, illustrative: false }));
    expect(viewBox(wide.svg)[0]).toBe(600);
  });
});

describe('the league on a phone', () => {
  const svg = phone(pages[0]!.find((c) => c.fileBase === 'league')!);

  it('names every ranked force on a row of its own, the page\'s own in bold, with its value', () => {
    const ranked = forces.filter((f) => f.responded && f.rank.offences !== null);
    expect(ranked.length).toBeGreaterThan(20);
    const drawn = words(svg);
    for (const f of ranked) expect(drawn, f.area).toContain(f.area.replace(/^the /, 'The '));
    expect(svg).toMatch(/<text x="170" y="[\d.]+" font-weight="700">Derbyshire<\/text>/);
    expect(svg).toMatch(/font-weight="700">37<\/text>/);
  });

  it('puts the title, and the page\'s force with its rank, where a phone shows them: in lines that fit', () => {
    expect(svg).toMatch(/>Offences recorded, by police force:<\/tspan><tspan[^>]*>where Derbyshire stands</);
    expect(svg).toContain('>Derbyshire: 37, joint 24th highest of 33<');
  });

  it('wraps a long name over two lines and gives its row the room', () => {
    expect(leagueRows(['Derbyshire', 'Hampshire and the Isle of Wight', 'Kent'])).toEqual([
      { lines: ['Derbyshire'], y: 0 },
      { lines: ['Hampshire and the Isle', 'of Wight'], y: 17 },
      { lines: ['Kent'], y: 47 },
    ]);
  });

  it('is one screen tall or so for 40-odd forces, not a page of scrolling', () => {
    expect(viewBox(svg)[1]).toBeLessThan(800);
  });

  it('draws the league of a region with its forces in bold and says so', () => {
    const region = phone(pages[1]!.find((c) => c.fileBase === 'league')!);
    expect(region).toContain('Forces in East Midlands (names in bold)');
  });
});

describe('the trend on a phone', () => {
  it('staggers period names over as many lines as they need not to touch', () => {
    const seven = ['2017/18', '2018/19', '2019/20', '2020/21', '2021/22', '2022/23', '2023/24'];
    expect(periodLines(seven, 40, 12)).toBe(2);
    expect(periodLines(seven.slice(0, 5), 56, 12)).toBe(1);
    expect(periodLines(['2017/18'], 280, 12)).toBe(1);
    // Twenty periods in 280 units: every name still clear of its neighbours on its line.
    const twenty = Array.from({ length: 20 }, (_, i) => `${2000 + i}/${String(i + 1).padStart(2, '0')}`);
    const lines = periodLines(twenty, 14, 12);
    expect(lines * 14).toBeGreaterThanOrEqual(7 * 12 * 0.6);
  });

  it('writes "no figure" in a gap one word a line, to fit its column', () => {
    const svg = trendSvg({ name: 'Derbyshire', trend: derbyshire.trend! }, { id: 't', source: 's', illustrative: false, layout: phoneLayout() });
    expect(svg).toMatch(/<tspan[^>]*>no<\/tspan><tspan[^>]*>figure<\/tspan>/);
  });
});

describe('golden files of the phone drawings', () => {
  const opts = { id: 'derbyshire-chart', source: 'Source: NSPCC FOI requests to police forces, 2017/18.', illustrative: false, layout: phoneLayout() };

  it('platforms', async () => {
    const svg = platformsSvg({ area: { name: 'Derbyshire', figures: derbyshire }, comparison: { name: national.name, figures: national } }, opts);
    await expect(normaliseSvg(svg)).toMatchFileSnapshot('./__snapshots__/phone-platforms.svg');
  });

  it('league', async () => {
    await expect(normaliseSvg(leagueSvg({ forces, metric: 'offences', highlight: ['derbyshire'] }, opts))).toMatchFileSnapshot('./__snapshots__/phone-league.svg');
  });

  it('trend', async () => {
    await expect(normaliseSvg(trendSvg({ name: 'Derbyshire', trend: derbyshire.trend! }, opts))).toMatchFileSnapshot('./__snapshots__/phone-trend.svg');
  });

  it('map', async () => {
    const areas = forces.flatMap((f) => (f.code ? [{ code: f.code, name: f.area, value: f.rate, href: `/repo/scwc/${f.id}/` }] : []));
    const highlight = forces.filter((f) => f.region_id === 'east-midlands').map((f) => f.code!);
    await expect(normaliseSvg(mapSvg({ geo, areas, highlight, highlightLabel: 'East Midlands' }, opts))).toMatchFileSnapshot('./__snapshots__/phone-map.svg');
  });
});
