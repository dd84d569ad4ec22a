/**
 * Change between two counts, as journalists say it (the phrasings sample). The default
 * form completes "the number of cases ___":
 *   100 → 123 "rose by 23 per cent"; 53 → 97 "nearly doubled"; 37 → 84 "more than doubled";
 *   114 → 274 "rose by 140 per cent"; 126 → 428 "more than tripled"; 64 → 252 "quadrupled";
 *   100 → 88 "fell by 12 per cent"; 10 → 5 "halved"; equal "was unchanged".
 *
 * Rules: rises under 80 per cent are percentages. From 0.9 of a multiple (2, 3 or 4) up to
 * it, "nearly" the multiple ("nearly doubled" from 80 per cent); exact, the multiple; up to
 * 1.2 times it, "more than" the multiple. A rise between those bands (×2.4 to ×2.7, or past
 * ×4.8) is a percentage again: 58 → 145 "rose by 150 per cent", never a hedge that far from
 * its multiple. Within 2 per cent under a multiple of three or four, copy says the
 * multiple plain (64 → 252 "quadrupled"); doubling is only plain when exact.
 * Falls: percentages, and "halved" (nearly/more than) for a fall to 45–55 per cent.
 * Per cents are whole numbers; one that rounds to 0 or 100 without being it reads
 * "less than 1 per cent" / "more than 99 per cent".
 *
 * Forms: 'verb' (above), 'perfect' ("has risen by 23 per cent", "has more than doubled"),
 * 'noun' ("a rise of 23 per cent", "more than a doubling", "a fall of 12 per cent").
 * Tripled or trebled follows the style (`multiples`), or the `verb` argument.
 */
import { fail, nonNegative } from './guard.ts';
import { num } from './num.ts';
import { percentFigure } from './pct.ts';
import { qualify, type Qualifier } from './qualify.ts';
import type { Style } from './style.ts';

/** The computed model's Change ({ from, to, ... }); accepted so `force.change | change` works. */
export interface ChangeLike {
  from: number;
  to: number;
}

export type ChangeForm = 'verb' | 'perfect' | 'noun';
export const CHANGE_FORMS: readonly ChangeForm[] = ['verb', 'perfect', 'noun'];
export const MULTIPLE_WORDS: readonly string[] = ['tripled', 'trebled'];

/** Below this ratio a rise is a percentage. */
const NEARLY_FROM = 0.9;
const MORE_THAN_UP_TO = 1.2;
/** Within this share under a multiple of three or more, the multiple is said plain. */
const PLAIN_BELOW = 0.02;
const HALVED_BAND = 0.05;

/** How each form says the phrase parts. */
interface Words {
  rose: (amount: string) => string;
  fell: (amount: string) => string;
  multiple: (hedge: string, k: number) => string;
  halved: (hedge: string) => string;
  unchanged: string;
  toZero: string;
  fromZero: (to: string) => string;
}

const VERBS: Record<number, [string, string, string]> = {
  // past, perfect participle, noun
  2: ['doubled', 'doubled', 'doubling'],
  3: ['tripled', 'tripled', 'tripling'],
  4: ['quadrupled', 'quadrupled', 'quadrupling'],
};

function multipleWord(k: number, column: 0 | 1 | 2, treble: boolean): string {
  const word = VERBS[k]![column];
  return treble ? word.replace('tripl', 'trebl') : word;
}

function words(form: ChangeForm, treble: boolean): Words {
  if (form === 'perfect') {
    return {
      rose: (a) => `has risen by ${a}`, fell: (a) => `has fallen by ${a}`,
      multiple: (h, k) => `has ${h}${multipleWord(k, 1, treble)}`, halved: (h) => `has ${h}halved`,
      unchanged: 'is unchanged', toZero: 'has fallen to zero', fromZero: (to) => `has risen from zero to ${to}`,
    };
  }
  if (form === 'noun') {
    return {
      rose: (a) => `a rise of ${a}`, fell: (a) => `a fall of ${a}`,
      multiple: (h, k) => `${h}a ${multipleWord(k, 2, treble)}`, halved: (h) => `${h}a halving`,
      unchanged: 'no change', toZero: 'a fall to zero', fromZero: (to) => `a rise from zero to ${to}`,
    };
  }
  return {
    rose: (a) => `rose by ${a}`, fell: (a) => `fell by ${a}`,
    multiple: (h, k) => `${h}${multipleWord(k, 0, treble)}`, halved: (h) => `${h}halved`,
    unchanged: 'was unchanged', toZero: 'fell to zero', fromZero: (to) => `rose from zero to ${to}`,
  };
}

function percent(to: number, from: number, style: Style): string {
  return `${percentFigure((Math.abs(to - from) / from) * 100, 0, style)}${style.percentSuffix}`;
}

/** The multiple a rise is said as, with its hedge, or undefined for a percentage. */
export function riseMultiple(ratio: number): { k: number; hedge: Qualifier } | undefined {
  for (const k of [2, 3, 4]) {
    // Rates are floats (0.3 / 0.1 is not exactly 3), so "exact" allows for rounding noise.
    if (Math.abs(ratio - k) <= 1e-9 * k) return { k, hedge: '' };
    if (ratio < k && ratio >= NEARLY_FROM * k) {
      return { k, hedge: k >= 3 && ratio >= (1 - PLAIN_BELOW) * k ? '' : 'nearly ' };
    }
    if (ratio > k && ratio <= MORE_THAN_UP_TO * k && !(k < 4 && ratio >= NEARLY_FROM * (k + 1))) return { k, hedge: 'more than ' };
  }
  return undefined;
}

function rise(to: number, from: number, style: Style, w: Words): string {
  const m = riseMultiple(to / from);
  return m ? w.multiple(m.hedge, m.k) : w.rose(percent(to, from, style));
}

function fall(to: number, from: number, style: Style, w: Words): string {
  if (to === 0) return w.toZero;
  // A fall to just above half has "nearly halved"; to just below, "more than halved".
  if (Math.abs(to / from - 0.5) <= HALVED_BAND) return w.halved(qualify(from, 2 * to, false));
  return w.fell(percent(to, from, style));
}

/**
 * change(428, 126, style) === "more than tripled"; change(123, 100, style) === "rose by 23 per cent";
 * change(123, 100, style, 'noun') === "a rise of 23 per cent"; change(274, 114, style, 'perfect') === "has risen by 140 per cent".
 */
export function change(to: number | ChangeLike, from: number | undefined, style: Style, form: ChangeForm = 'verb', verb?: string): string {
  if (typeof to === 'object' && to !== null && from === undefined) return change(to.to, to.from, style, form, verb);
  if (typeof to === 'object') throw fail('change', 'a count to compare (e.g. 428 | change(126))', to);
  if (!CHANGE_FORMS.includes(form)) throw fail('change', `form ${CHANGE_FORMS.map((f) => `"${f}"`).join(', ')}`, form);
  if (verb !== undefined && !MULTIPLE_WORDS.includes(verb)) throw fail('change', 'verb "tripled" or "trebled"', verb);
  const now = nonNegative('change', to);
  const before = nonNegative('change (the earlier figure)', from);
  const w = words(form, (verb ?? style.tripled) === 'trebled');
  if (now === before) return w.unchanged;
  if (before === 0) return w.fromZero(num(now, style));
  return now > before ? rise(now, before, style, w) : fall(now, before, style, w);
}
