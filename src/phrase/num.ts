/**
 * Counts in house style. Whole numbers up to `style.wordsUpTo` are words, larger ones
 * digits with thousands grouped. At a sentence start (capital = true) every whole number
 * up to MAX_WORDS is written in words, as UK press style forbids opening a sentence with
 * digits. Non-whole numbers (rates) are digits rounded to one decimal place.
 */
import { nonNegative } from './guard.ts';
import { formatDigits } from './round.ts';
import type { Style } from './style.ts';
import { MAX_WORDS, toWords } from './words.ts';

/** Upper-case the first letter only: ucfirst("nearly a fifth") === "Nearly a fifth". */
export function ucfirst(phrase: string): string {
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

/** num(4, style) === "four"; num(1628, style) === "1,628"; num(18, style, true) === "Eighteen". */
export function num(n: number, style: Style, capital = false): string {
  const value = nonNegative('num', n);
  if (!Number.isInteger(value)) return formatDigits(value, 1, style);
  if (capital && value <= MAX_WORDS) return ucfirst(toWords(value));
  if (value <= style.wordsUpTo) return toWords(value);
  return formatDigits(value, 0, style);
}
