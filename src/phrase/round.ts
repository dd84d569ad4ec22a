/**
 * Rounding and digit formatting without binary floating-point surprises:
 * 1.005 rounded to two places is 1.01 here, not 1.00 as Math.round(1.005 * 100) / 100 gives.
 *
 * The one rule for every figure a reader sees or a rank is decided on: the copy (src/phrase),
 * tables and chart labels (src/charts/format.ts, src/site/format.ts), the rounded columns of
 * figures.csv, `localpress diff`, and ties at shown precision (src/compute/rank.ts). A page
 * can then never print 28.8 per cent in a sentence and 28.7% in the table beside it
 * (23/80 = 0.2875, whose binary value times 100 is 28.749999999999996).
 */
import type { Style } from './style.ts';

/** Drops float noise at 12 significant figures: dropNoise(0.1 + 0.2) === 0.3. */
export function dropNoise(x: number): number {
  return Number(x.toPrecision(12));
}

/**
 * Half-up rounding to `dp` decimal places, halves away from zero: roundTo(32.55, 1) === 32.6,
 * roundTo(-28.75, 1) === -28.8 (a fall of 28.75 per cent reads as its size does in the copy).
 */
export function roundTo(x: number, dp: number): number {
  if (x < 0) return -roundTo(-x, dp) + 0; // + 0 turns -0 into 0
  const scaled = fastScaled(x, dp);
  if (scaled !== null) return scaled / 10 ** dp + 0; // + 0: -0 in, 0 out
  // Float noise is dropped before the decimal shift.
  const clean = dropNoise(x);
  const text = String(clean);
  if (text.includes('e')) return Math.round(clean * 10 ** dp) / 10 ** dp;
  return Number(`${Math.round(Number(`${text}e${dp}`))}e${-dp}`);
}

/**
 * Math.round(x × 10^dp) for x ≥ 0 when that cannot be a near-half (where float noise decides
 * and the exact path above is needed), else null. The same result as the exact path, about ten
 * times faster; tables and charts format thousands of figures. n / 10^dp is then the nearest
 * double to the decimal, as Number(`${n}e-${dp}`) is (both are correctly rounded).
 */
function fastScaled(x: number, dp: number): number | null {
  if (!(dp >= 0 && dp <= 15 && Number.isInteger(dp))) return null;
  const y = x * 10 ** dp;
  if (!(y < 1e9)) return null;
  const whole = Math.floor(y);
  const frac = y - whole;
  // dropNoise moves x by at most 5e-12 of itself (it keeps 12 figures), and the shift by 10^dp
  // adds a rounding of about 1e-16: outside that window around .5 neither can change the result.
  if (Math.abs(frac - 0.5) <= 1e-11 * y + 1e-9) return null;
  return frac > 0.5 ? whole + 1 : whole;
}

/**
 * A share (0..1) as the per cent a page shows, rounded half-up: roundPercent(23 / 80, 1) === 28.8
 * (not 28.7, as (0.2875 * 100).toFixed(1) gives); roundPercent(3 / 80, 1) === 3.8.
 */
export function roundPercent(share: number, dp: number): number {
  return roundTo(share * 100, dp);
}

/**
 * True when x is above nothing but rounds to nothing at `dp` places: a page must then read
 * "<0.1" or "less than 0.1", never "0.0", which says none.
 * hidesAboveNothing(0.04, 1) === true; hidesAboveNothing(0, 1) === false; hidesAboveNothing(0.05, 1) === false.
 */
export function hidesAboveNothing(x: number, dp: number): boolean {
  return x > 0 && roundTo(x, dp) === 0;
}

/**
 * True when a per cent is short of all but rounds to all (100) at `dp` places: a page must then
 * read ">99.9%" or "more than 99.9 per cent", never "100.0%", which says every one.
 * hidesShortOfAll(99.994, 1) === true; hidesShortOfAll(100, 1) === false; hidesShortOfAll(99.94, 1) === false.
 */
export function hidesShortOfAll(percent: number, dp: number): boolean {
  return percent < 100 && roundTo(percent, dp) === 100;
}

/**
 * A number column's rounding (figures.csv, `localpress diff`): `dp` places, except that a value
 * above nothing that would round to nothing keeps two significant figures. A number column
 * cannot say "<0.1", and must not say 0. roundShown(9.45, 1) === 9.5; roundShown(0.0112, 1) === 0.011.
 */
export function roundShown(x: number, dp: number): number {
  return hidesAboveNothing(x, dp) ? roundSig(x, 2) : roundTo(x, dp);
}

/**
 * A per cent column's rounding (figures.csv): roundShown, and a per cent short of all that would
 * round to 100 keeps the fewest further places at which it does not (99.994 → 99.99), as the
 * page reads ">99.9%". roundShownPercent(28.75, 1) === 28.8; roundShownPercent(99.994, 1) === 99.99.
 */
export function roundShownPercent(percent: number, dp: number): number {
  if (!hidesShortOfAll(percent, dp)) return roundShown(percent, dp);
  for (let places = dp + 1; places <= 12; places++) {
    const rounded = roundTo(percent, places);
    if (rounded < 100) return rounded;
  }
  return percent;
}

/** Half-up rounding to `sig` significant figures: roundSig(1993, 2) === 2000. */
export function roundSig(x: number, sig: number): number {
  if (x === 0) return 0;
  const magnitude = Math.floor(Math.log10(Math.abs(x)));
  return roundTo(x, sig - 1 - magnitude);
}

/** Decimals needed to write x exactly, up to 6: decimalsOf(2.50) === 1. */
export function decimalsOf(x: number): number {
  for (let dp = 0; dp < 6; dp++) if (roundTo(x, dp) === x) return dp;
  return 6;
}

/**
 * Digits with thousands grouped and `dp` decimals; a fractional part of only zeros is
 * dropped ("20", not "20.0") because press copy never writes a trailing ".0".
 * formatDigits(1628, 0, style) === "1,628"; formatDigits(32.55, 1, style) === "32.6".
 */
export function formatDigits(x: number, dp: number, style: Style): string {
  return digitsOf(x, dp, style, false);
}

/**
 * Digits with exactly `dp` decimals, as tables and charts write them so a column lines up;
 * the same rounding as formatDigits: fixedDigits(20, 1, style) === "20.0"; fixedDigits(28.75, 1, style) === "28.8".
 */
export function fixedDigits(x: number, dp: number, style: Style): string {
  return digitsOf(x, dp, style, true);
}

function digitsOf(x: number, dp: number, style: Style, keepZeros: boolean): string {
  const rounded = roundTo(x, Math.max(dp, 0));
  // toFixed of an already rounded value only writes it out: it cannot round it again differently.
  const [whole = '0', fractional = ''] = Math.abs(rounded).toFixed(Math.max(dp, 0)).split('.');
  const grouped = whole.length <= 3 ? whole : whole.replace(/\B(?=(\d{3})+(?!\d))/g, style.thousandsSeparator);
  const sign = rounded < 0 ? '-' : '';
  return !keepZeros && /^0*$/.test(fractional) ? sign + grouped : `${sign}${grouped}${fractional ? style.decimalMark + fractional : ''}`;
}
