/**
 * Plural agreement: "one offence", "21 offences", "no offences". Regular English endings
 * are handled (offence → offences, match → matches, city → cities); give the plural for
 * irregular words: "child" | plural(n, "children").
 */
import { fail, nonNegative, text } from './guard.ts';
import type { Style } from './style.ts';

/** The regular English plural: regularPlural("offence") === "offences", ("inquiry") === "inquiries". */
export function regularPlural(word: string): string {
  if (/(s|x|z|ch|sh)$/i.test(word)) return `${word}es`;
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/** plural("offence", 1, style) === "offence"; plural("offence", 21, style) === "offences"; plural("child", 2, style, "children") === "children". */
export function plural(word: string, n: number, _style: Style, pluralForm?: string): string {
  const singular = text('plural', word);
  const count = nonNegative('plural', n);
  if (pluralForm !== undefined && (typeof pluralForm !== 'string' || pluralForm === '')) {
    throw fail('plural', 'the plural form as text', pluralForm);
  }
  if (count === 1) return singular;
  return pluralForm ?? regularPlural(singular);
}
