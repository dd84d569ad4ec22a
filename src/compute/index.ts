/**
 * The computation layer: campaign data + reference → the model templates see.
 * Pure: no I/O, no clock, no randomness; the result does not depend on the order of the
 * forces in figures.yaml (forces and regions follow data/forces.yaml).
 */
import type { Campaign, CampaignFigures, Reference, RegionRef } from '../load/types.ts';
import { num } from '../phrase/num.ts';
import { resolveStyle } from '../phrase/style.ts';
import { leftOutRegionIds } from './coverage.ts';
import { computeForce } from './force.ts';
import { rankForces, rankRegions, setSharesOfNational } from './ranking.ts';
import { replyState } from './status.ts';
import { computeTotals, type Member } from './totals.ts';
import type { CampaignModel, ComputedNational, ComputedRegion, Coverage } from './types.ts';

export type * from './types.ts';
export { competitionRanks, rankBy } from './rank.ts';
export { share, groupCount, sortItems } from './shares.ts';
export { ratePer100k } from './rate.ts';
export { change, trend } from './change.ts';
export { sumCounts, sumHistory } from './aggregate.ts';
export { isSuppressed } from './suppress.ts';
export { replyState } from './status.ts';
export { isPartlyCovered } from './coverage.ts';

/** The area a published national block covers when it gives no name. */
export const DEFAULT_NATIONAL_NAME = 'England and Wales';

/**
 * The nation's name when the request went only to the forces listed (campaign.yaml `asked:
 * listed-forces`): the forces asked, counted in house style, never "England and Wales".
 * @example askedName(12, campaign) // "the 12 forces asked"; askedName(4, campaign) // "the four forces asked"
 * Lower case, as "England and Wales" would be in running text; a heading capitalises it.
 */
export function askedName(asked: number, campaign: Campaign): string {
  return asked === 1 ? 'the one force asked' : `the ${num(asked, resolveStyle(campaign.style))} forces asked`;
}

const coverage = (t: Coverage): Coverage => ({
  forces_replied: t.forces_replied, forces_asked: t.forces_asked, forces_in_area: t.forces_in_area, covers_all_forces: t.covers_all_forces,
});

const sumPopulation = (pops: Array<number | null>): number | null => {
  const known = pops.filter((p): p is number => p !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
};

/**
 * Compute every force, region and the nation for one campaign.
 * National population is the sum over every force in data/forces.yaml (England and Wales;
 * BTP has none), null when the published national block names another area; region
 * population the sum over the region's forces in data/forces.yaml. Rates of summed totals
 * divide by the population of the forces summed (see totals.ts).
 * @example computeCampaign({ campaign, figures }, reference).national.offences // 1628
 * Takes data as load/ gives it, already checked (ids known, published totals consistent):
 * the checks live at the edge only, where they can name the file and line.
 */
export function computeCampaign(
  input: { campaign: Campaign; figures: CampaignFigures },
  reference: Reference,
): CampaignModel {
  const { campaign, figures } = input;
  // Without a published national total the campaign lists every force (check warns of a gap).
  const listsEveryForce = figures.national === undefined;
  const regionsById = new Map<string, RegionRef>(reference.regions.map((r) => [r.id, r]));
  const members: Member[] = reference.forces.flatMap((ref) => {
    const f = figures.forces[ref.id];
    return f ? [{ ref, figures: f, state: replyState(f) }] : [];
  });
  const forces = members.map((m) => computeForce(m.ref, m.figures, regionsById, campaign));

  const regions: ComputedRegion[] = reference.regions
    .filter((r) => members.some((m) => m.ref.region === r.id) || figures.regions?.[r.id] !== undefined)
    .map((r) => {
      const inRegion = members.filter((m) => m.ref.region === r.id);
      const population = sumPopulation(reference.forces.filter((f) => f.region === r.id).map((f) => f.population));
      const scope = { forcesInArea: reference.forces.filter((f) => f.region === r.id).length, listsEveryForce };
      const t = computeTotals(inRegion, figures.regions?.[r.id], population, campaign, scope);
      return {
        kind: 'region', id: r.id, name: r.name, nation: r.nation, population,
        force_ids: inRegion.map((m) => m.ref.id),
        ...coverage(t), published_totals: t.published_totals,
        ...(t.discrepancy ? { discrepancy: t.discrepancy } : {}),
        ...t.figures,
        rank: { offences: null, rate: null },
      };
    });

  const block = figures.national;
  // campaign.yaml `asked: listed-forces` (load refuses it beside a published national block):
  // the nation is the forces asked, so its name, population and forces are theirs.
  const askedOnly = campaign.asked === 'listed-forces' && block === undefined;
  const name = askedOnly ? askedName(members.length, campaign) : (block?.name ?? DEFAULT_NATIONAL_NAME);
  // A published total for another area ("the UK") has no population in our reference.
  const population = askedOnly
    ? sumPopulation(members.map((m) => m.ref.population))
    : name === DEFAULT_NATIONAL_NAME ? sumPopulation(reference.forces.map((f) => f.population)) : null;
  const forcesInArea = askedOnly ? members.length : reference.forces.length;
  const t = computeTotals(members, block, population, campaign, { forcesInArea, listsEveryForce });
  const national: ComputedNational = {
    kind: 'national', id: 'national', name, population,
    ...coverage(t), published_totals: t.published_totals,
    ...(t.discrepancy ? { discrepancy: t.discrepancy } : {}),
    ...t.figures,
  };

  // campaign.yaml `leave_out_regions`: those regions get no page, rank or regional comparison;
  // their forces keep theirs and stay in the national total (coverage.ts).
  const leftOut = leftOutRegionIds(campaign, regions);
  const shown = regions.filter((r) => !leftOut.has(r.id));
  rankForces(forces, Object.keys(campaign.groups));
  for (const f of forces) {
    if (f.region_id !== null && leftOut.has(f.region_id)) f.rank = { ...f.rank, offences_in_region: null, rate_in_region: null };
  }
  rankRegions(shown);
  setSharesOfNational(national, [...forces, ...shown]);
  return { campaign, national, regions: shown, left_out_regions: regions.filter((r) => leftOut.has(r.id)), forces };
}
