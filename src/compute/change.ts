/** Change between two periods, and trends over a `history` series. */
import type { Change, HistoryPoint, HistorySpan, Trend } from './types.ts';

/**
 * Change from one count to another; null when either is not supplied.
 * `ratio` and `percent` are null when `from` is 0 (no meaningful multiple of nothing).
 * @example change(100, 123) // { from: 100, to: 123, absolute: 23, ratio: 1.23, percent: 0.23 }
 */
export function change(from: number | null | undefined, to: number | null | undefined): Change | null {
  if (from === null || from === undefined || to === null || to === undefined) return null;
  const absolute = to - from;
  return {
    from,
    to,
    absolute,
    ratio: from === 0 ? null : to / from,
    percent: from === 0 ? null : absolute / from,
  };
}

/**
 * A trend over a period → offences series, points in the order given (the YAML order).
 * Nulls stay in `points` as gaps, are skipped when picking the first and last supplied
 * points, and set `has_gaps`. Returns null for an absent or empty series.
 * @example trend({ '2017/18': 126, '2018/19': null, '2019/20': 428 }).change.ratio // 3.3968...
 */
export function trend(history: Record<string, number | null> | null | undefined): Trend | null {
  if (!history) return null;
  const points: HistoryPoint[] = Object.entries(history).map(([period, offences]) => ({
    period,
    offences: offences ?? null,
  }));
  if (points.length === 0) return null;
  return trendOf(points);
}

/**
 * Trend from points already built (e.g. summed or suppressed points).
 * @example trendOf([{ period: 'a', offences: 1 }, { period: 'b', offences: 2 }]).change.absolute // 1
 */
export function trendOf(points: HistoryPoint[]): Trend {
  const supplied = points.filter((p) => p.offences !== null);
  const first = supplied.length >= 2 ? (supplied[0] ?? null) : null;
  const last = supplied.length >= 2 ? (supplied[supplied.length - 1] ?? null) : null;
  const spans = lastPeriods(points);
  return {
    points,
    first,
    last,
    change: first && last ? change(first.offences, last.offences) : null,
    has_gaps: points.some((p) => p.offences === null),
    total: spans[points.length]?.offences ?? (points.length === 1 ? (points[0]?.offences ?? null) : null),
    last_periods: spans,
  };
}

/**
 * Totals across the last 2..n periods ("over two years"); a span with a gap has no total.
 * @example lastPeriods([{ period: 'a', offences: 1 }, { period: 'b', offences: 2 }])[2] // { from: 'a', to: 'b', periods: 2, offences: 3, share_of_national: null }
 */
export function lastPeriods(points: HistoryPoint[]): Record<number, HistorySpan> {
  const out: Record<number, HistorySpan> = {};
  const to = points[points.length - 1];
  let sum: number | null = 0;
  for (let k = 1; k <= points.length; k++) {
    const p = points[points.length - k]!;
    sum = sum === null || p.offences === null ? null : sum + p.offences;
    if (k >= 2 && to) out[k] = { from: p.period, to: to.period, periods: k, offences: sum, share_of_national: null };
  }
  return out;
}
