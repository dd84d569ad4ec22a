/**
 * Rounding and digit formatting without binary floating-point surprises:
 * 1.005 rounded to two places is 1.01 here, not 1.00 as Math.round(1.005 * 100) / 100 gives.
 */
import type { Style } from './style.ts';

/** Drops float noise at 12 significant figures: dropNoise(0.1 + 0.2) === 0.3. */
export function dropNoise(x: number): number {
  return Number(x.toPrecision(12));
}

/** Half-up rounding to `dp` decimal places: roundTo(32.55, 1) === 32.6. */
export function roundTo(x: number, dp: number): number {
  // Float noise is dropped before the decimal shift.
  const clean = dropNoise(x);
  const text = String(clean);
  if (text.includes('e')) return Math.round(clean * 10 ** dp) / 10 ** dp;
  return Number(`${Math.round(Number(`${text}e${dp}`))}e${-dp}`);
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
  const rounded = roundTo(x, Math.max(dp, 0));
  const [whole = '0', fractional = ''] = Math.abs(rounded).toFixed(Math.max(dp, 0)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, style.thousandsSeparator);
  const sign = rounded < 0 ? '-' : '';
  return /^0*$/.test(fractional) ? sign + grouped : `${sign}${grouped}${style.decimalMark}${fractional}`;
}
