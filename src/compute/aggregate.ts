/**
 * Region and national totals as sums of the responding forces' raw counts.
 * Rules (null = not supplied, never zero):
 * - offences, method_recorded, each platform, each breakdown category: the sum of the
 *   supplied figures; null when no force supplies one.
 * - a group: the sum of the forces' de-duplicated counts only when every force gives one;
 *   otherwise left out, so the group becomes the member sum of the summed platforms
 *   (flagged as instances) — see shares.ts groupCount.
 * - youngest victim age: the minimum supplied.
 * - previous: like for like — a previous total only when every force that supplies the
 *   current figure also supplies the previous one (else a change would be inflated).
 * - history: per period, the sum over forces that have a history, null (a gap) when any
 *   of them lacks that period.
 */
import type { Figure, FigureCounts, ForceFigures } from '../load/types.ts';

/** A count, or a published percentage (no count: a sum leaves it out, and its shares are then withheld). */
type Num = Figure;
const given = (n: Num): n is number => typeof n === 'number';

/**
 * Sum of the supplied values; null when none is supplied.
 * @example sumSupplied([95, 88, 57]) // 240; sumSupplied([null, undefined]) // null
 */
export function sumSupplied(values: Num[]): number | null {
  const supplied = values.filter(given);
  return supplied.length === 0 ? null : supplied.reduce((a, b) => a + b, 0);
}

/** Keys in order of first appearance across the records. */
function keysOf(records: Array<Record<string, unknown> | undefined>): string[] {
  const keys = new Set<string>();
  for (const r of records) for (const k of Object.keys(r ?? {})) keys.add(k);
  return [...keys];
}

function sumRecords(records: Array<Record<string, Num> | undefined>): Record<string, number | null> {
  return Object.fromEntries(keysOf(records).map((k) => [k, sumSupplied(records.map((r) => r?.[k]))]));
}

/**
 * Sum the counts of several areas (the responding forces of a region or the nation).
 * @example sumCounts([{ offences: 95 }, { offences: 88 }, { offences: 57 }]).offences // 240
 */
export function sumCounts(list: FigureCounts[]): FigureCounts {
  const groups: Record<string, number> = {};
  for (const id of keysOf(list.map((c) => c.groups))) {
    const values = list.map((c) => c.groups?.[id]);
    if (list.length > 0 && values.every(given)) groups[id] = values.reduce((a, b) => a + b, 0);
  }
  const ages = list.map((c) => c.youngest_victim_age).filter(given);
  const breakdownIds = keysOf(list.map((c) => c.breakdowns));
  return {
    offences: sumSupplied(list.map((c) => c.offences)),
    method_recorded: sumSupplied(list.map((c) => c.method_recorded)),
    platforms: sumRecords(list.map((c) => c.platforms)),
    groups,
    youngest_victim_age: ages.length === 0 ? null : Math.min(...ages),
    breakdowns: Object.fromEntries(breakdownIds.map((id) => {
      const parts = list.map((c) => c.breakdowns?.[id]);
      // Forces that disagree on what the shares are of are not like for like (mixedBases withholds the shares).
      const of = parts.find((b) => b !== undefined)?.of ?? 'offences';
      return [id, { of, categories: sumRecords(parts.map((b) => b?.categories)) }];
    })),
  };
}

/** Like-for-like sum of a previous-period figure: only when every force giving it now gave it then. */
function likeForLike(forces: ForceFigures[], now: (f: FigureCounts) => Num, then: (f: FigureCounts) => Num): number | null {
  const current = forces.filter((f) => given(now(f)));
  if (current.length === 0) return null;
  const previous = current.map((f) => (f.previous ? then(f.previous) : undefined));
  return previous.every(given) ? previous.reduce((a, b) => a + b, 0) : null;
}

/**
 * The previous-period totals of responding forces, like for like (a force that gives a
 * figure now must give it for the previous period too, or the change would be inflated);
 * null when there is none. Platforms and de-duplicated groups follow the same rule;
 * previous breakdowns are not summed (a force's own are in its figures).
 * @example sumPrevious([{ offences: 10, previous: { offences: 8 } }]) // { offences: 8, method_recorded: null }
 */
