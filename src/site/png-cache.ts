/**
 * PNG charts cached by content: a rebuild after a late reply or a correction rasterises only
 * the charts whose SVG changed. The key covers the SVG and what draws it (resvg's version and
 * the chart options), so a cached file is always byte-identical to a fresh one.
 */
import { createHash } from 'node:crypto';
import { access, mkdir, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { collectGarbage } from './gc.ts';
import type { CopyOf } from './types.ts';

const require = createRequire(import.meta.url);
// resvg loads only when a PNG is wanted (the build's other work does not need it).
const png = () => import('../charts/png.ts');
const renderer = async () => `resvg-${(require('@resvg/resvg-js/package.json') as { version: string }).version}-w${(await png()).PNG_WIDTH}`;

/**
 * Rasterised images between full GCs. resvg's images live in native memory that V8 does not
 * count, so it saw no reason to collect their small JS handles and a cold 45-area build
 * (about 250 PNGs) peaked at 650-720 MB, about 4 MB an image; collecting every few images
 * keeps it near the build's own size (see bench/NOTES.md).
 */
export const COLLECT_EVERY = 8;
let rasterised = 0;

async function rasterise(svg: string): Promise<Uint8Array> {
  const { svgToPngAsync } = await png();
  const bytes = await svgToPngAsync(svg);
  if (++rasterised % COLLECT_EVERY === 0) collectGarbage();
  return bytes;
}

/**
 * A PNG download: with a cache, the cached file to copy (a build then never reads a cached PNG
 * into memory); without one, the bytes.
 * @example await pngDownload(svg, ".cache") // { copyOf: ".cache/3f/3f9a….png" }
 */
export async function pngDownload(svg: string, cacheDir: string | null): Promise<Uint8Array | CopyOf> {
  return cacheDir ? { copyOf: await cachedPngFile(svg, cacheDir) } : rasterise(svg);
}

/** The cache file holding svg's PNG, rasterised and stored first when this exact chart was never drawn. */
export async function cachedPngFile(svg: string, cacheDir: string): Promise<string> {
  const key = createHash('sha256').update(await renderer()).update('\0').update(svg).digest('hex');
  const file = path.join(cacheDir, key.slice(0, 2), `${key}.png`);
  try {
    await access(file);
  } catch {
    const png = await rasterise(svg);
    await mkdir(path.dirname(file), { recursive: true });
    // Write then rename: two builds at once never read a half-written file.
    const partial = `${file}.${process.pid}.tmp`;
    await writeFile(partial, png);
    await rename(partial, file);
  }
  return file;
}
