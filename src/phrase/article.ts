/**
 * "a" or "an" by sound, not spelling: "an 18 per cent rise", "an 11-year-old", "an eight",
 * "a 12th", "a one-off", "an FOI request", "a UK force", "an hour".
 *
 * Digits are read aloud: a number starts with a vowel sound when its first spoken word is
 * "eight", "eleven", "eighteen" or "eighty…" (8, 11, 18, 80–89, 800–899, 8,000–8,999,
 * 11,000, 18,000, 80,000–89,999, 8 million…).
 */
import { text } from './guard.ts';
import type { Style } from './style.ts';

/** Words spelt with a vowel but said with a consonant (a one, a user, a European). */
const CONSONANT_SOUND = /^(one\b|once\b|u[bcfjkrstv][aeiou]|uni(?![nm])|eu|ewe)/i;
/** Words spelt with a consonant but said with a vowel (an hour, an honest). */
const VOWEL_SOUND = /^(hour|honest|honou?r|heir)/i;
/** Letters said with a vowel sound when spelt out in initialisms: an FOI, an MP, an NHS. */
const VOWEL_LETTERS = 'AEFHILMNORSX';

/** Whether a number (digits, maybe grouped) starts with a vowel sound when read aloud. */
function numberTakesAn(digits: string): boolean {
  // The leading group of three digits, read from the text: a number too long for a double
  // (over 308 digits) made the old `while (lead >= 1000)` loop on Infinity for ever.
  const plain = digits.replace(/,/g, '').replace(/^0+(?=\d)/, '');
  const lead = Number(plain.slice(0, plain.length % 3 || 3));
  if (lead >= 100) return Math.floor(lead / 100) === 8;
  return lead === 8 || lead === 11 || lead === 18 || (lead >= 80 && lead <= 89);
}

/** Whether the first word of a phrase starts with a vowel sound. */
function takesAn(phrase: string): boolean {
  const start = phrase.replace(/^[^\p{L}\p{N}]+/u, '');
  const digits = /^\d[\d,]*/.exec(start);
  if (digits) return numberTakesAn(digits[0]);
  const firstWord = /^[\p{L}']+/u.exec(start)?.[0] ?? '';
  if (firstWord.length > 1 && firstWord === firstWord.toUpperCase() && /^[A-Z]+$/.test(firstWord)) {
    return VOWEL_LETTERS.includes(firstWord[0] as string);
  }
  if (VOWEL_SOUND.test(start)) return true;
  if (CONSONANT_SOUND.test(start)) return false;
  return /^[aeiou]/i.test(start);
}

/** article("18 per cent", style) === "an 18 per cent"; article("12th", style) === "a 12th". */
export function article(phrase: string, _style: Style): string {
  const value = text('article', phrase);
  return `${takesAn(value) ? 'an' : 'a'} ${value}`;
}
