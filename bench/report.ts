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

export interface Summary { wallMs: number; cpuMs: number; rssMb: number; runs: number }
export interface SizeResult { areas: number; pages: number; ours: Summary; bare: Summary; check: Summary; rebuildMs: number; charts: ChartCosts }
export interface Target { name: string; value: string; met: boolean | null }

/** The targets of issue 8, judged on these results; null when the size needed was not run. */
export function targets(results: SizeResult[]): Target[] {
  const at = (n: number) => results.find((r) => r.areas === n);
  const ratio = (r: SizeResult) => r.ours.wallMs / r.bare.wallMs;
  const out: Target[] = [];
  const judge = (name: string, r: SizeResult | undefined, value: (r: SizeResult) => number, limit: number, unit = '') =>
    out.push(r ? { name, value: `${value(r).toFixed(2)}${unit}`, met: value(r) <= limit } : { name, value: 'not run', met: null });
  judge('full build ≤ 1.5× bare Eleventy at 45 areas (wall)', at(45), ratio, 1.5, '×');
  judge('full build ≤ 2× bare Eleventy at 10,000 areas (wall)', at(10_000), ratio, 2, '×');
  const svg = at(45) ?? results[0];
  judge('SVG charts ≤ 0.5 ms each (forceCharts, per chart)', svg?.charts.available ? svg : undefined, (r) => r.charts.svgMs.all ?? Infinity, 0.5, ' ms');
  judge('peak memory at 10,000 areas ≤ 1 GiB', at(10_000), (r) => r.ours.rssMb, 1024, ' MB');
  const [a, b] = [at(1000), at(10_000)];
  const perPage = (r: SizeResult) => r.ours.cpuMs / r.pages;
  // Roughly linear: the CPU cost per page at 10,000 is at most 1.5× that at 1,000.
  out.push(a && b ? { name: 'scaling 1,000 → 10,000 roughly linear (CPU per page ratio ≤ 1.5)', value: `${(perPage(b) / perPage(a)).toFixed(2)}×`, met: perPage(b) / perPage(a) <= 1.5 } : { name: 'scaling 1,000 → 10,000 roughly linear', value: 'not run', met: null });
  return out;
}

const s = (ms: number) => (ms / 1000).toFixed(2);
const pad = (cells: string[], widths: number[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');

/** Prints the table and targets to stdout. */
export function printReport(results: SizeResult[], meta: { cpus: number; loadBefore: number[]; loadAfter: number[] }): void {
  const head = ['areas', 'pages', 'ours wall s', 'bare wall s', 'ratio', 'ours CPU s', 'bare CPU s', 'CPU ratio', 'ours RSS MB', 'bare RSS MB', 'check s', 'rebuild s', 'runs'];
  const widths = head.map((h) => Math.max(h.length, 8));
  const lines = [pad(head, widths)];
  for (const r of results) {
    lines.push(pad([String(r.areas), String(r.pages), s(r.ours.wallMs), s(r.bare.wallMs), (r.ours.wallMs / r.bare.wallMs).toFixed(2), s(r.ours.cpuMs), s(r.bare.cpuMs),
      (r.ours.cpuMs / r.bare.cpuMs).toFixed(2), r.ours.rssMb.toFixed(0), r.bare.rssMb.toFixed(0), s(r.check.wallMs), s(r.rebuildMs), String(r.ours.runs)], widths));
  }
  lines.push('', 'Charts (ms each; SVG by type, "all" = forceCharts incl. text, per chart; PNG 1200 px):');
  for (const r of results) {
    if (!r.charts.available) { lines.push(`  ${r.areas}: src/charts not present`); continue; }
    const fmt = (o: Record<string, number>) => Object.entries(o).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ');
    lines.push(`  ${r.areas} areas (${r.charts.sampled} force pages): SVG ${fmt(r.charts.svgMs)}; PNG ${fmt(r.charts.pngMs)}`);
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
