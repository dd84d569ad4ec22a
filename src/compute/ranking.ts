/**
 * Ranks and shares of the national total, once every area is computed. Rates and shares are
 * ranked at the precision the page shows (rank.ts SHOWN_DECIMALS). Forces are ranked
 * only when they gave a full reply (status "replied") and the figure is shown (not null,
 * not withheld); `of` counts just those. Regions are ranked against each other.
 */
import { share } from './shares.ts';
import { atShownPrecision, rankBy, SHOWN_DECIMALS, shownPercent } from './rank.ts';
import type { ComputedForce, ComputedNational, ComputedRegion, Rank, ShareItem, Trend } from './types.ts';

/**
 * An area's offences as a fraction of the national total.
 * @example shareOfNational(20, 1628) // 0.01228...
 */
export function shareOfNational(offences: number | null, national: number | null): number | null {
  return share(offences, national);
}

/** Rates are ranked as the page shows them: 9.4697 and 9.4634 both read 9.5, so they are joint. */
const shownRate = (a: { rate: number | null }): number | null => atShownPrecision(a.rate, SHOWN_DECIMALS.rate);

/** A group's share as the page shows it; a share published without its count is not ranked (its precision is the source's). */
const groupShareForRank = (item: ShareItem | undefined): number | null =>
  item && !item.published_share ? shownPercent(item.share) : null;

function rankOf<T extends { id: string }>(areas: T[], value: (a: T) => number | null): Map<string, Rank> {
  return rankBy(new Map(areas.map((a) => [a.id, value(a)])));
}

/** Rank forces nationally and within their region, by offences, rate and each group's share. */
export function rankForces(forces: ComputedForce[], groupIds: string[]): void {
  const ranked = forces.filter((f) => f.responded && f.status === 'replied');
  const byOffences = rankOf(ranked, (f) => f.offences);
  const byRate = rankOf(ranked, shownRate);
  const byGroup = new Map(groupIds.map((g) => [g, rankOf(ranked, (f) => groupShareForRank(f.group[g]))]));
  const regionIds = new Set(ranked.flatMap((f) => (f.region_id === null ? [] : [f.region_id])));
  const inRegion = new Map(
    [...regionIds].map((r) => {
      const members = ranked.filter((f) => f.region_id === r);
      return [r, { offences: rankOf(members, (f) => f.offences), rate: rankOf(members, shownRate) }];
    }),
  );
  for (const f of forces) {
    const region = f.region_id === null ? undefined : inRegion.get(f.region_id);
    const groupShare: Record<string, Rank> = {};
    for (const [g, ranks] of byGroup) {
      const r = ranks.get(f.id);
      if (r) groupShare[g] = r;
    }
    f.rank = {
      offences: byOffences.get(f.id) ?? null,
      rate: byRate.get(f.id) ?? null,
      offences_in_region: region?.offences.get(f.id) ?? null,
      rate_in_region: region?.rate.get(f.id) ?? null,
      group_share: groupShare,
    };
  }
}

/** Rank regions against each other by offences and by rate. */
export function rankRegions(regions: ComputedRegion[]): void {
  const byOffences = rankOf(regions, (r) => r.offences);
  const byRate = rankOf(regions, shownRate);
  for (const r of regions) r.rank = { offences: byOffences.get(r.id) ?? null, rate: byRate.get(r.id) ?? null };
}

/** Set share_of_national on every area (the nation's own is 1 when it has offences). */
export function setSharesOfNational(national: ComputedNational, areas: Array<{ offences: number | null; share_of_national: number | null; trend?: Trend | null }>): void {
  national.share_of_national = shareOfNational(national.offences, national.offences);
  for (const a of areas) {
    a.share_of_national = shareOfNational(a.offences, national.offences);
    // History spans: a share of the nation only across exactly the same periods.
    for (const span of Object.values(a.trend?.last_periods ?? {})) {
      const n = national.trend?.last_periods[span.periods];
      span.share_of_national = n && n.from === span.from && n.to === span.to ? shareOfNational(span.offences, n.offences) : null;
    }
  }
}
