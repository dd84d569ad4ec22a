/**
 * The figures common to a force, a region and the nation (AreaFigures), from raw counts.
 * Suppression is applied here, once, so every share, rate and change built on a withheld
 * count is withheld too. Ranks and share_of_national need every area and are added later.
 */
import { type Campaign, type FigureCounts, isPublishedShare } from '../load/types.ts';
import { change, trendOf } from './change.ts';
import { isAnnual, periodDays, ratePer100k, ratePerYear } from './rate.ts';
import type { MixedBases } from './aggregate.ts';
import { groupShares, platformShares, type ShareSet, shareItem, topPlatform } from './shares.ts';
import { isSuppressed, shown } from './suppress.ts';
import type { AreaFigures, Breakdown, HistoryPoint, PreviousFigures, ShareItem, Trend } from './types.ts';

export interface AreaInput {
  counts: FigureCounts;
  previous: FigureCounts | null;
  history: Record<string, number | null> | null;
  /**
   * What the rate divides: offences over the population they were counted in. For a sum
   * this leaves out forces without a population (BTP) on both sides; null gives no rate.
   */
  rateBasis: { offences: number | null; population: number | null };
  /** Summed totals only: ids whose shares are withheld as not like for like (aggregate.ts mixedBases). */
  mixedBases?: MixedBases;
  /**
   * Summed totals only: false withholds the previous period's platform and group shares (a
   * previous platform sum and a previous method_recorded sum may come from different forces).
   */
  previousShares?: boolean;
}

const mapValues = <T>(record: Record<string, T>, fn: (v: T) => T): Record<string, T> =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fn(v)]));

const withoutShare = (item: ShareItem, withheld: ReadonlySet<string> | undefined): ShareItem =>
  withheld?.has(item.id) ? { ...item, share: null } : item;

/** Every item of a set changed once: the lookup and the sorted list hold the same changed items. */
function mapShareSet(set: ShareSet, fn: (item: ShareItem) => ShareItem): ShareSet {
  const lookup = mapValues(set.lookup, fn);
  return { list: set.list.map((item) => lookup[item.id] ?? item), lookup };
}

function withheldShares(set: ShareSet, withheld: ReadonlySet<string> | undefined): ShareSet {
  if (!withheld || withheld.size === 0) return set;
  return mapShareSet(set, (item) => withoutShare(item, withheld));
}

/**
 * Breakdown shares are of what the breakdown says (`of`): `offences`, every offence of the
 * area (the default: a breakdown giving one category, 72 aged 15 and under of 84, is 86%,
 * never 100%), or `known`, the sum of its supplied categories (victims whose gender is
 * known; with fewer than two categories supplied no share is stated).
 * If any category is withheld, every share in that breakdown is withheld: with the others'
 * counts and shares a reader could work the withheld count out. So are the shares of a
 * summed breakdown whose forces do not all give every category, or do not all give the
 * offences it is a share of (`mixed`).
 * @example breakdowns({ gender: { of: 'known', categories: { girls: 12, boys: 3 } } }, 20)[0].items[0].share // 0.8
 * @example breakdowns({ age: { of: 'offences', categories: { '15-and-under': 72 } } }, 84)[0].items[0].share // 0.857...
 */
export function breakdowns(raw: FigureCounts['breakdowns'], offences: number | null, below?: number, mixed?: ReadonlySet<string>): Breakdown[] {
  return Object.entries(raw ?? {}).map(([id, { of, categories }]) => {
    const entries = Object.entries(categories).map(([k, v]) => [k, v ?? null] as const);
    const supplied = entries.map(([, v]) => v).filter((v): v is number => typeof v === 'number');
    // The known total needs every category's count: one published only as a percentage leaves it unknown.
    const countsOnly = entries.every(([, v]) => !isPublishedShare(v));
    const known = supplied.length < 2 || !countsOnly ? null : supplied.reduce((a, b) => a + b, 0);
    const denominator = of === 'known' ? known : offences;
    const anyWithheld = supplied.some((v) => isSuppressed(v, below)) || (mixed?.has(id) ?? false);
    const items = entries.map(([k, v]) => {
      const item = shareItem(k, k, v, denominator, below);
      return anyWithheld ? { ...item, share: null } : item;
    });
    return { id, of, denominator: anyWithheld || isSuppressed(denominator, below) ? null : denominator, items };
  });
}

