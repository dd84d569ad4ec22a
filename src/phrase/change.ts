/**
 * Change between two counts as a verb phrase that completes "the number of cases ___":
 * 100 → 123 "rose by 23 per cent"; 126 → 428 "more than trebled"; 100 → 88 "fell by 12
 * per cent"; 10 → 5 "halved"; equal "was unchanged".
 *
 * Rises of 90 per cent or more are multiples (clearer than "rose by 240 per cent"):
 * the nearest whole multiple, plain only when exact, else "nearly"/"more than".
 * Falls to between 45 and 55 per cent of the start are "halved" the same way.
 * Per cents are whole numbers; one that rounds to 0 or 100 without being it reads
 * "less than 1 per cent" / "more than 99 per cent".
 */
import { fail, nonNegative } from './guard.ts';
import { num } from './num.ts';
import { percentFigure } from './pct.ts';
import { qualify } from './qualify.ts';
import type { Style } from './style.ts';

/** The computed model's Change ({ from, to, ... }); accepted so `force.change | change` works. */
export interface ChangeLike {
  from: number;
  to: number;
}

const MULTIPLE_VERBS: Record<number, string> = { 2: 'doubled', 3: 'trebled', 4: 'quadrupled' };
const MULTIPLES_FROM = 1.9;
const HALVED_BAND = 0.05;

/** "doubled" / "rose fivefold" / "rose 12-fold" for a multiple k. */
function multiple(k: number, style: Style): { verb: string; prefix: string } {
  const verb = MULTIPLE_VERBS[k];
  if (verb) return { verb, prefix: '' };
  const n = num(k, style);
  return { verb: /^\d/.test(n) ? `${n}-fold` : `${n}fold`, prefix: 'rose ' };
}

function rise(to: number, from: number, style: Style): string {
  const ratio = to / from;
  if (ratio < MULTIPLES_FROM) return `rose by ${percentFigure(((to - from) / from) * 100, 0, style)}${style.percentSuffix}`;
  const k = Math.max(2, Math.round(ratio));
  const { verb, prefix } = multiple(k, style);
  // Rates are floats (0.3 / 0.1 is not exactly 3), so "exact" allows for rounding noise.
  const exact = Math.abs(to - k * from) <= 1e-9 * to;
  return prefix + qualify(to, k * from, exact) + verb;
}

function fall(to: number, from: number, style: Style): string {
  if (to === 0) return 'fell to zero';
  const ratio = to / from;
  // A fall to just above half has "nearly halved"; to just below, "more than halved".
  if (Math.abs(ratio - 0.5) <= HALVED_BAND) return qualify(from, 2 * to, false) + 'halved';
  return `fell by ${percentFigure(((from - to) / from) * 100, 0, style)}${style.percentSuffix}`;
}

/** change(428, 126, style) === "more than trebled"; change(123, 100, style) === "rose by 23 per cent". */
export function change(to: number | ChangeLike, from: number | undefined, style: Style): string {
  if (typeof to === 'object' && to !== null && from === undefined) return change(to.to, to.from, style);
  if (typeof to === 'object') throw fail('change', 'a count to compare (e.g. 428 | change(126))', to);
  const now = nonNegative('change', to);
  const before = nonNegative('change (the earlier figure)', from);
  if (now === before) return 'was unchanged';
  if (before === 0) return `rose from zero to ${num(now, style)}`;
  return now > before ? rise(now, before, style) : fall(now, before, style);
}
