/**
 * The computed model handed to templates (SPEC "The model a template sees").
 * Numbers only, no words. Field names are snake_case because press officers use them
 * directly in release.njk (`force.method_recorded`), matching the YAML they typed.
 * Shares are fractions 0..1 computed from raw counts, never from rounded figures.
 */
import type { BreakdownBase, Campaign, ReplyStatus } from '../load/types.ts';

/** Competition ranking: 1, 2, 2, 4. `of` is how many areas were ranked. */
export interface Rank {
  position: number;
  of: number;
  joint: boolean;
  /** How many areas share this place (1 when not joint): a tie of three at the bottom is "joint lowest". Absent from a rank written by hand. */
  tied?: number;
  /** Rank 1 is the highest value. */
  direction: 'highest' | 'lowest';
}

/**
 * A count with its share of `method_recorded` — or, for breakdowns, of what the breakdown
 * says its shares are of (`Breakdown.of`: all offences, or only those where it is known).
 */
export interface ShareItem {
  id: string;
  name: string;
  /** null when not supplied or suppressed. */
  count: number | null;
  /**
   * 0..1; null when the count or denominator is missing, zero or suppressed, or when the
   * count exceeds the denominator (an instance sum can: one offence on two member apps).
   */
  share: number | null;
  /** Group counts only: true when the count is the sum of member counts (instances, not de-duplicated offences). */
  instances?: boolean;
  /** True when the count is below the campaign's suppress_below threshold (shown as "fewer than N"). */
  suppressed?: boolean;
  /**
   * True when the source published only the percentage (`snapchat: 48%`): count is null and
   * share is exactly the published figure, exact to `share_decimals` decimal places of the
   * per cent (48% → 0; 32.6% → 1). Sums, ranks and charts that need counts leave it out.
   */
  published_share?: boolean;
  share_decimals?: number;
  /**
   * Platforms and groups, when the previous period gives this one (`previous.platforms`,
   * `previous.groups`): its count and share then, and the change in the count since.
   */
  previous_count?: number | null;
  previous_share?: number | null;
  change?: Change | null;
}

/** The previous period (`previous:` in figures.yaml) as given, with shares like this period's. */
export interface PreviousFigures {
  offences: number | null;
  method_recorded: number | null;
  /** Every declared platform / group, sorted like AreaFigures.platforms; count null when not given. */
  platforms: ShareItem[];
  groups: ShareItem[];
  platform: Record<string, ShareItem>;
  group: Record<string, ShareItem>;
  breakdowns: Breakdown[];
}

/** Change between two periods. */
export interface Change {
  from: number;
  to: number;
  /** to - from */
  absolute: number;
  /** to / from; null when from is 0 */
  ratio: number | null;
  /** (to - from) / from as a fraction (0.23 = 23 per cent rise); null when from is 0 */
  percent: number | null;
}

export interface HistoryPoint {
  period: string;
  /** null = not supplied, never zero */
  offences: number | null;
  /** True when the point is withheld under suppress_below (offences is then null; the trend skips it like a gap). */
  suppressed?: boolean;
}

export interface Trend {
  points: HistoryPoint[];
  /** First and last supplied points, with the change between them; null with fewer than two supplied. */
  first: HistoryPoint | null;
  last: HistoryPoint | null;
  change: Change | null;
  /** True when any point in the series is null (skipped, flagged). */
  has_gaps: boolean;
  /** Offences across the whole series; null when any period is not supplied (a gap is never zero). */
  total: number | null;
  /**
   * Totals across the latest periods, by how many periods: `trend.last_periods[2]` is the last
   * two periods ("over two years"), up to the whole series. Keys 2..points.length.
   */
  last_periods: Record<number, HistorySpan>;
}

/** Offences summed across a span of history periods ending with the latest. */
export interface HistorySpan {
  /** First and last period of the span, e.g. "2022/23" and "2023/24". */
  from: string;
  to: string;
  /** How many periods the span covers. */
  periods: number;
  /** Offences across the span; null when any period in it is not supplied or withheld. */
  offences: number | null;
  /** The span's offences as a share (0..1) of the nation's across the same periods; null when either is unknown. Set for forces and regions. */
  share_of_national: number | null;
}

export interface Breakdown {
  id: string;
  /**
   * What the shares are of: 'offences' (every offence of the area, the default) or 'known'
   * (the offences where the category is known: the sum of the categories given).
   */
  of: BreakdownBase;
  /** The count the shares divide by; null when it is missing, withheld or not like for like. */
  denominator: number | null;
  items: ShareItem[];
}

