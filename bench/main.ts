/**
 * `npm run bench`: our full build against a bare Eleventy 3 build of the same number of
 * pages, and against Eleventy copying a finished build of ours through (the floor: the same
 * files and bytes), at 45, 1,000 and 10,000 synthetic areas, alternating in one run after a
 * warm-up; a cold build (new figures: every PNG rasterised) at up to 100 areas; plus
 * `localpress check`, a warm rebuild after a one-sentence edit, and chart costs.
 * Prints a table and the targets; writes bench/results/<date>-<sha>.json.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBareProject, writeFloorProject } from './bare.ts';
import { measureNode, median, type Limits, type Sample } from './measure.ts';
import { printReport, targets, writeResults, type SizeResult, type Summary } from './report.ts';
import { CAMPAIGN_ID, regionCount, writeSyntheticData } from './synthetic.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'bin/localpress.js');
const BENCH = path.join(ROOT, 'bin/bench.js');
const ELEVENTY = path.join(ROOT, 'node_modules/@11ty/eleventy/cmd.cjs');

interface Plan {
  sizes: number[];
  /** Timed runs per size (after one warm-up each). */
  runs: Record<number, number>;
}

/** --sizes 45,1000 --runs 3 → a plan; the default keeps the whole run near ten minutes on 2 cores. */
export function parsePlan(argv: string[]): Plan {
  const get = (flag: string) => { const i = argv.indexOf(flag); return i >= 0 ? argv[i + 1] : undefined; };
  const sizes = (get('--sizes') ?? '45,1000,10000').split(',').map(Number);
  const runs = get('--runs');
  const byDefault = (n: number) => (n >= 10_000 ? 1 : n >= 1000 ? 3 : 5);
  return { sizes, runs: Object.fromEntries(sizes.map((n) => [n, runs ? Number(runs) : byDefault(n)])) };
}

/** Medians over the runs that finished; a run stopped by a limit is reported as such. */
export function summarise(samples: Sample[]): Summary {
  const done = samples.filter((x) => !x.failed);
  const failed = samples.find((x) => x.failed)?.failed;
  // A stopped run keeps the peak RSS it reached, so the table can say "more than".
  if (done.length === 0) return { wallMs: NaN, cpuMs: NaN, rssMb: samples.length ? Math.max(...samples.map((x) => x.rssMb)) : NaN, runs: 0, failed: failed ?? 'not run' };
  return {
    wallMs: median(done.map((x) => x.wallMs)), cpuMs: median(done.map((x) => x.cpuMs)), rssMb: median(done.map((x) => x.rssMb)), runs: done.length,
    ...(failed ? { failed } : {}),
  };
}

/** Time allowed for one full build with charts (about 100 s at 10,000 areas on a busy 2-core machine). */
const chartLimitMs = (areas: number) => (areas <= 1000 ? 120_000 : 300_000);
const describe = (x: Sample | undefined) => (!x ? 'skipped' : x.failed ? 'STOPPED' : sec(x.wallMs));

