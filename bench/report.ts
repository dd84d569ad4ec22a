/**
 * The benchmark's table, its targets (from issue 8) and the JSON written under
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
  /** Full build: pages, SVG charts, text and downloads (PNGs measured separately). */
  full: Summary;
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

/** The targets of issue 8, judged on these results; null when the size needed was not run. */
export function targets(results: SizeResult[]): Target[] {
  const at = (n: number) => results.find((r) => r.areas === n);
  const out: Target[] = [];
  const judge = (name: string, r: SizeResult | undefined, value: (r: SizeResult) => number, limit: number, unit: string, failed?: (r: SizeResult) => string | undefined) => {
    if (!r) return out.push({ name, value: 'not run', met: null });
    const why = failed?.(r);
    // A build that did not finish never meets a target, whatever it reached before it was stopped.
    const reached = value(r); // NaN, or null once read back from JSON, when nothing was measured
    if (why) return out.push({ name, value: `build did not finish (${why})${reached > 0 ? `; reached ${reached.toFixed(0)}${unit} when stopped` : ''}`, met: false });
    return out.push({ name, value: `${value(r).toFixed(2)}${unit}${why ? ` (${why})` : ''}`, met: value(r) <= limit });
  };
  const fullFailed = (r: SizeResult) => r.full.failed;
  judge('full build ≤ 1.5× bare Eleventy at 45 areas (wall)', at(45), (r) => ratio(r.full, r.bare), 1.5, '×', fullFailed);
  judge('full build ≤ 2× bare Eleventy at 10,000 areas (wall)', at(10_000), (r) => ratio(r.full, r.bare), 2, '×', fullFailed);
  judge('  (for reference) build without charts ≤ 1.5× bare at 45 areas', at(45), (r) => ratio(r.ours, r.bare), 1.5, '×');
  judge('  (for reference) build without charts ≤ 2× bare at 10,000 areas', at(10_000), (r) => ratio(r.ours, r.bare), 2, '×');
  const svg = at(45) ?? results[0];
  judge('SVG charts ≤ 0.5 ms each (forceCharts at 45 areas, per chart)', svg?.charts.available ? svg : undefined, (r) => r.charts.svgMs.all ?? Infinity, 0.5, ' ms');
  judge('peak memory at 10,000 areas ≤ 1 GiB (full build)', at(10_000), (r) => r.full.rssMb, 1024, ' MB', fullFailed);
  judge('  (for reference) peak memory at 10,000 areas without charts', at(10_000), (r) => r.ours.rssMb, 1024, ' MB');
  const [a, b] = [at(1000), at(10_000)];
  // Roughly linear: the CPU cost per page at 10,000 is at most 1.5× that at 1,000 (build without charts: the full one does not finish).
  const perPage = (r: SizeResult) => r.ours.cpuMs / r.pages;
  judge('scaling 1,000 → 10,000 roughly linear (CPU per page, no charts, ratio ≤ 1.5)', a && b ? b : undefined, () => perPage(b!) / perPage(a!), 1.5, '×');
  return out;
}

const s = (x: Summary) => (x.runs === 0 ? 'STOP' : (x.wallMs / 1000).toFixed(2));
const cpu = (x: Summary) => (x.runs === 0 ? '–' : (x.cpuMs / 1000).toFixed(2));
const mb = (x: Summary) => (x.runs > 0 ? x.rssMb.toFixed(0) : x.rssMb > 0 ? `>${Math.round(x.rssMb)}` : '–');
const times = (v: number) => (Number.isFinite(v) && v > 0 ? v.toFixed(2) : '–');
const pad = (cells: string[], widths: number[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');

/** Prints the table and targets to stdout. */
export function printReport(results: SizeResult[], meta: { cpus: number; loadBefore: number[]; loadAfter: number[] }): void {
  const head = ['areas', 'pages', 'full s', 'no-chart s', 'bare s', 'full/bare', 'nochart/bare', 'CPU nochart', 'CPU bare', 'CPU ratio', 'RSS full', 'RSS nochart', 'RSS bare', 'check s', 'rebuild s', 'runs'];
  const widths = head.map((h) => Math.max(h.length, 6));
  const lines = ['Wall and CPU in seconds (median), RSS in MB (peak, median over runs). full = pages + SVG charts + text + downloads (no PNG);', 'no-chart = the same without charts; bare = Eleventy 3 paginating the same number of plain pages.', pad(head, widths)];
  for (const r of results) {
    lines.push(pad([String(r.areas), String(r.pages), s(r.full), s(r.ours), s(r.bare), times(ratio(r.full, r.bare)), times(ratio(r.ours, r.bare)), cpu(r.ours), cpu(r.bare),
      times(ratio(r.ours, r.bare, 'cpuMs')), mb(r.full), mb(r.ours), mb(r.bare), s(r.check), `${(r.rebuildMs / 1000).toFixed(2)}${r.rebuildCharts ? '' : '*'}`, `${r.ours.runs}`], widths));
    if (r.full.failed) lines.push(`    full build at ${r.areas}: ${r.full.failed}`);
  }
  lines.push('rebuild = warm, in-process (as localpress serve) after editing one sentence of release.njk; * = without charts.');
  lines.push('', 'Charts (ms each; SVG by type, "all" = forceCharts incl. text, per chart; PNG 1200 px):');
  for (const r of results) {
    if (!r.charts.available) { lines.push(`  ${r.areas}: src/charts not present`); continue; }
    if (r.charts.failed) { lines.push(`  ${r.areas} areas: chart timing ${r.charts.failed}`); continue; }
    const fmt = (o: Record<string, number>) => Object.entries(o).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ');
    lines.push(`  ${r.areas} areas (${r.charts.sampled} force pages): SVG ${fmt(r.charts.svgMs)}; PNG ${fmt(r.charts.pngMs)}`);
    if (typeof r.inBuildChartMs === 'number') lines.push(`  ${r.areas} areas, in the full build: SVG ${r.inBuildChartMs.toFixed(2)} per chart (every chart of every page: wall-clock drawing time on the worker threads, which share the cores with the main thread, / charts drawn)`);
  }
  lines.push('', 'Targets:');
  for (const t of targets(results)) lines.push(`  [${t.met === null ? ' ? ' : t.met ? 'MET' : 'NOT'}] ${t.name}: ${t.value}`);
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
