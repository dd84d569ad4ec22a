/** Which charts an area's page gets: a force's, a region's or the national page's. */
import { forceCharts, nationalCharts, regionCharts, type Chart, type ChartOptions, type PfaCollection } from '../charts/index.ts';
import type { CampaignModel, ComputedForce, ComputedNational, ComputedRegion } from '../compute/types.ts';

export type ChartArea = ComputedForce | ComputedRegion | ComputedNational;

/** drawAreaCharts(derbyshire, model, opts, geo) → platforms, league, league-rate and trend for Derbyshire. */
export function drawAreaCharts(area: ChartArea, model: CampaignModel, opts: ChartOptions, geo: PfaCollection | null): Chart[] {
  if (area.kind === 'force') return forceCharts(model, area, opts);
  const boundaries = geo ?? emptyGeo;
  return area.kind === 'region' ? regionCharts(model, area, opts, boundaries) : nationalCharts(model, opts, boundaries);
}

const emptyGeo: PfaCollection = { type: 'FeatureCollection', features: [] } as unknown as PfaCollection;
