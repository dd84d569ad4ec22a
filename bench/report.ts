/**
 * The benchmark's table, its targets (issue 14, after issue 8) and the JSON written under
 * bench/results/ so results can be compared across commits.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChartCosts } from './charts.ts';

const RESULTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');

export interface Summary { wallMs: number; cpuMs: number; rssMb: number; runs: number; failed?: string }
export interface SizeResult {
  areas: number;
  pages: number;
  /** Full build: pages, SVG charts, text and downloads, PNGs from a warm cache (fullPng; without PNGs from 1,000 areas). */
  full: Summary;
  fullPng?: boolean;
  /** The first build after new figures: the same with an empty PNG cache (null where not run). */
  cold?: Summary | null;
  /** Eleventy copying a finished build of ours through: the cost of writing the same files. */
  floor?: Summary | null;
  /** The same build without charts: the engine against bare Eleventy. */
  ours: Summary;
  bare: Summary;
  check: Summary;
  rebuildMs: number;
  /** Whether the rebuild drew charts (only where the full build finished). */
  rebuildCharts: boolean;
  charts: ChartCosts;
  /** ms per chart as drawn in the full build: wall-clock drawing time on the workers (sharing the cores with the main thread) / charts drawn; null when not measured. */
  inBuildChartMs?: number | null;
}
export interface Target { name: string; value: string; met: boolean | null }

const ratio = (a: Summary, b: Summary, key: 'wallMs' | 'cpuMs' = 'wallMs') => a[key] / b[key];

/** The targets of issue 14, judged on these results; null when the size needed was not run. */
export function targets(results: SizeResult[]): Target[] {
  const at = (n: number) => results.find((r) => r.areas === n);
  const out: Target[] = [];
  const judge = (name: string, r: SizeResult | undefined, value: (r: SizeResult) => number, limit: number, unit: string, failed?: (r: SizeResult) => string | undefined) => {
    if (!r) return out.push({ name, value: 'not run', met: null });
    const why = failed?.(r);
    // A build that did not finish never meets a target, whatever it reached before it was stopped.
    const reached = value(r); // NaN, or null once read back from JSON, when nothing was measured
    if (why) return out.push({ name, value: `build did not finish (${why})${reached > 0 ? `; reached ${reached.toFixed(0)}${unit} when stopped` : ''}`, met: false });
    if (reached === null || !Number.isFinite(reached)) return out.push({ name, value: 'not measured', met: null });
    // A figure shown for reference (no limit) is neither met nor missed.
    return out.push({ name, value: `${reached.toFixed(2)}${unit}`, met: limit === Infinity ? null : reached <= limit });
  };
  const fullFailed = (r: SizeResult) => r.full.failed;
  const coldFailed = (r: SizeResult) => r.cold?.failed;
  const coldOf = (r: SizeResult) => r.cold ?? { wallMs: NaN, cpuMs: NaN, rssMb: NaN, runs: 0 };
  judge('45 areas: full build (warm PNG cache) ≤ 1.5× bare Eleventy (wall)', at(45), (r) => ratio(r.full, r.bare), 1.5, '×', fullFailed);
  judge('45 areas: cold build (new figures, empty PNG cache) ≤ 4× bare Eleventy (wall)', at(45), (r) => ratio(coldOf(r), r.bare), 4, '×', coldFailed);
  judge('45 areas: peak memory ≤ 300 MB (the larger of full and cold)', at(45), (r) => Math.max(r.full.rssMb, r.cold?.rssMb ?? 0), 300, ' MB', fullFailed);
  judge('1,000 areas: full build ≤ 2× bare Eleventy (wall; no PNGs at this size)', at(1000), (r) => ratio(r.full, r.bare), 2, '×', fullFailed);
  judge('10,000 areas: full build ≤ 2× bare Eleventy (wall; no PNGs at this size)', at(10_000), (r) => ratio(r.full, r.bare), 2, '×', fullFailed);
  judge('10,000 areas: peak memory ≤ 1 GiB (full build)', at(10_000), (r) => r.full.rssMb, 1024, ' MB', fullFailed);
  const svg = at(45) ?? results[0];
  judge('one chart ≤ 0.3 ms warm (forceCharts per chart, steady state, 45 areas)', svg?.charts.available ? svg : undefined, (r) => r.charts.svgMs.warm ?? r.charts.svgMs.all ?? Infinity, 0.3, ' ms');
  for (const n of [45, 1000, 10_000]) {
    judge(`  (for reference) ${n.toLocaleString('en-GB')} areas: full build / the floor (Eleventy writing our files)`, at(n)?.floor ? at(n) : undefined, (r) => ratio(r.full, r.floor!), Infinity, '×', fullFailed);
  }
  judge('  (for reference) build without charts ≤ 2× bare at 10,000 areas', at(10_000), (r) => ratio(r.ours, r.bare), 2, '×');
  return out;
}

