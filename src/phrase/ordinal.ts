/**
 * Ordinals in house style: words up to `style.wordsUpTo` ("second", "ninth"), digits with
 * a suffix above it ("12th", "21st", "112th").
 */
import { wholeNumber } from './guard.ts';
import { formatDigits } from './round.ts';
import type { Style } from './style.ts';
import { toOrdinalWords } from './words.ts';

/** "st", "nd", "rd" or "th": 11, 12 and 13 take "th" (11th), 21 takes "st". */
function suffix(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return 'th';
  return ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
}

/** ordinal(2, style) === "second"; ordinal(12, style) === "12th"; ordinal(21, style) === "21st". */
export function ordinal(n: number, style: Style): string {
  const value = wholeNumber('ordinal', n, 1);
  if (value <= style.wordsUpTo) return toOrdinalWords(value);
  return formatDigits(value, 0, style) + suffix(value);
}
