/**
 * Shares as the fractions journalists write (the phrasings sample): 0.326 → "a third",
 * 0.198 → "nearly a fifth", 0.524 → "more than half", 0.37 → "more than a third"; with
 * form "one-in" (people: victims, girls) 0.807 → "four in five".
 *
 * A share that matches a fraction at the precision its percentage is written (a fifth is
 * 20.0 per cent, a third is written 33) is that fraction, and so is a share a little
 * above one (under a percentage point): copy rounds down without a hedge. Otherwise the
 * phrase hedges: "nearly" a fraction up to 10 per cent above the share (hedge when
 * rounding up: 19.8 per cent is "nearly a fifth"), or "more than" the one below, whichever
 * is closer. Half and all are sharp lines, plain only when exact. Below a tenth the words
 * form says a whole percentage ("5 per cent"), the one-in form "one in 20".
 */
import { fail, share as checkShare } from './guard.ts';
import { num } from './num.ts';
import { pct } from './pct.ts';
import { roundSig, roundTo } from './round.ts';
import type { Style } from './style.ts';

export type FractionForm = 'words' | 'one-in';
const FORMS: readonly string[] = ['words', 'one-in'];

interface Candidate {
  value: number;
  say: (style: Style) => string;
  /** How far below the fraction "nearly" it may be, as a share of it (0: never "nearly"). */
  nearly: number;
  /** Whether a share a little above reads as the fraction itself (80.7 per cent is "four in five"). */
  roundsDown: boolean;
}

const NEARLY = 0.1;
const word = (value: number, phrase: string, nearly = NEARLY): Candidate => ({ value, say: () => phrase, nearly, roundsDown: true });
const oneIn = (n: number): Candidate => ({ value: 1 / n, say: (style) => `one in ${num(n, style)}`, nearly: NEARLY, roundsDown: true });
const kInN = (k: number, n: number, nearly = NEARLY): Candidate => ({
  value: k / n, say: (style) => `${num(k, style)} in ${num(n, style)}`, nearly, roundsDown: true,
});
/** Half and all are sharp lines (a majority, everyone): plain only when exact. */
const sharp = (c: Candidate, nearly: number): Candidate => ({ ...c, nearly, roundsDown: false });

/** Small shares have no everyday word ("a twentieth"): "one in N". */
const SMALL = [12, 15, 20, 25, 30, 40, 50, 100, 200, 500, 1000].map(oneIn);
const ALL = sharp(word(1, 'all'), 0.05);

/**
 * The fractions copy uses. Two-fifths and three-fifths are said when the share is that,
 * or above it, but never "nearly two-fifths": 37 per cent is "more than a third".
 */
const TABLES: Record<FractionForm, readonly Candidate[]> = {
  words: [
    sharp(word(1 / 2, 'half'), NEARLY), word(1 / 3, 'a third'), word(1 / 4, 'a quarter'), word(1 / 5, 'a fifth'),
    word(1 / 10, 'a tenth'), word(2 / 5, 'two-fifths', 0), word(3 / 5, 'three-fifths', 0), word(2 / 3, 'two-thirds'),
    word(3 / 4, 'three-quarters'), word(4 / 5, 'four-fifths'), kInN(9, 10), ALL, oneIn(6), oneIn(7), oneIn(8),
  ],
  'one-in': [
    sharp(oneIn(2), NEARLY), ...[3, 4, 5, 6, 7, 8, 9, 10].map(oneIn), kInN(2, 5, 0), kInN(3, 5, 0), kInN(2, 3),
    kInN(3, 4), kInN(4, 5), kInN(9, 10), ALL, ...SMALL,
  ],
};

const SMALLEST = 1 / 1000;
/** Below a tenth the words form has no fraction to say: a whole percentage ("5 per cent"). */
const WORDS_FROM = 0.1;

/** True when the fraction's percentage is written exactly at one decimal place (20.0, 12.5, 0.1). */
function terminates(value: number): boolean {
  const tenths = value * 1000;
  return Math.abs(tenths - Math.round(tenths)) < 1e-9;
}

/** Whether share reads as the fraction itself at the precision its percentage is written. */
function matches(share: number, target: number): boolean {
  if (target === 1) return share === 1;
  const sig = terminates(target) ? 3 : 2;
  return roundSig(share * 100, sig) === roundSig(target * 100, sig);
}

/** Whether share is only a little above the fraction: under one percentage point and 5 per cent of it. */
function aLittleAbove(share: number, c: Candidate): boolean {
  const over = share - c.value;
  return c.roundsDown && over > 0 && roundTo(over * 100, 1) < 1 && over < 0.05 * c.value;
}

function closest(share: number, candidates: readonly Candidate[]): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of candidates) if (!best || Math.abs(c.value - share) < Math.abs(best.value - share)) best = c;
  return best;
}

/**
 * The phrase for a share: the fraction itself when it matches or is a little below the
 * share; else "nearly" a fraction just above or "more than" the one below, whichever is
 * closer (on a tie, "more than").
 */
function phrase(share: number, table: readonly Candidate[], style: Style): string | undefined {
  const plain = closest(share, table.filter((c) => matches(share, c.value) || aLittleAbove(share, c)));
  if (plain) return plain.say(style);
  const above = closest(share, table.filter((c) => c.value > share && c.value - share <= c.nearly * c.value + 1e-12));
  const below = closest(share, table.filter((c) => c.value < share));
  if (above && (!below || above.value - share < share - below.value)) return `nearly ${above.say(style)}`;
  return below ? `more than ${below.say(style)}` : undefined;
}

/**
 * fraction(0.326, style) === "a third"; fraction(0.198, style) === "nearly a fifth";
 * fraction(0.807, style, 'one-in') === "four in five"; fraction(0.0468, style) === "5 per cent".
 */
export function fraction(share: number, style: Style, form: FractionForm = 'words'): string {
  const value = checkShare('fraction', share);
  if (!FORMS.includes(form)) throw fail('fraction', 'form "words" or "one-in"', form);
  if (value === 0) return 'none';
  if (form === 'words') {
    const said = value >= WORDS_FROM * (1 - NEARLY) ? phrase(value, TABLES.words, style) : undefined;
    return said ?? pct(value, style, roundTo(value * 100, 0) === 0 ? 1 : 0);
  }
  if (value < SMALLEST) return `fewer than one in ${num(1000, style)}`;
  return phrase(value, TABLES[form], style) ?? `fewer than one in ${num(1000, style)}`;
}
