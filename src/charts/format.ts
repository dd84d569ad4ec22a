/**
 * Number formats for chart labels, descriptions and tables, and for the site's tables
 * (src/site/format.ts adds the dash for "not supplied"): numerals and "%", as space is
 * short in a chart or a table cell; the release copy's words come from src/phrase.
 */
import type { Rank } from '../compute/types.ts';
import { ucfirst } from '../phrase/num.ts';
import { ordinal as phraseOrdinal } from '../phrase/ordinal.ts';
import { rankPlace } from '../phrase/rank.ts';
import { fixedDigits, hidesAboveNothing, hidesShortOfAll } from '../phrase/round.ts';
import { defaultStyle, type Style } from '../phrase/style.ts';

// Digits are rounded by the copy's one rule (src/phrase/round.ts: float noise dropped, then
// half-up), so a chart label, a table cell and a sentence show the same figure: 23/80 is
// "28.8%" here as it is "28.8 per cent" in the copy (toFixed and Intl.NumberFormat round the
// binary value 28.749999… down). Charts and tables write numerals: ",", "." and "%".
const numerals = defaultStyle;

/** Whole number with thousands separators. Example: `count(1628)` → "1,628". */
export function count(n: number): string {
  return fixedDigits(n, 0, numerals);
}

/**
 * A 0..1 fraction as a percentage, one decimal place or a published share's own precision.
 * A share above nothing that rounds to nothing reads "<0.1%", never "0.0%" (which says none),
 * as the copy says "less than 0.1 per cent"; a share short of all that rounds to all reads
 * ">99.9%", never "100.0%" (which says every one), as the copy says "more than 99.9 per cent".
 * Example: `pct(0.326)` → "32.6%"; `pct(0.2875)` → "28.8%"; `pct(0.48, 0)` → "48%"; `pct(0.0004)` → "<0.1%"; `pct(0.99996)` → ">99.9%".
 */
export function pct(share: number, decimals = 1): string {
  if (hidesAboveNothing(share * 100, decimals)) return `<${fixedDigits(10 ** -decimals, decimals, numerals)}%`;
  if (hidesShortOfAll(share * 100, decimals)) return `>${fixedDigits(100 - 10 ** -decimals, decimals, numerals)}%`;
  return `${fixedDigits(share * 100, decimals, numerals)}%`;
}

/**
 * A rate per 100,000, one decimal place; above nothing but under 0.05 it reads "<0.1" (one
 * offence among 9 million people is not a rate of none).
 * Example: `rate(19.449)` → "19.4"; `rate(9.45)` → "9.5"; `rate(0.011)` → "<0.1"; `rate(0)` → "0.0".
 */
export function rate(n: number): string {
  return hidesAboveNothing(n, 1) ? '<0.1' : fixedDigits(n, 1, numerals);
}

// The copy's ordinals (src/phrase/ordinal.ts), always in figures: no words in a chart.
const inFigures: Style = { ...defaultStyle, wordsUpTo: 0 };

/** English ordinal in figures. Example: `ordinal(12)` → "12th", `ordinal(2)` → "2nd", `ordinal(1012)` → "1,012th". */
export function ordinal(n: number): string {
  return phraseOrdinal(n, inFigures);
}

/** A rank as a chart label. Example: `rankLabel({position: 3, of: 39, joint: true, direction: 'highest'})` → "joint 3rd highest of 39"; position 1 → "highest of 39". */
export function rankLabel(rank: Rank): string {
  // The copy's rule (src/phrase/rank.ts): the last place is "lowest of 5", never "5th highest of 5".
  return `${rankPlace(rank, ordinal)} of ${count(rank.of)}`;
}

/** A name as a label standing on its own. Example: `label('the British Transport Police network')` → "The British Transport Police network". */
export const label = ucfirst;

/** Round to two decimal places, for stable SVG coordinates. Example: `r2(15.23809)` → 15.24. */
export function r2(n: number): number {
  return Math.round(n * 100) / 100 + 0; // + 0 turns -0 into 0
}

/** Split text into lines of at most `max` characters, at spaces. Example: `wrap('a b c', 3)` → ["a b", "c"]. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  return line ? [...lines, line] : lines;
}
