/**
 * Rounded counts for headlines: two significant figures, qualified so the phrase never
 * contradicts the number. approx(1993) is "nearly 2,000" (1993 < 2000), approx(5112) is
 * "more than 5,100", approx(2000) is plain "2,000"; below 10, one decimal place
 * (approx(0.04) is "more than zero"). Deterministic, unlike tools that pick
 * "almost" or "just under" at random.
 */
import { nonNegative } from './guard.ts';
import { num } from './num.ts';
import { qualify } from './qualify.ts';
import { formatDigits, roundSig, roundTo } from './round.ts';
import type { Style } from './style.ts';

/** approx(1993, style) === "nearly 2,000"; approx(5112, style) === "more than 5,100"; approx(4, style) === "four". */
export function approx(n: number, style: Style): string {
  const value = nonNegative('approx', n);
  // Rates below 10 keep one decimal place (7.25 → "nearly 7.3"); nothing finer is press copy.
  const target = value < 10 ? roundTo(value, 1) : roundSig(value, 2);
  const figure = Number.isInteger(target) ? num(target, style) : formatDigits(target, 1, style);
  return qualify(value, target, false) + figure;
}
