import { describe, expect, it } from 'vitest';
import { competitionRanks } from '../../src/compute/rank.ts';
import type { Rank } from '../../src/compute/types.ts';
import { PhraseError } from '../../src/errors.ts';
import { defaultStyle as style, ordinal, rank, resolveStyle } from '../../src/phrase/index.ts';

describe('ordinal', () => {
  it.each([
    [1, 'first'], [2, 'second'], [3, 'third'], [5, 'fifth'], [8, 'eighth'], [9, 'ninth'],
    [10, '10th'], [11, '11th'], [12, '12th'], [13, '13th'], [21, '21st'], [22, '22nd'], [23, '23rd'],
    [101, '101st'], [111, '111th'], [1002, '1,002nd'],
  ])('%s → %j', (n, expected) => {
    expect(ordinal(n, style)).toBe(expected);
  });

  it('follows the style: words up to 20', () => {
    const wide = resolveStyle({ words_up_to: 20 });
    expect(ordinal(12, wide)).toBe('twelfth');
    expect(ordinal(20, wide)).toBe('twentieth');
    expect(ordinal(21, wide)).toBe('21st');
  });

  it.each([0, -1, 2.5, NaN, undefined])('rejects %s', (bad) => {
    expect(() => ordinal(bad as number, style)).toThrow(/^ordinal: expected a whole number of 1 or more, found /);
  });
});

const r = (position: number, of: number, joint = false, direction: Rank['direction'] = 'highest'): Rank => ({
  position, of, joint, direction,
});

describe('rank', () => {
  it.each([
    [r(12, 39), '12th highest of 39 forces'],
    [r(3, 39, true), 'joint third highest of 39 forces'],
    [r(2, 43), 'second highest of 43 forces'],
    // Position 1 needs no "first"; the template writes "the highest of 39 forces".
    [r(1, 39), 'highest of 39 forces'],
    [r(1, 39, true), 'joint highest of 39 forces'],
    // The last place is "lowest", never "39th highest".
    [r(39, 39), 'lowest of 39 forces'],
    // Competition ranking: a tie at 38 of 39 fills places 38 and 39.
    [r(38, 39, true), 'joint lowest of 39 forces'],
    [r(37, 39, true), 'joint 37th highest of 39 forces'],
    [r(38, 39), '38th highest of 39 forces'],
    [r(1, 5, false, 'lowest'), 'lowest of five forces'],
    [r(5, 5, false, 'lowest'), 'highest of five forces'],
    [r(2, 5, false, 'lowest'), 'second lowest of five forces'],
  ])('%j → %j', (value, expected) => {
    expect(rank(value, style)).toBe(expected);
  });

  it('a tie of three or more that takes the last place is "joint lowest", as the model counts it (tied)', () => {
    const tied = (position: number, of: number, n: number): Rank => ({ ...r(position, of, true), tied: n });
    expect(rank(tied(37, 39, 3), style)).toBe('joint lowest of 39 forces');
    expect(rank(tied(36, 39, 3), style)).toBe('joint 36th highest of 39 forces');
    expect(rank(tied(38, 39, 2), style)).toBe('joint lowest of 39 forces');
    expect(rank({ ...r(3, 5, true, 'lowest'), tied: 3 }, style)).toBe('joint highest of five forces');
    // From the model: [10, 5, 5, 5] ranks 2, 2, 2 of 4, tied 3.
    const [, last] = competitionRanks([10, 5, 5, 5]);
    expect(last).toMatchObject({ position: 2, of: 4, tied: 3 });
    expect(rank(last, style)).toBe('joint lowest of four forces');
  });

  it('takes a noun for what was ranked', () => {
    expect(rank(r(2, 7), style, 'forces in the region')).toBe('second highest of seven forces in the region');
    expect(rank(r(4, 10), style, 'regions')).toBe('fourth highest of 10 regions');
  });

  it('rejects null with a hint to branch', () => {
    expect(() => rank(null, style)).toThrow(PhraseError);
    expect(() => rank(null, style)).toThrow(/^rank: expected a rank \(\{ position, of, joint, direction \}\), found null/);
  });

  it.each([
    [{ position: 0, of: 39, joint: false, direction: 'highest' }, /^rank \(position\): expected a whole number of 1 or more, found 0/],
    [{ position: 40, of: 39, joint: false, direction: 'highest' }, /^rank: expected a position of 39 or less, found 40/],
    [{ position: 1, of: 39, joint: false, direction: 'up' }, /^rank: expected direction "highest" or "lowest", found "up"/],
    [{ position: 1, of: 1, joint: false, direction: 'highest' }, /^rank: expected more than one area ranked/],
  ])('rejects %j', (bad, message) => {
    expect(() => rank(bad as Rank, style)).toThrow(message);
  });
});
