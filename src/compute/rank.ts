/**
 * Competition ranking ("1224" ranking): equal values share a position and the next
 * position skips, so [10, 20, 20, 5] ranks 3, 1=, 1=, 4. Copy can then say "joint first".
 */
import type { Rank } from './types.ts';

export type Direction = Rank['direction'];

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
  // so equal fractions (1/3 and 2/6) are bit-for-bit equal.
  const better = (a: number, b: number): boolean => (direction === 'highest' ? a > b : a < b);
  return values.map((v) => {
    if (v === null || !Number.isFinite(v)) return null;
    let ahead = 0;
    let equal = 0;
    for (const w of ranked) {
      if (better(w, v)) ahead += 1;
      else if (w === v) equal += 1;
    }
    return { position: ahead + 1, of, joint: equal > 1, direction };
  });
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
