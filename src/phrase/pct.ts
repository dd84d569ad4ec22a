/**
 * Percentages from shares (fractions 0..1, never pre-multiplied by 100).
 * A share that rounds to 0 or to 100 but is not exactly that is written as "less than
 * 0.1 per cent" / "more than 99.9 per cent", so the words never contradict the count.
 */
import { fail, share as checkShare } from './guard.ts';
import { formatDigits, roundTo } from './round.ts';
import type { Style } from './style.ts';

/** A percentage (0..100) at `dp` places: percentFigure(32.6, 1, style) === "32.6"; percentFigure(0.04, 1, style) === "less than 0.1". */
export function percentFigure(percent: number, dp: number, style: Style): string {
  const rounded = roundTo(percent, dp);
  const step = 10 ** -dp;
  if (rounded === 0 && percent > 0) return `less than ${formatDigits(step, dp, style)}`;
  if (rounded === 100 && percent < 100) return `more than ${formatDigits(100 - step, dp, style)}`;
  return formatDigits(rounded, dp, style);
}

/** pct(0.326, style) === "32.6 per cent"; pct(0.2, style) === "20 per cent"; pct(0.524, style, 0) === "52 per cent". */
export function pct(share: number, style: Style, dp = 1): string {
  const value = checkShare('pct', share);
  if (!Number.isInteger(dp) || dp < 0 || dp > 6) throw fail('pct', 'dp (decimal places) from 0 to 6', dp);
  return percentFigure(value * 100, dp, style) + style.percentSuffix;
}
