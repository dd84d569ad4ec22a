/** One force's computed figures, before ranks and share of national are known. */
import type { Campaign, ForceFigures, ForceRef, RegionRef } from '../load/types.ts';
import { areaFigures } from './area.ts';
import { replyState } from './status.ts';
import type { ComputedForce } from './types.ts';

/**
 * A force that did not respond keeps its identity, status, note and source, with null figures.
 * @example computeForce(derbyshireRef, { offences: 20 }, regionsById, campaign).offences // 20
 */
export function computeForce(
  ref: ForceRef,
  figures: ForceFigures,
  regions: ReadonlyMap<string, RegionRef>,
  campaign: Campaign,
): ComputedForce {
  const state = replyState(figures);
  const area = state.responded
    ? areaFigures(
        {
          counts: figures,
          previous: figures.previous ?? null,
          history: figures.history ?? null,
          rateBasis: { offences: figures.offences ?? null, population: ref.population },
        },
        campaign,
      )
    : areaFigures({ counts: {}, previous: null, history: null, rateBasis: { offences: null, population: null } }, campaign);
  return {
    kind: 'force',
    id: ref.id,
    name: ref.name,
    area: ref.area,
    code: ref.code,
    region_id: ref.region,
    region_name: ref.region === null ? null : (regions.get(ref.region)?.name ?? null),
    population: ref.population,
    responded: state.responded,
    status: state.status,
    note: figures.note ?? null,
    source: figures.source ?? null,
    ...area,
    rank: { offences: null, rate: null, offences_in_region: null, rate_in_region: null, group_share: {} },
  };
}
