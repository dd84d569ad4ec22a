/**
 * SVG → PNG without a browser (resvg), at the width a newsroom CMS takes. The font files
 * come from an npm package and system fonts are off, so every machine draws the same
 * pixels: without fontFiles resvg silently drops all text (toolchain notes §4).
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';

/** PNG width in pixels; charts are 600 units wide, so this is 2x. */
export const PNG_WIDTH = 1200;

const require = createRequire(import.meta.url);
/**
 * Inter cut to the Latin scripts first (src/charts/fonts/README.md: resvg reads the file for
 * every run of text, so the small cut is what makes labels cheap), then the full Inter, from
 * which any character outside the cut is drawn. The pixels are the full font's either way.
 */
export const FONT_FILES = [
  fileURLToPath(new URL('./fonts/Inter-Regular-latin.ttf', import.meta.url)),
  fileURLToPath(new URL('./fonts/Inter-Bold-latin.ttf', import.meta.url)),
  require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
  require.resolve('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'),
];

const OPTIONS: ResvgRenderOptions = {
  fitTo: { mode: 'width', value: PNG_WIDTH },
  background: '#ffffff',
  font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: 'Inter', sansSerifFamily: 'Inter' },
};

/** Rasterise one chart. Example: `svgToPng(chart.svg)` → a Buffer starting with the PNG signature, 1200 px wide. */
export function svgToPng(svg: string): Buffer {
  return new Resvg(svg, OPTIONS).render().asPng();
}

/**
 * The same, off the main thread (libuv pool), so a build can rasterise several charts at
 * once; the bytes are identical to svgToPng's. Example: `await Promise.all(svgs.map(svgToPngAsync))`.
 */
export async function svgToPngAsync(svg: string): Promise<Buffer> {
  return (await renderAsync(svg, OPTIONS)).asPng();
}