/**
 * A history series as a Trend, suppression applied (a withheld point is a gap flagged `suppressed`).
 * @example historyTrend({ '2017/18': 126, '2023/24': 428 })?.change?.ratio // 3.3968...
 */
export function historyTrend(history: Record<string, number | null> | null, below?: number): Trend | null {
  if (!history || Object.keys(history).length === 0) return null;
  const points: HistoryPoint[] = Object.entries(history).map(([period, raw]) => {
    const offences = raw ?? null;
    return isSuppressed(offences, below) ? { period, offences: null, suppressed: true } : { period, offences };
  });
  return trendOf(points);
}

/**
 * The previous period as given: offences, method_recorded, and every platform, group and
 * breakdown it gives, with their shares (of its own method_recorded / offences).
 * @example previousFigures({ offences: 16, method_recorded: 8, platforms: { facebook: 2 } }, campaign).platform.facebook.share // 0.25
 */
export function previousFigures(previous: FigureCounts, campaign: Campaign, shares = true): PreviousFigures {
  const below = campaign.suppress_below;
  const offences = shown(previous.offences, below);
  const all = new Set([...Object.keys(campaign.platforms), ...Object.keys(campaign.groups)]);
  const platforms = withheldShares(platformShares(previous, campaign), shares ? undefined : all);
  const groups = withheldShares(groupShares(previous, campaign), shares ? undefined : all);
  return {
    offences,
    method_recorded: shown(previous.method_recorded, below),
    platforms: platforms.list,
    groups: groups.list,
    platform: platforms.lookup,
    group: groups.lookup,
    breakdowns: breakdowns(previous.breakdowns, offences, below),
  };
}

/**
 * A platform or group this period with the same item in the previous period beside it
 * (`previous_count`, `previous_share`, and `change` in the count), when the previous period
 * gives it; unchanged otherwise.
 */
function againstPrevious(item: ShareItem, before: ShareItem | undefined): ShareItem {
  if (!before || (before.count === null && !before.suppressed)) return item;
  return { ...item, previous_count: before.count, previous_share: before.share, change: change(before.count, item.count) };
}

/**
 * Compute an area's figures (ranks and share of national left for the caller).
 * @example areaFigures({ counts: { offences: 20 }, previous: null, history: null, rateBasis: { offences: 20, population: 794_400 } }, campaign).rate // 2.5176...
 */
export function areaFigures(input: AreaInput, campaign: Campaign): AreaFigures {
  const below = campaign.suppress_below;
  const { counts, previous } = input;
  const offences = shown(counts.offences, below);
  const prev = previous ? previousFigures(previous, campaign, input.previousShares ?? true) : null;
  const current = withheldShares(platformShares(counts, campaign), input.mixedBases?.platforms);
  const currentGroups = withheldShares(groupShares(counts, campaign), input.mixedBases?.groups);
  // Each platform and group beside its previous figures, once for both the list and the lookup.
  const platforms = prev ? mapShareSet(current, (i) => againstPrevious(i, prev.platform[i.id])) : current;
  const groups = prev ? mapShareSet(currentGroups, (i) => againstPrevious(i, prev.group[i.id])) : currentGroups;
  const top = topPlatform(platforms.list);
  const suppressed = {
    offences: isSuppressed(counts.offences, below),
    method_recorded: isSuppressed(counts.method_recorded, below),
  };
  const figures: AreaFigures = {
    offences,
    method_recorded: shown(counts.method_recorded, below),
    platforms: platforms.list,
    groups: groups.list,
    platform: platforms.lookup,
    group: groups.lookup,
    top_platform: top?.item ?? null,
    top_platform_joint: top?.joint ?? false,
    youngest_victim_age: counts.youngest_victim_age ?? null,
    breakdowns: breakdowns(counts.breakdowns, shown(counts.offences, below), below, input.mixedBases?.breakdowns),
    change: prev ? change(prev.offences, offences) : null,
    previous: prev,
    trend: historyTrend(input.history, below),
    rate: offences === null ? null : ratePer100k(shown(input.rateBasis.offences, below), input.rateBasis.population),
    share_of_national: null,
  };
  figures.rate_population = figures.rate === null ? null : input.rateBasis.population;
  const days = periodDays(campaign.period);
  figures.rate_period_days = days;
  figures.rate_is_annual = isAnnual(days);
  figures.rate_per_year = ratePerYear(figures.rate, days);
  if (below !== undefined) figures.suppressed = suppressed;
  return figures;
}
