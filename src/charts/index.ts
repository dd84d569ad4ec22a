/**
 * The charts' public surface: every chart for a force, region or national page, each
 * with its SVG, title, description and data table; PNG rendering; the boundary loader.
 * A chart with nothing to draw (no platforms recorded, no history) is left out.
 */
import type { CampaignModel, ComputedForce, ComputedRegion } from '../compute/types.ts';
import type { PfaCollection } from './geo.ts';
import { leagueSvg, leagueText, type LeagueData, type LeagueMetric } from './league.ts';
import { mapSvg, mapText, type MapData } from './map.ts';
import { hasPlatforms, platformsSvg, platformsText, type PlatformsData } from './platforms.ts';
import { hasTrend, trendSvg, trendText } from './trend.ts';
import { phoneLayout } from './theme.ts';
import type { Chart, ChartOptions, ChartText, SvgOptions } from './types.ts';

export type { Chart, ChartOptions, Table } from './types.ts';
export { svgToPng, svgToPngAsync, PNG_WIDTH } from './png.ts';
export { loadGeo, DEFAULT_GEO_PATH, GEO_ATTRIBUTION, type PfaCollection } from './geo.ts';
export { theme, phoneLayout, wideLayout, PHONE_WIDTH, type Layout } from './theme.ts';

function build<T>(fileBase: string, data: T, opts: ChartOptions, text: (d: T) => ChartText, svg: (d: T, o: SvgOptions, t: ChartText) => string): Chart {
  const id = `${opts.idPrefix}-${fileBase}`;
  // The text is worked out once and drawn from, not recomputed inside the chart.
  const words = text(data);
  const { title, desc, table } = words;
  const common = { source: opts.source, illustrative: opts.illustrative };
  // Every chart is drawn twice: wide (desktop, print, downloads) and for a phone's width, where
  // the wide drawing scaled down would show its text at 6 px.
  return {
    id, title, desc, table, fileBase,
    svg: svg(data, { id, ...common }, words),
    phoneSvg: svg(data, { id: `${id}-phone`, ...common, layout: phoneLayout() }, words),
  };
}

function leagues(model: CampaignModel, highlight: string[], opts: ChartOptions, highlightLabel?: string): Chart[] {
  const metrics: [LeagueMetric, string][] = [['offences', 'league'], ['rate', 'league-rate']];
  return metrics.flatMap(([metric, fileBase]) => {
    const data: LeagueData = { forces: model.forces, metric, highlight, ...(highlightLabel ? { highlightLabel } : {}) };
    const drawable = model.forces.some((f) => f.responded && f[metric] !== null);
    if (!drawable) return [];
    return [build(fileBase, data, opts, leagueText, leagueSvg)];
  });
}

function platforms(data: PlatformsData, opts: ChartOptions): Chart[] {
  return hasPlatforms(data) ? [build('platforms', data, opts, platformsText, platformsSvg)] : [];
}

function trend(name: string, t: ComputedForce['trend'], opts: ChartOptions): Chart[] {
  return hasTrend(t) ? [build('trend', { name, trend: t }, opts, trendText, trendSvg)] : [];
}

function map(model: CampaignModel, geo: PfaCollection, opts: ChartOptions, highlight: string[], highlightLabel?: string): Chart[] {
  const areas = model.forces.flatMap((f) =>
    f.code ? [{ code: f.code, name: f.area, value: f.responded ? f.rate : null, href: opts.forceHref(f.id) }] : []);
  if (!areas.some((a) => a.value !== null)) return [];
  const data: MapData = { geo, areas, highlight, ...(highlightLabel ? { highlightLabel } : {}) };
  return [{ ...build('map', data, opts, mapText, mapSvg), phoneEverywhere: true }];
}

/** Charts for a force page: platforms, league (offences and rate), trend. Example: `forceCharts(model, derbyshire, opts).map((c) => c.fileBase)` → ["platforms", "league", "league-rate", "trend"]. */
export function forceCharts(model: CampaignModel, force: ComputedForce, opts: ChartOptions): Chart[] {
  const comparison = { name: model.national.name, figures: model.national };
  return [
    ...platforms({ area: { name: force.area, figures: force }, comparison }, opts),
    ...leagues(model, [force.id], opts),
    ...trend(force.area, force.trend, opts),
  ];
}

/** Charts for a region page: platforms, league with the region's forces highlighted, trend, map. Example: `regionCharts(model, region, opts, loadGeo())`. */
export function regionCharts(model: CampaignModel, region: ComputedRegion, opts: ChartOptions, geo: PfaCollection): Chart[] {
  const comparison = { name: model.national.name, figures: model.national };
  const members = model.forces.filter((f) => region.force_ids.includes(f.id));
  const codes = members.flatMap((f) => (f.code ? [f.code] : []));
  return [
    ...platforms({ area: { name: region.name, figures: region }, comparison }, opts),
    ...leagues(model, members.map((f) => f.id), opts, `Forces in ${region.name}`),
    ...trend(region.name, region.trend, opts),
    ...map(model, geo, opts, codes, region.name),
  ];
}

/** Charts for the national page: platforms, league, trend, map. Example: `nationalCharts(model, opts, loadGeo())`. */
export function nationalCharts(model: CampaignModel, opts: ChartOptions, geo: PfaCollection): Chart[] {
  return [
    ...platforms({ area: { name: model.national.name, figures: model.national }, comparison: null }, opts),
    ...leagues(model, [], opts),
    ...trend(model.national.name, model.national.trend, opts),
    ...map(model, geo, opts, []),
  ];
}