export function sumPrevious(forces: ForceFigures[]): FigureCounts | null {
  const offences = likeForLike(forces, (f) => f.offences, (f) => f.offences);
  const method_recorded = likeForLike(forces, (f) => f.method_recorded, (f) => f.method_recorded);
  const pick = (key: 'platforms' | 'groups') => {
    const ids = keysOf(forces.map((f) => f.previous?.[key]));
    const sums = ids.map((id) => [id, likeForLike(forces, (f) => f[key]?.[id], (f) => f[key]?.[id])] as const);
    return Object.fromEntries(sums.filter(([, n]) => n !== null));
  };
  const platforms = pick('platforms');
  const groups = pick('groups');
  if (offences === null && method_recorded === null && Object.keys(platforms).length === 0 && Object.keys(groups).length === 0) return null;
  const out: FigureCounts = { offences, method_recorded };
  if (Object.keys(platforms).length > 0) out.platforms = platforms;
  if (Object.keys(groups).length > 0) out.groups = groups;
  return out;
}

/**
 * Sum history series period by period; a period missing from any series is a gap (null).
 * @example sumHistory([{ '2017/18': 95 }, { '2017/18': 88 }, { '2017/18': 57 }]) // { '2017/18': 240 }
 */
export function sumHistory(series: Array<Record<string, number | null>>): Record<string, number | null> | null {
  if (series.length === 0) return null;
  return Object.fromEntries(
    keysOf(series).map((period) => {
      const values = series.map((s) => s[period]);
      return [period, values.every(given) ? values.reduce((a, b) => a + b, 0) : null];
    }),
  );
}

/** Ids whose summed shares would pair a numerator and a denominator from different forces. */
export interface MixedBases {
  platforms: Set<string>;
  groups: Set<string>;
  breakdowns: Set<string>;
}

const sameSet = (a: boolean[], b: boolean[]): boolean => a.every((x, i) => x === b[i]);

/**
 * A summed share is like for like only when the forces that supply the count are exactly
 * those that supply its denominator: a force giving Facebook 4 without method_recorded would
 * otherwise inflate the national Facebook share. The counts are still summed; only the
 * shares of these ids are withheld.
 * @example mixedBases([{ platforms: { facebook: 4 } }, { method_recorded: 10, platforms: { facebook: 2 } }], {}).platforms // Set { 'facebook' }
 */
export function mixedBases(list: FigureCounts[], groups: Record<string, { members: readonly string[] }>): MixedBases {
  const denominator = list.map((c) => given(c.method_recorded));
  const platforms = new Set(
    keysOf(list.map((c) => c.platforms)).filter((id) => !sameSet(list.map((c) => given(c.platforms?.[id])), denominator)),
  );
  const groupIds = new Set(
    Object.entries(groups)
      .filter(([id, def]) => {
        const dedup = list.map((c) => given(c.groups?.[id]));
        if (list.length > 0 && dedup.every(Boolean)) return !sameSet(dedup, denominator);
        return def.members.some((m) => platforms.has(m));
      })
      .map(([id]) => id),
  );
  const breakdowns = new Set(
    keysOf(list.map((c) => c.breakdowns)).filter((id) => {
      const parts = list.map((c) => c.breakdowns?.[id]);
      const categories = keysOf(parts.map((b) => b?.categories));
      const gaps = parts.some((b) => b !== undefined && categories.some((k) => !given(b.categories[k])));
      const bases = new Set(parts.flatMap((b) => (b ? [b.of] : [])));
      // Shares of offences: the forces giving the breakdown must be those whose offences are summed.
      const ofOffences = bases.has('offences') && !sameSet(parts.map((b) => b !== undefined), list.map((c) => given(c.offences)));
      return gaps || bases.size > 1 || ofOffences;
    }),
  );
  return { platforms, groups: groupIds, breakdowns };
}
