/**
 * Percentages from shares (fractions, never pre-multiplied by 100): 0.326 → "32.6 per
 * cent". Values above 1 are changes: 2.397 → "239.7 per cent" (the model's
 * `change.percent`). A share that rounds to 0 or to 100 but is not exactly that is written
 * as "less than 0.1 per cent" / "more than 99.9 per cent", so the words never contradict
 * the count. The campaign's style writes "per cent" or "%"; `style` overrides it per call.
 */
import { fail } from './guard.ts';
import { formatDigits, hidesAboveNothing, hidesShortOfAll } from './round.ts';
import type { Style } from './style.ts';

/** The per-call style names and the suffix each writes. */
export const PERCENT_SUFFIX: Readonly<Record<string, string>> = { 'per cent': ' per cent', '%': '%' };

/** A percentage at `dp` places: percentFigure(32.6, 1, style) === "32.6"; percentFigure(0.04, 1, style) === "less than 0.1". */
export function percentFigure(percent: number, dp: number, style: Style): string {
  const step = 10 ** -dp;
  if (hidesAboveNothing(percent, dp)) return `less than ${formatDigits(step, dp, style)}`;
  if (hidesShortOfAll(percent, dp)) return `more than ${formatDigits(100 - step, dp, style)}`;
  return formatDigits(percent, dp, style);
}

/** pct(0.326, style) === "32.6 per cent"; pct(0.524, style, 0) === "52 per cent"; pct(0.524, style, 0, '%') === "52%". */
export function pct(share: number, style: Style, dp = 1, suffixStyle?: string): string {
  if (typeof share !== 'number' || !Number.isFinite(share) || share < 0) {
    throw fail('pct', 'a share of 0 or more (0.326 for 32.6 per cent; above 1 for a rise)', share);
  }
  const value = share;
  if (!Number.isInteger(dp) || dp < 0 || dp > 6) throw fail('pct', 'dp (decimal places) from 0 to 6', dp);
  const suffix = suffixStyle === undefined ? style.percentSuffix : PERCENT_SUFFIX[suffixStyle];
  if (suffix === undefined) throw fail('pct', 'style "per cent" or "%"', suffixStyle);
  return percentFigure(value * 100, dp, style) + suffix;
}
