/**
 * Cost per chart on the computed model of a synthetic campaign: SVG per chart type (and
 * forceCharts as a whole, per chart, once after a one-page warm-up and once more warm),
 * PNG per chart type, timed by calling src/charts directly.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeCampaign } from '../src/compute/index.ts';
import type { ComputedForce } from '../src/compute/types.ts';
import { loadProject } from '../src/load/index.ts';

const CHARTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/charts/index.ts');

export interface ChartCosts {
  available: boolean;
  /** Force pages sampled. */
  sampled: number;
  /** ms per SVG by chart file base (platforms, league, league-rate, trend), 'all' = forceCharts per chart, 'warm' = the same pages drawn again. */
  svgMs: Record<string, number>;
  /** ms per PNG by chart file base. */
  pngMs: Record<string, number>;
  /** Set when the chart timing was stopped by the benchmark's limits. */
  failed?: string;
}

/** chartCosts("/tmp/data", 20) → ms per SVG and per PNG, averaged over 20 force pages (after a warm-up). */
export async function chartCosts(dataDir: string, sample: number): Promise<ChartCosts> {
  if (!existsSync(CHARTS)) return { available: false, sampled: 0, svgMs: {}, pngMs: {} };
  const charts = await import(CHARTS);
  const [platforms, league, trend] = await Promise.all(['platforms', 'league', 'trend'].map((m) => import(path.join(path.dirname(CHARTS), `${m}.ts`))));
  const project = loadProject(dataDir);
  const input = project.campaigns[0]!;
  const model = computeCampaign({ campaign: input.campaign, figures: input.figures }, project.reference);
  const opts = (force: ComputedForce) => ({ idPrefix: force.id, source: 'Synthetic', illustrative: true, forceHref: (id: string) => `/${input.campaign.id}/${id}/` });
  const responding = model.forces.filter((f) => f.responded && (f.offences ?? 0) > 0);
  const step = Math.max(1, Math.floor(responding.length / sample));
  const picked = responding.filter((_, i) => i % step === 0).slice(0, sample);
  charts.forceCharts(model, picked[0]!, opts(picked[0]!)); // warm-up: modules, JIT

  // forceCharts as a whole (text + SVG of every chart), per chart drawn.
  const svgMs: Record<string, number> = {};
  const svgs: Record<string, string[]> = {};
  let allMs = 0;
  let allCharts = 0;
  for (const force of picked) {
    const started = performance.now();
    const drawn = charts.forceCharts(model, force, opts(force)) as { fileBase: string; svg: string }[];
    allMs += performance.now() - started;
    allCharts += drawn.length;
    for (const chart of drawn) (svgs[chart.fileBase] ??= []).push(chart.svg);
  }
  svgMs.all = allCharts ? allMs / allCharts : 0;
  // The same pages again: a warm process (JIT-compiled, caches filled), as most of a big build is.
  const again = performance.now();
  for (const force of picked) charts.forceCharts(model, force, opts(force));
  svgMs.warm = allCharts ? (performance.now() - again) / allCharts : 0;
  // Each chart type's SVG alone, through its own module (the functions forceCharts calls).
  const comparison = { name: model.national.name, figures: model.national };
  const kinds: Record<string, (force: ComputedForce, o: { id: string; source: string; illustrative: boolean }) => string> = {
    platforms: (force, o) => platforms.platformsSvg({ area: { name: force.area, figures: force }, comparison }, o),
    league: (force, o) => league.leagueSvg({ forces: model.forces, metric: 'offences', highlight: [force.id] }, o),
    trend: (force, o) => trend.trendSvg({ name: force.area, trend: force.trend }, o),
  };
  for (const [kind, draw] of Object.entries(kinds)) {
    const started = performance.now();
    for (const force of picked) draw(force, { id: `${force.id}-${kind}`, source: 'Synthetic', illustrative: true });
    svgMs[kind] = (performance.now() - started) / picked.length;
  }
  const pngMs: Record<string, number> = {};
  charts.svgToPng(Object.values(svgs)[0]![0]); // warm-up: resvg and fonts
  for (const [base, list] of Object.entries(svgs)) {
    const few = list.slice(0, Math.min(list.length, 5));
    const started = performance.now();
    for (const svg of few) charts.svgToPng(svg);
    pngMs[base] = (performance.now() - started) / few.length;
  }
  return { available: true, sampled: picked.length, svgMs, pngMs };
}
