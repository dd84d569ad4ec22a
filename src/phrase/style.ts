/**
 * House style as data (the d3-format "locale" idea): every phrase function takes a Style
 * and reads its choices from here, so a campaign can switch "per cent" to "%" or words up
 * to ten without any `if (style...)` spread through the code.
 */
import { PhraseError } from '../errors.ts';
import type { StyleOverrides } from '../load/types.ts';

export interface Style {
  /** Whole numbers from zero up to this are written in words: 4 → "four", 20 → "20". */
  readonly wordsUpTo: number;
  /** Written after a percentage figure: " per cent" → "32.6 per cent", "%" → "32.6%". */
  readonly percentSuffix: string;
  /** Between list items but the last two: "Facebook, Instagram". */
  readonly listSeparator: string;
  /** Before the last item of a list of three or more: " and " (no Oxford comma) or ", and ". */
  readonly listLastSeparator: string;
  /** Between the items of a list of two (never an Oxford comma). */
  readonly listPairSeparator: string;
  /** Groups thousands: 1628 → "1,628". */
  readonly thousandsSeparator: string;
  readonly decimalMark: string;
  /** January first. */
  readonly months: readonly string[];
  /** Sunday first, as Date#getUTCDay counts. */
  readonly weekdays: readonly string[];
  /** A rise to three times: "tripled" (most outlets) or "trebled". */
  readonly tripled: 'tripled' | 'trebled';
}

/** The house style: words up to nine, "per cent", UK dates, no Oxford comma, "tripled". */
export const defaultStyle: Style = Object.freeze({
  wordsUpTo: 9,
  percentSuffix: ' per cent',
  listSeparator: ', ',
  listLastSeparator: ' and ',
  listPairSeparator: ' and ',
  thousandsSeparator: ',',
  decimalMark: '.',
  months: Object.freeze([
    'January', 'February', 'March', 'April', 'May', 'June',
    'July', 'August', 'September', 'October', 'November', 'December',
  ]),
  weekdays: Object.freeze(['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']),
  tripled: 'tripled',
});

const PERCENT_SUFFIX: Record<string, string> = { 'per cent': ' per cent', '%': '%' };

/** Merge a campaign's `style:` block over the defaults: resolveStyle({ percent: '%' }).percentSuffix === '%'. */
export function resolveStyle(overrides?: StyleOverrides | null): Style {
  if (overrides == null) return defaultStyle;
  const style: { -readonly [K in keyof Style]: Style[K] } = { ...defaultStyle };
  const { words_up_to, percent, oxford_comma, multiples } = overrides;
  if (words_up_to !== undefined) {
    if (!Number.isInteger(words_up_to) || words_up_to < 0 || words_up_to > 100) {
      throw new PhraseError(`style.words_up_to: expected a whole number from 0 to 100, found ${String(words_up_to)}`);
    }
    style.wordsUpTo = words_up_to;
  }
  if (percent !== undefined) {
    const suffix = PERCENT_SUFFIX[percent];
    if (suffix === undefined) {
      throw new PhraseError(`style.percent: expected "per cent" or "%", found ${JSON.stringify(percent)}`);
    }
    style.percentSuffix = suffix;
  }
  if (oxford_comma !== undefined) {
    if (typeof oxford_comma !== 'boolean') {
      throw new PhraseError(`style.oxford_comma: expected true or false, found ${JSON.stringify(oxford_comma)}`);
    }
    style.listLastSeparator = oxford_comma ? ', and ' : ' and ';
  }
  if (multiples !== undefined) {
    if (multiples !== 'tripled' && multiples !== 'trebled') {
      throw new PhraseError(`style.multiples: expected "tripled" or "trebled", found ${JSON.stringify(multiples)}`);
    }
    style.tripled = multiples;
  }
  return Object.freeze(style);
}
