/**
 * Cost per chart, SVG and PNG separately, over every force of the illustrative campaign
 * (44 forces; run with `npx tsx tests/charts/timing.ts`). Not a test: timings vary by machine.
 */
import { performance } from 'node:perf_hooks';
import { computeCampaign } from '../../src/compute/index.ts';
import { loadProject } from '../../src/load/index.ts';
import { forceCharts, loadGeo, svgToPng, svgToPngAsync, type Chart } from '../../src/charts/index.ts';
import { leagueSvg } from '../../src/charts/league.ts';
import { mapSvg } from '../../src/charts/map.ts';
import { platformsSvg } from '../../src/charts/platforms.ts';
import { trendSvg } from '../../src/charts/trend.ts';

const project = loadProject('data', ['illustrative-online-grooming']);
const input = project.campaigns[0]!;
const model = computeCampaign(input, project.reference);
const geo = loadGeo();
const opts = { idPrefix: 'x', source: `Source: ${input.campaign.source}`, illustrative: true, forceHref: (id: string) => `/${input.campaign.id}/${id}/` };
const svgMs = new Map<string, number[]>();
const pngMs = new Map<string, number[]>();
const push = (m: Map<string, number[]>, k: string, v: number): void => void m.set(k, [...(m.get(k) ?? []), v]);

// Warm up jsdom, d3 and resvg once, as a build would.
forceCharts(model, model.forces[0]!, opts).forEach((c) => svgToPng(c.svg));

/** Time one call. */
function time<T>(key: string, f: () => T): T {
  const t = performance.now();
  const out = f();
  push(svgMs, key, performance.now() - t);
  return out;
}

const national = { name: model.national.name, figures: model.national };
const svgOpts = { id: 'x', source: opts.source, illustrative: true };
const start = performance.now();
const all: Chart[] = [];
for (const force of model.forces) {
  const page = forceCharts(model, force, { ...opts, idPrefix: force.id });
  time('force page, all charts', () => forceCharts(model, force, { ...opts, idPrefix: force.id }));
  if (force.platforms.length) time('platforms', () => platformsSvg({ area: { name: force.area, figures: force }, comparison: national }, svgOpts));
  time('league', () => leagueSvg({ forces: model.forces, metric: 'offences', highlight: [force.id] }, svgOpts));
  if (force.trend) time('trend', () => trendSvg({ name: force.area, trend: force.trend! }, svgOpts));
  for (const c of page) {
    const p = performance.now();
    svgToPng(c.svg);
    push(pngMs, c.fileBase, performance.now() - p);
    all.push(c);
  }
}
const total = performance.now() - start;
for (let i = 0; i < 5; i++) {
  const areas = model.forces.flatMap((f) => (f.code ? [{ code: f.code, name: f.area, value: f.rate, href: opts.forceHref(f.id) }] : []));
  const map = { svg: time('map', () => mapSvg({ geo, areas, highlight: [] }, svgOpts)) };
  const p = performance.now();
  if (map) svgToPng(map.svg);
  push(pngMs, 'map', performance.now() - p);
}

const p0 = performance.now();
await Promise.all(all.map((c) => svgToPngAsync(c.svg)));
const parallelMs = (performance.now() - p0) / all.length;

const mean = (xs: number[]): string => (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(2);
console.log(`${model.forces.length} force pages, ${all.length} charts: ${(total / 1000).toFixed(2)} s (SVG twice + PNG)`);
for (const [k, xs] of svgMs) console.log(`SVG ${k.padEnd(24)} ${mean(xs)} ms (n=${xs.length})`);
for (const [k, xs] of pngMs) console.log(`PNG ${k.padEnd(24)} ${mean(xs)} ms (n=${xs.length})`);
console.log(`PNG via svgToPngAsync, all at once: ${parallelMs.toFixed(2)} ms per chart (n=${all.length})`);
