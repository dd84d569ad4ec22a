/**
 * campaign.yaml `leave_out_regions: [ids]` may name only regions the figures cover in part
 * (src/compute/coverage.ts holds the rule): leaving out a whole region would print a note that
 * its figures are partial when they are not, and a late reply that completes a region must be
 * a choice to publish it, not a page that stays away without a word.
 */
import { isPartlyCovered, regionCoverageFacts } from '../compute/coverage.ts';
import type { PressProblem } from './press.ts';
import { didYouMean } from './suggest.ts';
import type { Campaign, CampaignFigures, Reference } from './types.ts';

/**
 * leaveOutProblems({ leave_out_regions: ['wales'] }, figures, reference) →
 * [{ path: ['leave_out_regions', 0], message: "wales cannot be left out: all 4 of its forces gave figures …" }]
 */
export function leaveOutProblems(campaign: Pick<Campaign, 'leave_out_regions'>, figures: CampaignFigures, reference: Reference): PressProblem[] {
  const named = campaign.leave_out_regions;
  if (!Array.isArray(named)) return [];
  const regionIds = reference.regions.map((r) => r.id);
  return named.flatMap((id, i): PressProblem[] => {
    const at = ['leave_out_regions', i];
    if (!regionIds.includes(id)) return [{ path: at, message: `unknown region '${id}'${didYouMean(id, regionIds)}; region ids are listed in data/forces.yaml` }];
    const facts = regionCoverageFacts(id, figures, reference);
    if (facts === null) return [{ path: at, message: `'${id}' has no forces in figures.yaml, so there is no region page to leave out; remove it from leave_out_regions` }];
    if (facts.published_totals) return [{ path: at, message: `'${id}' cannot be left out: its total is published (figures.yaml regions.${id}), not a sum of some of its forces; remove it from leave_out_regions` }];
    if (!isPartlyCovered(facts)) {
      const all = facts.forces_in_area === 1 ? 'its only force' : facts.forces_in_area === 2 ? 'both of its forces' : `all ${facts.forces_in_area} of its forces`;
      return [{ path: at, message: `'${id}' cannot be left out: ${all} gave figures, so its figures are not partial (expected a region covered in part); remove it from leave_out_regions to publish its page` }];
    }
    return [];
  });
}
