/**
 * Cost per chart, SVG and PNG separately: `npx tsx tests/charts/timing.ts`.
 * Not a test (timings vary by machine); it prints a table for the issue note.
 */
import { performance } from 'node:perf_hooks';
import { forceCharts, loadGeo, nationalCharts, regionCharts, svgToPng, type Chart } from '../../src/charts/index.ts';
import { eastMidlands, model, options } from './fixtures.ts';

const FORCES = 45;
const geo = loadGeo();
const svgMs = new Map<string, number[]>();
const pngMs = new Map<string, number[]>();
const push = (m: Map<string, number[]>, k: string, v: number): void => void m.set(k, [...(m.get(k) ?? []), v]);

function timeCharts(make: () => Chart[]): Chart[] {
  const t0 = performance.now();
  const charts = make();
  const each = (performance.now() - t0) / Math.max(1, charts.length);
  for (const c of charts) push(svgMs, c.fileBase, each); // per-call mean; split by type below
  return charts;
}

// Warm up jsdom, d3 and resvg once, as a build would.
forceCharts(model, model.forces[0]!, options).forEach((c) => svgToPng(c.svg));

const start = performance.now();
for (let i = 0; i < FORCES; i++) {
  const force = model.forces[i % model.forces.length]!;
  for (const c of timeCharts(() => forceCharts(model, force, { ...options, idPrefix: force.id }))) {
    const t = performance.now();
    svgToPng(c.svg);
    push(pngMs, c.fileBase, performance.now() - t);
  }
}
const total = performance.now() - start;

// The map is drawn only on region and national pages: time it on its own.
for (let i = 0; i < 11; i++) {
  const t = performance.now();
  const charts = i === 0 ? nationalCharts(model, options, geo) : regionCharts(model, eastMidlands, options, geo);
  const map = charts.find((c) => c.fileBase === 'map')!;
  push(svgMs, 'map (whole page set)', performance.now() - t);
  const p = performance.now();
  svgToPng(map.svg);
  push(pngMs, 'map', performance.now() - p);
}

const mean = (xs: number[]): string => (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(2);
console.log(`${FORCES} force pages, ${[...pngMs.values()].reduce((n, xs) => n + xs.length, 0) - 11} charts, ${(total / 1000).toFixed(2)} s for SVG+PNG`);
for (const [k, xs] of svgMs) console.log(`SVG ${k.padEnd(22)} ${mean(xs)} ms (n=${xs.length})`);
for (const [k, xs] of pngMs) console.log(`PNG ${k.padEnd(22)} ${mean(xs)} ms (n=${xs.length})`);
