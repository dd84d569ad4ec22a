/**
 * Which regions the campaign's figures cover only in part, and which of them campaign.yaml's
 * `leave_out_regions` leaves out of the release (issue 12: "a region built from one or two
 * listed forces of five must say so or be left out by the campaign's choice").
 *
 * A region is *partly covered* when its total is a sum of its forces (no published `regions:`
 * block) and fewer of its forces gave figures than it has in data/forces.yaml: Lancashire alone
 * for the North West's five, whether the other four are missing from figures.yaml or listed
 * with `responded: false`. A published regional total is the source's own figure for the region
 * and is never partly covered here.
 */
import type { Campaign, CampaignFigures, Reference } from '../load/types.ts';
import { replyState } from './status.ts';

/** What the rule needs to know of a region: the fields of ComputedRegion of the same names. */
export interface RegionCoverageFacts {
  published_totals: boolean;
  forces_replied: number | null;
  forces_in_area: number;
}

/**
 * True when the region's figures stand on only some of its forces.
 * @example isPartlyCovered({ published_totals: false, forces_replied: 1, forces_in_area: 5 }) // true
 */
export function isPartlyCovered(region: RegionCoverageFacts): boolean {
  return !region.published_totals && (region.forces_replied ?? 0) < region.forces_in_area;
}

/**
 * The same facts from the data as loaded, for load/ to check `leave_out_regions` at its line:
 * null when the region has no force in figures.yaml and no published block (it has no page).
 * @example regionCoverageFacts('north-west', { forces: { lancashire: { offences: 40 } } }, reference) // { published_totals: false, forces_replied: 1, forces_in_area: 5 }
 */
export function regionCoverageFacts(regionId: string, figures: CampaignFigures, reference: Reference): RegionCoverageFacts | null {
  const inArea = reference.forces.filter((f) => f.region === regionId);
  const listed = inArea.flatMap((f) => (Object.hasOwn(figures.forces, f.id) ? [figures.forces[f.id]!] : []));
  const published = figures.regions?.[regionId] !== undefined;
  if (listed.length === 0 && !published) return null;
  return {
    published_totals: published,
    forces_replied: published ? (figures.regions![regionId]!.forces_replied ?? null) : listed.filter((f) => replyState(f).responded).length,
    forces_in_area: inArea.length,
  };
}

/**
 * The ids of the regions `leave_out_regions` leaves out, among the regions computed:
 * `partly-covered` → every partly covered one; a list → those named (load/ has checked that
 * each is partly covered); absent → none.
 * @example leftOutRegionIds({ leave_out_regions: 'partly-covered' }, regions) // Set { 'north-west' }
 */
export function leftOutRegionIds(campaign: Pick<Campaign, 'leave_out_regions'>, regions: ReadonlyArray<RegionCoverageFacts & { id: string }>): Set<string> {
  const choice = campaign.leave_out_regions;
  if (choice === undefined) return new Set();
  const named = choice === 'partly-covered' ? null : new Set(choice);
  return new Set(regions.filter((r) => isPartlyCovered(r) && (named === null || named.has(r.id))).map((r) => r.id));
}
