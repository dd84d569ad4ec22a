/**
 * Competition ranking ("1224" ranking): equal values share a position and the next
 * position skips, so [10, 20, 20, 5] ranks 3, 1=, 1=, 4. Copy can then say "joint first".
 */
// The copy's rounding rule, shared with every table and chart (compute needs only this pure function of phrase/).
import { hidesAboveNothing, hidesShortOfAll, roundTo } from '../phrase/round.ts';
import type { Rank } from './types.ts';

export type Direction = Rank['direction'];

/**
 * The precision pages show, in decimal places: rates per 100,000 to one place ("9.5"),
 * shares as per cent to one place ("32.6%"; `share` is the same as a fraction, 0.326). Ranks
 * are decided at this precision, so two forces that read the same are joint; the model and
 * the downloads keep the unrounded values.
 */
export const SHOWN_DECIMALS = { rate: 1, percent: 1, share: 3 } as const;

/**
 * A value as it reads on the page, for ranking: the page's own rounding (src/phrase/round.ts,
 * float noise dropped, then half-up), so two forces are joint exactly when the page shows
 * them the same. A share is compared as the per cent the page shows (shownPercent).
 * @example atShownPrecision(9.4697, 1) // 9.5; atShownPrecision(9.45, 1) // 9.5; atShownPrecision(null, 1) // null
 */
export function atShownPrecision(value: number | null, decimals: number): number | null {
  return value === null || !Number.isFinite(value) ? value : readingOf(value, decimals);
}

/**
 * The value as read at `decimals` places, where a value above nothing that rounds to nothing
 * reads "<0.1" (src/charts/format.ts): it ranks above every exact zero, level with every
 * other "<0.1", below 0.1. Half the last place stands for it.
 */
function readingOf(value: number, decimals: number): number {
  return hidesAboveNothing(value, decimals) ? 10 ** -decimals / 2 : roundTo(value, decimals);
}

/**
 * A share (0..1) as the per cent the page shows it, for ranking: 3/80 reads "3.8%", and is
 * ranked as 3.8, not as 3.7 (0.0375 is 0.037499… in binary). A share short of all that rounds
 * to all reads ">99.9%" (src/charts/format.ts): it ranks below every 100%, level with every
 * other ">99.9%", above 99.9; 100 less half the last place stands for it.
 * @example shownPercent(3 / 80) // 3.8; shownPercent(16938 / 16939) // 99.95; shownPercent(null) // null
 */
export function shownPercent(share: number | null): number | null {
  if (share === null || !Number.isFinite(share)) return share;
  const percent = share * 100;
  return hidesShortOfAll(percent, SHOWN_DECIMALS.percent) ? 100 - 10 ** -SHOWN_DECIMALS.percent / 2 : readingOf(percent, SHOWN_DECIMALS.percent);
}

/**
 * Rank the supplied values; null (not supplied, withheld, not rankable) gets no rank and
 * is not counted in `of`.
 * @example competitionRanks([10, 20, 20, 5]) // positions 3, 1 (joint), 1 (joint), 4; of 4
 */
export function competitionRanks(
  values: ReadonlyArray<number | null>,
  direction: Direction = 'highest',
): Array<Rank | null> {
  const ranked = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const of = ranked.length;
  // Exact comparison is deliberate: values are raw counts or correctly rounded quotients,
  // so equal fractions (1/3 and 2/6) are bit-for-bit equal. Sorted once and searched, so
  // ranking 10,000 areas is O(n log n), not O(n²).
  const sorted = Float64Array.from(ranked).sort();
  return values.map((v) => {
    if (v === null || !Number.isFinite(v)) return null;
    const below = countWhile(sorted, (w) => w < v);
    const upTo = countWhile(sorted, (w) => w <= v);
    const equal = upTo - below;
    const ahead = direction === 'highest' ? of - upTo : below;
    return { position: ahead + 1, of, joint: equal > 1, tied: equal, direction };
  });
}

/** How many leading entries of an ascending array satisfy a monotone test (binary search). */
function countWhile(sorted: Float64Array, test: (w: number) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(sorted[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Rank a keyed set of values, returning ranks by key (keys with null values are left out).
 * @example rankBy({ a: 10, b: 20, c: null }).get('b') // { position: 1, of: 2, joint: false, ... }
 */
export function rankBy(
  values: ReadonlyMap<string, number | null> | Record<string, number | null>,
  direction: Direction = 'highest',
): Map<string, Rank> {
  const entries = values instanceof Map ? [...values.entries()] : Object.entries(values);
  const ranks = competitionRanks(entries.map(([, v]) => v), direction);
  const out = new Map<string, Rank>();
  entries.forEach(([key], i) => {
    const r = ranks[i];
    if (r) out.set(key, r);
  });
  return out;
}
