/**
 * Shares as the fractions a press officer would say: 0.326 → "a third", 0.198 → "nearly a
 * fifth", 0.524 → "more than half"; or, with form "one-in", 0.21 → "more than one in five".
 *
 * The share is matched to the nearest fraction in the table below (simplest first on a
 * tie), then qualified: below it "nearly", above it "more than", equal to it plain.
 * "Equal" means the same at the precision the fraction's own percentage is written in:
 * a fifth is exactly 20.0 per cent, so 19.8 per cent is "nearly a fifth"; a third is
 * 33.3… per cent, which copy rounds to 33, so 32.6 per cent is "a third". "all" and
 * "none" are only ever exact. Below one in 1,000 the phrase is "fewer than one in 1,000".
 */
import { fail, share as checkShare } from './guard.ts';
import { num } from './num.ts';
import { qualify } from './qualify.ts';
import { roundSig } from './round.ts';
import type { Style } from './style.ts';

export type FractionForm = 'words' | 'one-in';
const FORMS: readonly string[] = ['words', 'one-in'];

interface Candidate {
  value: number;
  say: (style: Style) => string;
}

const word = (value: number, phrase: string): Candidate => ({ value, say: () => phrase });
const oneIn = (n: number): Candidate => ({ value: 1 / n, say: (style) => `one in ${num(n, style)}` });
const nineInTen: Candidate = { value: 0.9, say: (style) => `nine in ${num(10, style)}` };

/** Everyday fractions above a half, shared by both forms ("one in two" cannot go higher). */
const ABOVE_HALF: readonly Candidate[] = [
  word(3 / 5, 'three-fifths'), word(2 / 3, 'two-thirds'), word(3 / 4, 'three-quarters'),
  word(4 / 5, 'four-fifths'), nineInTen, word(1, 'all'),
];

/** Small shares have no everyday word ("a twentieth"), so both forms say "one in N". */
const SMALL = [12, 15, 20, 25, 30, 40, 50, 100, 200, 500, 1000].map(oneIn);

const TABLES: Record<FractionForm, readonly Candidate[]> = {
  words: [
    word(1 / 2, 'half'), word(1 / 3, 'a third'), word(1 / 4, 'a quarter'), word(1 / 5, 'a fifth'),
    word(1 / 10, 'a tenth'), word(2 / 5, 'two-fifths'), ...ABOVE_HALF,
    oneIn(6), oneIn(7), oneIn(8), ...SMALL,
  ],
  'one-in': [...[2, 3, 4, 5, 6, 7, 8, 9, 10].map(oneIn), ...ABOVE_HALF, ...SMALL],
};

const SMALLEST = 1 / 1000;

/** True when the fraction's percentage is written exactly at one decimal place (20.0, 12.5, 0.1). */
function terminates(value: number): boolean {
  const tenths = value * 1000;
  return Math.abs(tenths - Math.round(tenths)) < 1e-9;
}

/** Whether share reads as the fraction itself (see the module comment). */
function matches(share: number, target: number): boolean {
  if (target === 1) return share === 1;
  const sig = terminates(target) ? 3 : 2;
  return roundSig(share * 100, sig) === roundSig(target * 100, sig);
}

function nearest(share: number, table: readonly Candidate[]): Candidate {
  let best = table[0] as Candidate;
  for (const c of table) if (Math.abs(c.value - share) < Math.abs(best.value - share)) best = c;
  return best;
}

/** fraction(0.326, style) === "a third"; fraction(0.21, style, 'one-in') === "more than one in five". */
export function fraction(share: number, style: Style, form: FractionForm = 'words'): string {
  const value = checkShare('fraction', share);
  if (!FORMS.includes(form)) throw fail('fraction', 'form "words" or "one-in"', form);
  if (value === 0) return 'none';
  if (value < SMALLEST) return `fewer than one in ${num(1000, style)}`;
  const best = nearest(value, TABLES[form]);
  return qualify(value, best.value, matches(value, best.value)) + best.say(style);
}