const s = (x: Summary) => (x.runs === 0 ? 'STOP' : (x.wallMs / 1000).toFixed(2));
const cpu = (x: Summary) => (x.runs === 0 ? '–' : (x.cpuMs / 1000).toFixed(2));
const mb = (x: Summary) => (x.runs > 0 ? x.rssMb.toFixed(0) : x.rssMb > 0 ? `>${Math.round(x.rssMb)}` : '–');
const times = (v: number) => (Number.isFinite(v) && v > 0 ? v.toFixed(2) : '–');
const pad = (cells: string[], widths: number[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');

/** Prints the table and targets to stdout. */
export function printReport(results: SizeResult[], meta: { cpus: number; loadBefore: number[]; loadAfter: number[] }): void {
  const none: Summary = { wallMs: NaN, cpuMs: NaN, rssMb: NaN, runs: 0 };
  const head = ['areas', 'pages', 'full s', 'cold s', 'no-chart s', 'bare s', 'floor s', 'full/bare', 'cold/bare', 'full/floor', 'nochart/bare', 'CPU full', 'CPU bare', 'RSS full', 'RSS cold', 'RSS nochart', 'RSS bare', 'check s', 'rebuild s', 'runs'];
  const widths = head.map((h) => Math.max(h.length, 6));
  const lines = [
    'Wall and CPU in seconds (median), RSS in MB (peak, median over runs). full = pages + SVG charts + text + downloads + PNGs from a warm cache',
    '(without PNGs from 1,000 areas); cold = the same after new figures (empty PNG cache); no-chart = without charts; bare = Eleventy 3 paginating',
    'the same number of plain pages; floor = Eleventy copying a finished build of ours through (the same files and bytes).',
    pad(head, widths)];
  for (const r of results) {
    const cold = r.cold ?? none;
    const floor = r.floor ?? none;
    lines.push(pad([String(r.areas), String(r.pages), s(r.full), r.cold ? s(cold) : '–', s(r.ours), s(r.bare), r.floor ? s(floor) : '–', times(ratio(r.full, r.bare)), times(ratio(cold, r.bare)), times(ratio(r.full, floor)), times(ratio(r.ours, r.bare)),
      cpu(r.full), cpu(r.bare), mb(r.full), r.cold ? mb(cold) : '–', mb(r.ours), mb(r.bare), s(r.check), `${(r.rebuildMs / 1000).toFixed(2)}${r.rebuildCharts ? '' : '*'}`, `${r.ours.runs}`], widths));
    if (r.full.failed) lines.push(`    full build at ${r.areas}: ${r.full.failed}`);
    if (r.cold?.failed) lines.push(`    cold build at ${r.areas}: ${r.cold.failed}`);
  }
  lines.push('rebuild = warm, in-process (as localpress serve) after editing one sentence of release.njk; * = without charts.');
  lines.push('', 'Charts (ms each; SVG by type, "all" = forceCharts incl. text, per chart, after one page; "warm" = the same pages again; PNG 1200 px):');
  for (const r of results) {
    if (!r.charts.available) { lines.push(`  ${r.areas}: src/charts not present`); continue; }
    if (r.charts.failed) { lines.push(`  ${r.areas} areas: chart timing ${r.charts.failed}`); continue; }
    const fmt = (o: Record<string, number>) => Object.entries(o).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ');
    lines.push(`  ${r.areas} areas (${r.charts.sampled} force pages): SVG ${fmt(r.charts.svgMs)}; PNG ${fmt(r.charts.pngMs)}`);
    if (typeof r.inBuildChartMs === 'number') lines.push(`  ${r.areas} areas, in the full build: SVG ${r.inBuildChartMs.toFixed(2)} per chart (every chart of every page: wall-clock drawing time / charts drawn)`);
  }
  lines.push('', 'Targets:');
  for (const t of targets(results)) lines.push(`  [${t.met === null ? (t.value === 'not run' || t.value === 'not measured' ? ' ? ' : 'ref') : t.met ? 'MET' : 'NOT'}] ${t.name}: ${t.value}`);
  lines.push('', `Machine: ${meta.cpus} CPUs shared with other users; load average before ${meta.loadBefore.map((l) => l.toFixed(2)).join(' ')}, after ${meta.loadAfter.map((l) => l.toFixed(2)).join(' ')}.`,
    'Figures are medians and indicative only on a shared machine; CPU time is steadier than wall time under load.');
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** Writes bench/results/<YYYY-MM-DD>-<shortsha>.json; returns its path. */
export function writeResults(results: SizeResult[], meta: object): string {
  const git = (...args: string[]) => { try { return execFileSync('git', args, { encoding: 'utf8' }).trim(); } catch { return ''; } };
  const sha = git('rev-parse', '--short', 'HEAD') || 'nogit';
  const dirty = git('status', '--porcelain', '--', 'src', 'templates', '.eleventy.js') !== '';
  const date = new Date().toISOString().slice(0, 10);
  mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, `${date}-${sha}.json`);
  const payload = { date: new Date().toISOString(), commit: sha, dirty, node: process.version, ...meta, targets: targets(results), results };
  writeFileSync(file, `${JSON.stringify(payload, null, 2)}\n`);
  return file;
}
