/**
 * Counts in house style. Whole numbers up to `style.wordsUpTo` are words, larger ones
 * digits with thousands grouped. At a sentence start (capital = true) every whole number
 * up to MAX_WORDS is written in words, as UK press style forbids opening a sentence with
 * digits. Non-whole numbers (rates) are digits rounded to one decimal place.
 */
import { nonNegative } from './guard.ts';
import { fixedDigits, formatDigits, hidesAboveNothing } from './round.ts';
import type { Style } from './style.ts';
import { MAX_WORDS, toWords } from './words.ts';

/** Upper-case the first letter only: ucfirst("nearly a fifth") === "Nearly a fifth". */
export function ucfirst(phrase: string): string {
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

/**
 * num(4, style) === "four"; num(1628, style) === "1,628"; num(18, style, true) === "Eighteen";
 * num(9.45, style) === "9.5"; num(0.011, style) === "less than 0.1" (a rate above nothing never reads "0").
 */
export function num(n: number, style: Style, capital = false): string {
  const value = nonNegative('num', n);
  if (!Number.isInteger(value)) return hidesAboveNothing(value, 1) ? rate(value, style, capital) : formatDigits(value, 1, style);
  if (capital && value <= MAX_WORDS) return ucfirst(toWords(value));
  if (value <= style.wordsUpTo) return toWords(value);
  return formatDigits(value, 0, style);
}

/**
 * A rate per 100,000 in copy: always digits, always one decimal place as the table shows it
 * ("8.0", so never "1 offences per 100,000"), and "less than 0.1" for a rate above nothing
 * that would round to nothing (tables show "<0.1").
 * rate(8, style) === "8.0"; rate(9.45, style) === "9.5"; rate(0.011, style) === "less than 0.1".
 */
export function rate(n: number, style: Style, capital = false): string {
  const value = nonNegative('rate', n);
  if (hidesAboveNothing(value, 1)) return `${capital ? 'L' : 'l'}ess than ${formatDigits(0.1, 1, style)}`;
  return fixedDigits(value, 1, style);
}