/** Entry point: returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  if (argv[0] === '--reprint') return reprint(argv[1]!);
  const plan = parsePlan(argv);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'lp-bench-'));
  const loadBefore = os.loadavg();
  const started = Date.now();
  const results: SizeResult[] = [];
  try {
    for (const n of plan.sizes) {
      const dir = path.join(tmp, String(n));
      const data = path.join(dir, 'data');
      const release = writeSyntheticData(data, n);
      const pages = n + regionCount(n) + 1; // forces + regions + national (plus home and 404, not counted)
      const bare = writeBareProject(path.join(dir, 'bare'), pages);
      const bareConfig = path.join(dir, 'bare', 'eleventy.config.mjs');
      // A build replaces the previous output and deletes it in a detached process: wait for that
      // before the next timed run, so no run pays for another's clean-up.
      const out = path.join(dir, 'out');
      const build = (kind: string, limits?: Limits) => async () => {
        const sample = await measureNode([BENCH, '--child', 'build', data, out, kind, path.join(dir, 'png-cache')], limits);
        await oldCopiesGone(dir);
        return sample;
      };
      // Capped, so that a regression (charts were once quadratic in the number of areas) stops the run.
      // From 1,000 areas the full build leaves PNGs out: a warm cache would first take 4,160
      // rasterisations (about five minutes of CPU) at 1,000 areas, 45,000 at 10,000.
      const withPng = n < 1000;
      const full = build(withPng ? 'charts' : 'charts-no-png', { timeoutMs: chartLimitMs(n), maxRssMb: 3072 });
      const cold = build('cold', { timeoutMs: 600_000, maxRssMb: 3072 });
      const engine = build('no-charts');
      const baseline = () => measureNode([ELEVENTY, `--input=${bare}`, `--output=${path.join(dir, 'bare-out')}`, `--config=${bareConfig}`, '--quiet']);
      let floorConfig: string | null = null;
      const floor = () => measureNode([ELEVENTY, `--input=${path.join(dir, 'floor', 'src')}`, `--output=${path.join(dir, 'floor-out')}`, `--config=${floorConfig}`, '--quiet']);
      const check = () => measureNode([CLI, 'check', '--data', data]);
      const samples = { full: [] as Sample[], cold: [] as Sample[], engine: [] as Sample[], bare: [] as Sample[], floor: [] as Sample[], check: [] as Sample[] };
      const fullStopped = () => samples.full.some((x) => x.failed) || results.some((r) => r.full.failed);
      if (n < 10_000) {
        log(`${n} areas (${pages} pages): warm-up${withPng ? ' (fills the PNG cache)' : ''}`);
        await full();
        await engine();
        await baseline();
      } else {
        // Bare Eleventy overwrites its output in place, and writing 10,000 pages into an empty
        // folder instead took it 9 to 14 s on this disk (3.9 to 5.1 s in place): without a
        // warm-up its single run at this size is not comparable.
        log(`${n} areas (${pages} pages): warm-up of bare Eleventy only`);
        await baseline();
      }
      for (let i = 0; i < plan.runs[n]!; i++) {
        // Alternate, so a burst of load from other users hits every side alike.
        const tryFull = !fullStopped();
        if (tryFull) samples.full.push(await full());
        // The floor copies a finished build of ours: made from the first one that finished.
        if (!floorConfig && existsSync(out)) {
          floorConfig = writeFloorProject(path.join(dir, 'floor'), out);
          await floor(); // its warm-up: it overwrites in place from then on, as bare Eleventy does
        }
        // Cold builds rasterise every chart (about 70 ms of CPU each): up to 100 areas only; at
        // 1,000 areas that is 4,160 PNGs, five minutes of CPU (time it by hand: --child build … cold).
        const tryCold = n <= 100 && !fullStopped();
        if (tryCold) samples.cold.push(await cold());
        samples.engine.push(await engine());
        samples.bare.push(await baseline());
        if (floorConfig) samples.floor.push(await floor());
        samples.check.push(await check());
        log(`${n} areas: run ${i + 1}/${plan.runs[n]}: full ${describe(tryFull ? samples.full.at(-1) : undefined)}, cold ${describe(tryCold ? samples.cold.at(-1) : undefined)}, no charts ${describe(samples.engine.at(-1))}, bare ${describe(samples.bare.at(-1))}, floor ${describe(samples.floor.at(-1))}`);
      }
      // The rebuild draws charts only where the full build finished at this size.
      const rebuildCharts = samples.full.length > 0 && !fullStopped();
      const rebuild = lastJson(await measureNode([BENCH, '--child', 'rebuild', data, path.join(dir, 'out-rebuild'), release, rebuildCharts ? 'charts' : 'no-charts']));
      await oldCopiesGone(dir);
      const chartRun = await measureNode([BENCH, '--child', 'charts', data, String(n >= 10_000 ? 3 : n >= 1000 ? 10 : 40)], { timeoutMs: 240_000, maxRssMb: 3072 });
      const charts = chartRun.failed ? { available: true, sampled: 0, svgMs: {}, pngMs: {}, failed: chartRun.failed } : lastJson(chartRun);
      results.push({
        areas: n, pages, full: samples.full.length ? summarise(samples.full) : { ...summarise([]), failed: 'not attempted: the full build was stopped at a smaller size' }, ours: summarise(samples.engine), bare: summarise(samples.bare), check: summarise(samples.check),
        cold: samples.cold.length ? summarise(samples.cold) : null, floor: samples.floor.length ? summarise(samples.floor) : null, fullPng: withPng,
        rebuildMs: rebuild.rebuildMs, rebuildCharts, charts, inBuildChartMs: inBuildChartMs(samples.full),
      });
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const meta = { campaign: CAMPAIGN_ID, cpus: os.cpus().length, loadBefore, loadAfter: os.loadavg(), totalSeconds: (Date.now() - started) / 1000, runs: plan.runs };
  printReport(results, meta);
  const file = writeResults(results, meta);
  log(`wrote ${path.relative(ROOT, file)}`);
  return 0;
}

/** `--reprint FILE`: print a saved result again, with the targets judged by this version of report.ts. */
function reprint(file: string): number {
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  saved.targets = targets(saved.results);
  writeFileSync(file, `${JSON.stringify(saved, null, 2)}\n`);
  printReport(saved.results, saved);
  return 0;
}

/** ms per chart drawn in the full builds (wall-clock drawing time summed over the workers / charts drawn), median over runs. */
function inBuildChartMs(samples: Sample[]): number | null {
  const perRun = samples.filter((x) => !x.failed).map((x) => lastJson(x).charts as { charts: number; ms: number } | undefined).filter((c) => c && c.charts > 0).map((c) => c!.ms / c!.charts);
  return perRun.length > 0 ? median(perRun) : null;
}

/** Wait until no `*.old-*` folder (a previous output being deleted in the background) is left in `dir`. */
async function oldCopiesGone(dir: string): Promise<void> {
  while (readdirSync(dir).some((name) => name.includes('.old-'))) await new Promise((resolve) => setTimeout(resolve, 100));
}

/** A child's report: the last line of its stdout (Eleventy prints its own lines first). */
const lastJson = (sample: Sample) => JSON.parse(sample.stdout.trim().split('\n').at(-1) ?? '{}');
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}
