/**
 * Counts with their shares of `method_recorded`, for platforms and groups of platforms.
 * Shares are fractions 0..1 computed from raw counts, never from rounded ones.
 */
import { type Campaign, type Figure, type FigureCounts, isPublishedShare, type PublishedShare } from '../load/types.ts';
import { isSuppressed } from './suppress.ts';
import type { ShareItem } from './types.ts';

/**
 * count / denominator; null when either is missing, the denominator is 0, or the count
 * exceeds the denominator (inconsistent data, or an instance sum counting one offence
 * several times: no fraction of cases can be stated then).
 * @example share(312, 956) // 0.32635983263598326 ("32.6 per cent")
 */
export function share(count: number | null | undefined, denominator: number | null | undefined): number | null {
  if (count === null || count === undefined || denominator === null || denominator === undefined) return null;
  if (denominator <= 0 || count < 0 || count > denominator) return null;
  return count / denominator;
}

/**
 * One ShareItem, with suppression applied: a withheld count or denominator withholds the share.
 * @example shareItem('facebook', 'Facebook', 312, 956) // { id, name, count: 312, share: 0.326... }
 */
export function shareItem(
  id: string,
  name: string,
  count: Figure,
  denominator: number | null,
  below?: number,
  instances?: boolean,
): ShareItem {
  if (isPublishedShare(count)) {
    // Published as a percentage, without its count: the share as published, exact to its decimals.
    const published: ShareItem = { id, name, count: null, share: count.share, published_share: true, share_decimals: count.decimals };
    return instances === undefined ? published : { ...published, instances };
  }
  const item: ShareItem = { id, name, count: count ?? null, share: null };
  if (instances !== undefined) item.instances = instances;
  if (isSuppressed(count, below)) return { ...item, count: null, suppressed: true };
  if (!isSuppressed(denominator, below)) item.share = share(count, denominator);
  return item;
}

/**
 * Sort by count, highest first. Ties (and items without a count) keep the order given,
 * which callers make the campaign's declaration order; items without a count go last.
 * @example sortItems([a(5), b(9), c(5)]) // b, a, c
 */
export function sortItems(items: ShareItem[]): ShareItem[] {
  // Counts first (highest first), then shares published without a count (highest first), then nothing.
  const key = (i: ShareItem): [number, number] => (i.count !== null ? [2, i.count] : i.published_share && i.share !== null ? [1, i.share] : [0, 0]);
  return items
    .map((item, index) => ({ item, index, key: key(item) }))
    .sort((x, y) => y.key[0] - x.key[0] || y.key[1] - x.key[1] || x.index - y.index)
    .map((x) => x.item);
}

/**
 * A group's count: the de-duplicated figure when given, else the sum of the supplied
 * member platform counts, flagged as instances (an offence on two member apps counts twice).
 * Null when neither the group nor any member is supplied.
 * @example groupCount({ platforms: { facebook: 4, instagram: 2 } }, 'meta', ['facebook', 'instagram']) // { count: 6, instances: true }
 */
export function groupCount(
  counts: FigureCounts,
  groupId: string,
  members: readonly string[],
): { count: number | PublishedShare | null; instances: boolean } {
  const given = counts.groups?.[groupId];
  if (given !== null && given !== undefined) return { count: given, instances: false };
  const values = members.map((m) => counts.platforms?.[m]);
  // A member published as a percentage has no count to add: no instance sum is stated.
  if (values.some(isPublishedShare)) return { count: null, instances: true };
  const supplied = values.filter((c): c is number => typeof c === 'number');
  if (supplied.length === 0) return { count: null, instances: true };
  return { count: supplied.reduce((a, b) => a + b, 0), instances: true };
}

export interface ShareSet {
  /** Sorted by count, highest first; ties in campaign declaration order. */
  list: ShareItem[];
  /** Every declared id, count null when the area has no figure. */
  lookup: Record<string, ShareItem>;
}

function shareSet(items: ShareItem[]): ShareSet {
  return { list: sortItems(items), lookup: Object.fromEntries(items.map((i) => [i.id, i])) };
}

/**
 * Every platform the campaign declares, with count and share of `method_recorded`.
 * @example platformShares({ method_recorded: 956, platforms: { facebook: 312 } }, campaign).lookup.facebook.share // 0.326...
 */
export function platformShares(counts: FigureCounts, campaign: Campaign): ShareSet {
  const items = Object.entries(campaign.platforms).map(([id, name]) =>
    shareItem(id, name, counts.platforms?.[id] ?? null, counts.method_recorded ?? null, campaign.suppress_below),
  );
  return shareSet(items);
}

/**
 * Every group the campaign declares, with count (de-duplicated or instances) and share.
 * @example groupShares({ method_recorded: 100, groups: { meta: 52 } }, campaign).lookup.meta.share // 0.52
 */
export function groupShares(counts: FigureCounts, campaign: Campaign): ShareSet {
  const items = Object.entries(campaign.groups).map(([id, def]) => {
    const { count, instances } = groupCount(counts, id, def.members);
    return shareItem(id, def.name, count, counts.method_recorded ?? null, campaign.suppress_below, instances);
  });
  return shareSet(items);
}

/**
 * The platform with the highest count (first declared on a tie), and whether others tie
 * with it; null when no platform has a count above zero.
 * @example topPlatform(sorted) // { item: facebook, joint: false }
 */
export function topPlatform(sorted: ShareItem[]): { item: ShareItem; joint: boolean } | null {
  const first = sorted[0];
  if (!first || first.count === null || first.count <= 0) return null;
  return { item: first, joint: sorted[1]?.count === first.count };
}
