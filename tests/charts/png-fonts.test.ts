/**
 * Charts are rasterised with Inter cut to the Latin scripts first and the full Inter behind it
 * (src/charts/fonts/README.md). The cut only makes resvg faster: these tests hold it to giving
 * exactly the full font's pixels, for the real charts, every force name, and characters
 * outside the cut.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { forceCharts } from '../../src/charts/index.ts';
import { FONT_FILES, PNG_WIDTH } from '../../src/charts/png.ts';
import { shareCardSvg } from '../../src/site/share-card.ts';
import { derbyshire, model, options } from './fixtures.ts';

const require = createRequire(import.meta.url);
const FULL_INTER = [
  require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
  require.resolve('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'),
];
const settings = (fontFiles: string[]): ResvgRenderOptions => ({
  fitTo: { mode: 'width', value: PNG_WIDTH },
  background: '#ffffff',
  font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Inter', sansSerifFamily: 'Inter' },
});
const pixels = (svg: string, fontFiles: string[]) => new Resvg(svg, settings(fontFiles)).render().pixels;
const inkOf = (px: Buffer) => px.reduce((dark, value, i) => (i % 4 === 0 && value < 128 ? dark + 1 : dark), 0);
const label = (text: string, weight = 400) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="30"><text x="4" y="20" font-family="Inter, Arial, sans-serif" font-weight="${weight}" font-size="14">${text}</text></svg>`;

describe('chart fonts: the Latin cut of Inter draws what the full Inter draws', () => {
  it('loads the cut first and the full Inter behind it', () => {
    expect(FONT_FILES.slice(0, 2).every((f) => f.endsWith('-latin.ttf'))).toBe(true);
    expect(FONT_FILES.slice(2)).toEqual(FULL_INTER);
  });

  it.each(forceCharts(model, derbyshire, options).map((c) => [c.fileBase, c.svg] as const))('%s: identical pixels', (_name, svg) => {
    expect(pixels(svg, FONT_FILES).equals(pixels(svg, FULL_INTER))).toBe(true);
  });

  it('share card (large bold headline): identical pixels', () => {
    const svg = shareCardSvg({
      figure: '1,204', figureLabel: 'online grooming offences recorded in 2023/24', area: 'North Wales',
      headline: 'Snapchat used in nearly half of online grooming cases in Ynys Môn – 48% (“illustrative”)',
      campaign: 'Online grooming', period: 'April 2023 to March 2024', illustrative: true,
    });
    expect(pixels(svg, FONT_FILES).equals(pixels(svg, FULL_INTER))).toBe(true);
  });

  it('every force and region name in data/forces.yaml, regular and bold: identical pixels', () => {
    const reference = load(readFileSync('data/forces.yaml', 'utf8')) as { forces: Record<string, unknown>[]; regions: Record<string, unknown>[] };
    const names = [...reference.forces, ...reference.regions].flatMap((x) => Object.values(x).filter((v): v is string => typeof v === 'string'));
    expect(names.length).toBeGreaterThan(100);
    const text = [...new Set(names)].join(' · ').replace(/&/g, '&amp;').replace(/</g, '&lt;');
    // In lines of ~60 characters, so the whole of every name is inside the picture.
    for (const line of text.match(/.{1,60}/gu)!) {
      for (const weight of [400, 700]) expect(pixels(label(line, weight), FONT_FILES).equals(pixels(label(line, weight), FULL_INTER))).toBe(true);
    }
  });

  it('characters outside the cut (Welsh, Greek, Cyrillic, signs) are still drawn, as by the full Inter', () => {
    for (const text of ['Heddlu Dyfed-Powys: ŵ ŷ ẁ ỳ', 'Ωμέγα Жук', '£1,204 − 3% ≈ €5 → ✓']) {
      const cut = pixels(label(text), FONT_FILES);
      expect(inkOf(cut)).toBeGreaterThan(0);
      expect(cut.equals(pixels(label(text), FULL_INTER))).toBe(true);
    }
  });
});
