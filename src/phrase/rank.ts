/**
 * Rank phrases from the computed Rank ({ position, of, joint, direction }), written to
 * follow "the": "Derbyshire recorded the 12th highest number of offences of 39 forces".
 *
 * Position 1 is just "highest" ("the highest of 39 forces"), and the last position is
 * "lowest" ("the lowest of 39 forces"), never "39th highest"; a tie for the last two places
 * is "joint lowest". Other ties are "joint":
 * "joint third highest", "joint highest". Ranking a single area says nothing, so
 * { of: 1 } is an error: branch on `rank.of > 1` in the template.
 */
import type { Rank } from '../compute/types.ts';
import { PhraseError } from '../errors.ts';
import { fail, show, wholeNumber } from './guard.ts';
import { num } from './num.ts';
import { ordinal } from './ordinal.ts';
import type { Style } from './style.ts';

const OPPOSITE = { highest: 'lowest', lowest: 'highest' } as const;

function checkRank(value: unknown): Rank {
  if (value === null || value === undefined || typeof value !== 'object') {
    throw new PhraseError(
      `rank: expected a rank ({ position, of, joint, direction }), found ${show(value)}` +
        ' (the area did not reply or was not ranked: branch with {% if ... %})',
    );
  }
  const r = value as Partial<Rank>;
  const of = wholeNumber('rank (of)', r.of, 1);
  const position = wholeNumber('rank (position)', r.position, 1);
  if (position > of) throw fail('rank', `a position of ${of} or less`, position);
  if (r.direction !== 'highest' && r.direction !== 'lowest') throw fail('rank', 'direction "highest" or "lowest"', r.direction);
  if (of === 1) throw fail('rank', 'more than one area ranked (branch on rank.of > 1)', value);
  // `tied` is what the model gives; a rank written by hand without it is placed as before.
  const tied = typeof r.tied === 'number' && Number.isInteger(r.tied) && r.tied >= 1 && position + r.tied - 1 <= of ? { tied: r.tied } : {};
  return { position, of, joint: r.joint === true, direction: r.direction, ...tied };
}

/** rank({ position: 3, of: 39, joint: true, direction: 'highest' }, style) === "joint third highest of 39 forces". */
export function rank(value: Rank | null | undefined, style: Style, noun = 'forces'): string {
  const r = checkRank(value);
  return `${rankPlace(r, (n) => ordinal(n, style))} of ${num(r.of, style)} ${noun}`;
}

/**
 * The words that place a rank, before its "of N", also used by chart labels (which write
 * ordinals in figures). rankPlace({ position: 3, of: 39, joint: true, direction: 'highest' }, ordinal)
 * → "joint 3rd highest"; position 1 → "highest"; the last place → "lowest".
 */
export function rankPlace(r: Rank, ordinalOf: (n: number) => string): string {
  const joint = r.joint ? 'joint ' : '';
  if (r.position === 1) return `${joint}${r.direction}`;
  // Ties share the top position (1, 2, 2, 4): a tie takes the last place when its `tied` places
  // reach it (37th of 39, three tied: joint lowest); without `tied`, a tie at of - 1 fills the last two.
  const lastTaken = r.tied !== undefined ? r.position + r.tied - 1 : r.position + (r.joint ? 1 : 0);
  if (lastTaken >= r.of) return `${joint}${OPPOSITE[r.direction]}`;
  return `${joint}${ordinalOf(r.position)} ${r.direction}`;
}
