/**
 * Work the benchmark runs inside a child process (`node bin/bench.js --child <mode> ...`),
 * reporting JSON on stdout: a publishing build (PNGs from a warm cache, or `cold`: after new
 * figures, every PNG rasterised), the build without charts, a warm rebuild after editing one
 * sentence, chart costs.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from '../src/site/build.ts';
import { chartCosts } from './charts.ts';

/** The sentence edited for the rebuild timing: it is on every page of the fixture release. */
export const EDITED_SENTENCE = 'are not police data.*';

/** Build once (warm, as `localpress serve` is: same process, charts remembered), edit one sentence of release.njk, build again. */
async function rebuild(dataDir: string, outDir: string, releaseFile: string, charts: boolean): Promise<object> {
  const first = performance.now();
  await build({ dataDir, outDir, charts, png: false, rememberCharts: true });
  const firstMs = performance.now() - first;
  const original = readFileSync(releaseFile, 'utf8');
  if (!original.includes(EDITED_SENTENCE)) throw new Error(`rebuild: '${EDITED_SENTENCE}' not found in ${releaseFile}`);
  writeFileSync(releaseFile, original.replace(EDITED_SENTENCE, 'are not real police data.*'));
  try {
    const started = performance.now();
    await build({ dataDir, outDir, charts, png: false, rememberCharts: true });
    const html = readFileSync(`${outDir}/bench/index.html`, 'utf8');
    if (!html.includes('not real police data')) throw new Error('rebuild: the edit did not reach the output');
    return { firstMs, rebuildMs: performance.now() - started };
  } finally {
    writeFileSync(releaseFile, original);
  }
}

/** Dispatch: argv = [mode, ...args]. */
export async function runChild(argv: string[]): Promise<void> {
  const [mode, ...args] = argv;
  let result: object;
  if (mode === 'build') {
    // build DATA OUT charts PNG_CACHE | charts-no-png | cold | no-charts
    const [dataDir, outDir, kind, pngCache] = args as [string, string, string, string | undefined];
    const cold = kind === 'cold' ? mkdtempSync(path.join(os.tmpdir(), 'lp-bench-cold-')) : null;
    try {
      const report = await build({ dataDir, outDir, charts: kind !== 'no-charts', png: kind === 'charts' || kind === 'cold', pngCache: cold ?? pngCache ?? null });
      result = { pages: report.pages, files: report.files, milliseconds: report.milliseconds, charts: report.charts };
    } finally {
      if (cold) rmSync(cold, { recursive: true, force: true });
    }
  } else if (mode === 'rebuild') result = await rebuild(args[0]!, args[1]!, args[2]!, args[3] !== 'no-charts');
  else if (mode === 'charts') result = await chartCosts(args[0]!, Number(args[1]));
  else throw new Error(`unknown child mode '${mode}'`);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
