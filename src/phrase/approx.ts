/**
 * Rounded counts for headlines, as journalists write them (the phrasings sample,
 * ../shared/data/phrasings-sample.yaml): "more than" a round number below, or "nearly"
 * one just above, never the other way round.
 *
 * The round number is looked for from coarse to fine:
 *  1. one significant figure (3,000, 80, 2,000): "more than" it when the value is at most
 *     6 per cent above (3,171 → "more than 3,000", 84 → "more than 80"); "nearly" it when
 *     the value is within a third of a step below and 13 per cent of it
 *     (1,993 → "nearly 2,000", 37 → "nearly 40", 1,753 → "nearly 2,000");
 *  2. from 100 up, half steps (550, 150, 7,500) by the same test (563 → "more than 550");
 *  3. otherwise two significant figures, the nearest (1,316 → "more than 1,300",
 *     118.4 → "nearly 120").
 * A two-figure number in the same direction replaces the coarse one when it is at least
 * eight times as close (5,112 → "more than 5,100", 12 away rather than 112), as copy then
 * says the figure almost exactly.
 * `sf` fixes the figures, by the same "more than"/"nearly" test: approx(5161, style, 2) →
 * "more than 5,100", approx(3190, style, 2) → "nearly 3,200".
 * Below 1, one decimal place (0.04 → "more than zero"). Deterministic, unlike tools that
 * pick "almost" or "just under" at random.
 */
import { fail, nonNegative } from './guard.ts';
import { num } from './num.ts';
import { qualify } from './qualify.ts';
import { dropNoise as clean, formatDigits, roundSig, roundTo } from './round.ts';
import type { Style } from './style.ts';

/** How far above a round number "more than" it may be, as a share of the value. */
const MORE_THAN_WITHIN = 0.06;
/** How far below a round number "nearly" it may be: a share of the step, and of the number. */
const NEARLY_STEP = 1 / 3;
const NEARLY_WITHIN = 0.13;
/** A finer number replaces the coarse one when it is this many times closer. */
const FINER_WHEN = 8;

/** The round number for value at a step, if copy would use it: 3171 at 1000 → 3000. */
function roundAt(value: number, step: number): number | undefined {
  const below = clean(Math.floor(value / step) * step);
  const above = clean(below + step);
  const down = below > 0 && value - below <= MORE_THAN_WITHIN * value;
  const up = above - value <= NEARLY_STEP * step + 1e-9 && above - value <= NEARLY_WITHIN * above;
  // Both can hold only at fine steps (sf=2: 3,190 is "nearly 3,200", not "more than 3,100").
  if (down && up) return above - value < value - below ? above : below;
  return down ? below : up ? above : undefined;
}

/** The round number approx says for value (automatic choice). */
function target(value: number): number {
  const step = 10 ** Math.floor(Math.log10(value));
  const coarse = roundAt(value, step) ?? (value >= 100 ? roundAt(value, step / 2) : undefined);
  const fine = roundSig(value, 2);
  if (coarse === undefined) return fine;
  if (value < 10) return coarse;
  // A two-figure number on the same side, much closer: "more than 5,100" for 5,112.
  const fineStep = step / 10;
  const sameSide = clean((coarse <= value ? Math.floor(value / fineStep) : Math.ceil(value / fineStep)) * fineStep);
  const gap = Math.abs(value - sameSide);
  if (gap > 0 && gap * FINER_WHEN <= Math.abs(value - coarse)) return sameSide;
  return coarse;
}

function say(value: number, round: number, style: Style): string {
  const figure = Number.isInteger(round) ? num(round, style) : formatDigits(round, 1, style);
  return qualify(value, round, false) + figure;
}

/** approx(1993, style) === "nearly 2,000"; approx(3171, style) === "more than 3,000"; approx(4, style) === "four". */
export function approx(n: number, style: Style, sf?: number): string {
  const value = nonNegative('approx', n);
  if (sf !== undefined && (sf !== 1 && sf !== 2 && sf !== 3)) throw fail('approx', 'sf (significant figures) 1, 2 or 3', sf);
  if (value === 0 || Number.isInteger(value) && value < 10) return num(value, style);
  // Rates below 1 keep one decimal place; nothing finer is press copy.
  if (value < 1) return say(value, roundTo(value, 1), style);
  if (sf !== undefined) {
    const step = 10 ** (Math.floor(Math.log10(value)) - sf + 1);
    return say(value, roundAt(value, step) ?? roundSig(value, sf), style);
  }
  return say(value, target(value), style);
}
