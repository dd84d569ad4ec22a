/**
 * Totals for a group of forces (a region or the nation): the sums of the responding forces,
 * or the published block where the campaign gives one (see published.ts). The data was
 * checked when it was loaded (src/load/published.ts), so nothing here checks it again.
 * Coverage (forces_replied, forces_asked, forces_in_area, covers_all_forces): see types.ts Coverage.
 */
import type { Campaign, ForceFigures, ForceRef, PublishedTotals } from '../load/types.ts';
import { mixedBases, sumCounts, sumHistory, sumPrevious, sumSupplied } from './aggregate.ts';
import { type AreaInput, areaFigures } from './area.ts';
import { discrepancyOf, withPublished } from './published.ts';
import type { ReplyState } from './status.ts';
import type { AreaFigures, Coverage, Discrepancy } from './types.ts';

export interface Member {
  ref: ForceRef;
  figures: ForceFigures;
  state: ReplyState;
}

export interface Totals extends Coverage {
  figures: AreaFigures;
  published_totals: boolean;
  discrepancy: Discrepancy | undefined;
}

/** What computeTotals needs to know of the area beyond its listed forces. */
export interface AreaScope {
  /** Forces of the area in data/forces.yaml. */
  forcesInArea: number;
  /** True when the campaign lists every force (no published national block). */
  listsEveryForce: boolean;
}

/**
 * The rate basis. Summed: the responding forces that have both offences and a population.
 * Published: the published offences over the whole area's population (`areaPopulation`,
 * null when the published total covers a different area, e.g. "the UK").
 */
function rateBasis(responding: Member[], block: PublishedTotals | undefined, areaPopulation: number | null): AreaInput['rateBasis'] {
  if (block) return { offences: block.offences ?? null, population: areaPopulation };
  const counted = responding.filter((m) => m.ref.population !== null && m.figures.offences != null);
  return {
    offences: sumSupplied(counted.map((m) => m.figures.offences)),
    population: sumSupplied(counted.map((m) => m.ref.population)),
  };
}

/** Mixed bases of the summed shares; none when a published block gives the figures (nothing is summed). */
function mixedOf(responding: Member[], block: PublishedTotals | undefined, campaign: Campaign) {
  if (block) return { platforms: new Set<string>(), groups: new Set<string>(), breakdowns: new Set<string>() };
  return mixedBases(responding.map((m) => m.figures), campaign.groups);
}

/**
 * Compute the totals of an area from its member forces (those listed in figures.yaml).
 * @example computeTotals(northEastMembers, undefined, 2_672_000, campaign).figures.offences // 240
 */
export function computeTotals(
  members: Member[],
  block: PublishedTotals | undefined,
  areaPopulation: number | null,
  campaign: Campaign,
  scope: AreaScope = { forcesInArea: members.length, listsEveryForce: true },
): Totals {
  const responding = members.filter((m) => m.state.responded);
  const summed = sumCounts(responding.map((m) => m.figures));
  const histories = responding.flatMap((m) => (m.figures.history ? [m.figures.history] : []));
  const figures = areaFigures(
    {
      counts: withPublished(summed, block),
      // A published block's previous period and history are its own: not published is not summed.
      previous: block ? (block.previous ?? null) : sumPrevious(responding.map((m) => m.figures)),
      history: block ? (block.history ?? null) : sumHistory(histories),
      rateBasis: rateBasis(responding, block, areaPopulation),
      mixedBases: mixedOf(responding, block, campaign),
      previousShares: block !== undefined,
    },
    campaign,
  );
  return {
    figures,
    forces_replied: block ? (block.forces_replied ?? null) : responding.length,
    forces_asked: block ? (block.forces_asked ?? null) : scope.listsEveryForce ? members.length : null,
    forces_in_area: scope.forcesInArea,
    covers_all_forces: block !== undefined || members.length >= scope.forcesInArea,
    published_totals: block !== undefined,
    discrepancy: discrepancyOf(summed, block),
  };
}