/** Figures common to a force, a region and the nation. */
export interface AreaFigures {
  offences: number | null;
  method_recorded: number | null;
  /** Sorted by count, descending; ties in the order the campaign declares its platforms. */
  platforms: ShareItem[];
  /** Sorted like platforms. */
  groups: ShareItem[];
  /** Lookup by id, for templates: force.platform.facebook.share */
  platform: Record<string, ShareItem>;
  group: Record<string, ShareItem>;
  /** The platform with the highest count (first declared on a tie); null when none above zero. */
  top_platform: ShareItem | null;
  /** True when another platform has the same count as top_platform ("joint top"). */
  top_platform_joint?: boolean;
  youngest_victim_age: number | null;
  breakdowns: Breakdown[];
  /** Against `previous`, where given. */
  change: Change | null;
  /** The previous period, where given (for a sum: like for like, see compute/aggregate.ts sumPrevious). */
  previous: PreviousFigures | null;
  trend: Trend | null;
  /**
   * Offences per 100,000 population (Census 2021) over the campaign's period; null without a
   * population. For a period that is not a year (the nine-month campaign) it is not an annual
   * rate: see rate_is_annual and rate_per_year. Every ranked rate in a campaign covers the
   * same period (partial replies are not ranked).
   */
  rate: number | null;
  /** True when the campaign period is a year (360 to 370 days), so `rate` is a rate per year. */
  rate_is_annual?: boolean;
  /** `rate` annualised (× 365.25 / days in the period); equal to `rate` for a year's period. */
  rate_per_year?: number | null;
  /** Days in the campaign period, both ends included (2017-04-03 to 2017-12-31: 273). */
  rate_period_days?: number;
  /**
   * The population the rate divides by: a force's own; for summed totals, the forces whose
   * offences were summed (BTP has none and is left out of both sides); for published totals,
   * every force in the area. Null when there is no rate.
   */
  rate_population?: number | null;
  /** Present when the campaign sets suppress_below: which headline counts were withheld ("fewer than N"). */
  suppressed?: { offences: boolean; method_recorded: boolean };
  /** This area's offences / national offences. */
  share_of_national: number | null;
}

export interface ComputedForce extends AreaFigures {
  kind: 'force';
  id: string;
  name: string;
  area: string;
  code: string | null;
  region_id: string | null;
  region_name: string | null;
  population: number | null;
  responded: boolean;
  status: ReplyStatus;
  note: string | null;
  source: string | null;
  rank: {
    offences: Rank | null;
    rate: Rank | null;
    /** Among responding forces in the same region; null when campaign.yaml leaves the region out. */
    offences_in_region: Rank | null;
    rate_in_region: Rank | null;
    /** group id -> rank by the group's share. */
    group_share: Record<string, Rank>;
  };
}

export interface ComputedRegion extends AreaFigures {
  kind: 'region';
  id: string;
  name: string;
  nation: string;
  population: number | null;
  force_ids: string[];
  /** See Coverage. */
  forces_replied: number | null;
  forces_asked: number | null;
  forces_in_area: number;
  covers_all_forces: boolean;
  /** True when totals come from a published `regions:` block, not the sum of forces. */
  published_totals: boolean;
  /** Present when the published block carries `discrepancy:` (see Discrepancy). */
  discrepancy?: Discrepancy;
  rank: { offences: Rank | null; rate: Rank | null };
}

export interface ComputedNational extends AreaFigures {
  kind: 'national';
  id: 'national';
  name: string;
  population: number | null;
  /** See Coverage. */
  forces_replied: number | null;
  forces_asked: number | null;
  forces_in_area: number;
  covers_all_forces: boolean;
  published_totals: boolean;
  /** Present when the published `national:` block carries `discrepancy:` (see Discrepancy). */
  discrepancy?: Discrepancy;
}

/**
 * A published total that disagrees with the forces listed inside it, accepted with
 * `discrepancy: "why"`: the published figures are used; each field below its forces' sum is
 * listed with both (WalesOnline's Wales 2023/24: published 554, forces' sum 564).
 */
export interface Discrepancy {
  /** The author's explanation, printed in the notes to editors of every page using the total. */
  reason: string;
  /** e.g. [{ field: 'offences', published: 554, forces_sum: 564 }]; may be empty. */
  fields: Array<{ field: string; published: number; forces_sum: number }>;
}

/**
 * How many forces a region's or the nation's total stands on (the fields of ComputedRegion
 * and ComputedNational):
 * - `forces_replied`: the forces whose figures make up the total — the published block's
 *   `forces_replied`, or for a sum the listed forces that gave figures. Null when a published
 *   total does not say (never 0).
 * - `forces_asked`: the published block's `forces_asked`; for a sum, the forces listed in
 *   figures.yaml when the campaign lists every force (no `national:` block), else null: a
 *   force outside the release was not necessarily "not asked" or "no reply".
 * - `forces_in_area`: the forces of the area in data/forces.yaml (a region's five, every
 *   force for the nation), for "figures from 4 of the 5 forces in the South East".
 * - `covers_all_forces`: the total is a published one, or every force of the area is in
 *   figures.yaml (with its reply or its 'responded: false'); false when some forces of the
 *   area are simply outside the release (a region built from 1 of 5 forces).
 */
export type Coverage = Pick<ComputedRegion, 'forces_replied' | 'forces_asked' | 'forces_in_area' | 'covers_all_forces'>;

export interface CampaignModel {
  campaign: Campaign;
  national: ComputedNational;
  /** Regions with at least one force in the campaign, in forces.yaml order (less any left out). */
  regions: ComputedRegion[];
  /**
   * Regions the campaign leaves out of the release (campaign.yaml `leave_out_regions`): partly
   * covered ones, computed but given no page, rank or comparison; their forces stay in the model.
   * Absent (a model built by hand) or empty: none.
   */
  left_out_regions?: ComputedRegion[];
  /** Every force in the campaign, in forces.yaml order. */
  forces: ComputedForce[];
}
