/**
 * Input checks shared by every filter. A template mistake (a missing field, a count where
 * a share was meant) must fail the build with the filter's name and the value, never
 * print "NaN per cent".
 */
import { PhraseError } from '../errors.ts';

/** How a bad value reads in an error message: NaN, undefined, "text", [1,2]. */
export function show(value: unknown): string {
  if (value === undefined) return 'undefined (a missing value?)';
  if (typeof value === 'number' || typeof value === 'bigint' || value === null) return String(value);
  if (value instanceof Date) return `Date(${Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString()})`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** PhraseError("pct: expected a fraction between 0 and 1, found NaN"). */
export function fail(filter: string, expected: string, value: unknown): PhraseError {
  return new PhraseError(`${filter}: expected ${expected}, found ${show(value)}`);
}

/** A finite number >= 0 (counts, rates), else a PhraseError. */
export function nonNegative(filter: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw fail(filter, 'a number of 0 or more', value);
  }
  return value;
}

/** A whole number >= min, else a PhraseError. */
export function wholeNumber(filter: string, value: unknown, min = 0): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw fail(filter, `a whole number of ${min} or more`, value);
  }
  return value;
}

/** A share: a fraction from 0 to 1 (0.326, not 32.6). */
export function share(filter: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
    throw fail(filter, 'a fraction between 0 and 1', value);
  }
  return value;
}

/** A non-empty string. */
export function text(filter: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') throw fail(filter, 'some text', value);
  return value;
}
