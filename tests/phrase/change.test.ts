import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhraseError } from '../../src/errors.ts';
import { change, defaultStyle as style, resolveStyle } from '../../src/phrase/index.ts';

describe('change(to, from)', () => {
  it.each([
    // SPEC: "the number of cases rising from 126 in 2017 to 428" (trebling).
    [428, 126, 'more than tripled'],
    [123, 100, 'rose by 23 per cent'],
    [88, 100, 'fell by 12 per cent'],
    [200, 100, 'doubled'],
    [195, 100, 'nearly doubled'],
    [180, 100, 'nearly doubled'],
    [179, 100, 'rose by 79 per cent'],
    // ×2.5 is far from both doubling and tripling: a percentage, never "nearly trebled".
    [145, 58, 'rose by 150 per cent'],
    [250, 100, 'rose by 150 per cent'],
    [240, 100, 'more than doubled'],
    [241, 100, 'rose by 141 per cent'],
    [270, 100, 'nearly tripled'],
    [300, 100, 'tripled'],
    [360, 100, 'nearly quadrupled'],
    [359, 100, 'more than tripled'],
    [400, 100, 'quadrupled'],
    [480, 100, 'more than quadrupled'],
    // Very large rises are percentages again.
    [520, 100, 'rose by 420 per cent'],
    [1200, 100, 'rose by 1,100 per cent'],
    [50, 100, 'halved'],
    [52, 100, 'nearly halved'],
    [48, 100, 'more than halved'],
    [38, 100, 'fell by 62 per cent'],
    [100, 100, 'was unchanged'],
    [0, 0, 'was unchanged'],
    [0, 100, 'fell to zero'],
    [5, 0, 'rose from zero to five'],
    [1001, 1000, 'rose by less than 1 per cent'],
    [999, 1000, 'fell by less than 1 per cent'],
    [1, 1000, 'fell by more than 99 per cent'],
    [189, 100, 'nearly doubled'],
    // Rates: 0.3 / 0.1 is 2.9999999999999996 in floating point, still "tripled".
    [0.3, 0.1, 'tripled'],
  ])('%s from %s → %j', (to, from, expected) => {
    expect(change(to, from, style)).toBe(expected);
  });

  // The phrasings sample (tests/fixtures/phrasings-sample.yaml): what outlets wrote.
  it.each([
    [428, 126, 'more than tripled'],
    [274, 114, 'rose by 140 per cent'],
    [84, 37, 'more than doubled'],
    [22, 14, 'rose by 57 per cent'],
    [252, 64, 'quadrupled'],
    [56, 14, 'quadrupled'],
    [54, 28, 'nearly doubled'],
    [140, 122, 'rose by 15 per cent'],
    [680, 378, 'rose by 80 per cent'],
    [554, 274, 'more than doubled'],
    [67, 19, 'more than tripled'],
    [97, 53, 'nearly doubled'],
    [457, 194, 'more than doubled'],
    [7263, 3728, 'nearly doubled'],
  ])('as published: %s from %s → %j', (to, from, expected) => {
    expect(change(to, from, style)).toBe(expected);
  });

  it('has noun and present-perfect forms', () => {
    expect(change(136, 100, style, 'noun')).toBe('a rise of 36 per cent');
    expect(change(274, 114, resolveStyle({ percent: '%' }), 'noun')).toBe('a rise of 140%');
    expect(change(88, 100, style, 'noun')).toBe('a fall of 12 per cent');
    expect(change(554, 274, style, 'noun')).toBe('more than a doubling');
    expect(change(554, 274, style, 'perfect')).toBe('has more than doubled');
    expect(change(136, 100, style, 'perfect')).toBe('has risen by 36 per cent');
    expect(change(88, 100, style, 'perfect')).toBe('has fallen by 12 per cent');
    expect(change(100, 100, style, 'perfect')).toBe('is unchanged');
    expect(change(50, 100, style, 'perfect')).toBe('has halved');
    expect(() => change(1, 2, style, 'adjective' as 'noun')).toThrow(/^change: expected form "verb", "perfect", "noun", found "adjective"/);
  });

  it('takes a Change object from the model', () => {
    expect(change({ from: 126, to: 428 }, undefined, style)).toBe('more than tripled');
  });

  it('follows the style', () => {
    expect(change(123, 100, resolveStyle({ percent: '%' }))).toBe('rose by 23%');
    expect(change(428, 126, resolveStyle({ multiples: 'trebled' }))).toBe('more than trebled');
    expect(change(300, 100, resolveStyle({ multiples: 'trebled' }), 'noun')).toBe('a trebling');
    expect(change(428, 126, style, 'verb', 'trebled')).toBe('more than trebled');
  });

  it.each([
    [NaN, 100, /^change: expected a number of 0 or more, found NaN/],
    [-1, 100, /^change: expected/],
    [100, undefined, /^change \(the earlier figure\): expected a number of 0 or more, found undefined/],
    [100, null, /^change \(the earlier figure\): .* found null/],
  ])('rejects %s from %s', (to, from, message) => {
    expect(() => change(to as number, from as number, style)).toThrow(PhraseError);
    expect(() => change(to as number, from as number, style)).toThrow(message);
  });
});

const MULTIPLE: Record<string, number> = { doubled: 2, tripled: 3, trebled: 3, quadrupled: 4 };

/** Checks a phrase against the counts it describes; returns nothing, throws on a contradiction. */
function check(to: number, from: number, phrase: string): void {
  if (phrase === 'was unchanged') return expect(to).toBe(from);
  expect(to).not.toBe(from);
  if (phrase === 'fell to zero') return expect(to).toBe(0);
  if (phrase.startsWith('rose from zero to ')) return expect(from).toBe(0);
  const byPct = /^(rose|fell) by (less than |more than )?([\d,]+)(?: per cent)$/.exec(phrase);
  if (byPct) {
    const actual = (Math.abs(to - from) / from) * 100;
    const said = Number(byPct[3]!.replace(/,/g, ''));
    expect(byPct[1] === 'rose').toBe(to > from);
    if (byPct[2] === 'less than ') expect(actual).toBeLessThan(said);
    else if (byPct[2] === 'more than ') expect(actual).toBeGreaterThan(said);
    else expect(Math.abs(actual - said)).toBeLessThanOrEqual(0.5 + 1e-9 * Math.max(1, said));
    return;
  }
  const halved = /^(nearly |more than )?halved$/.exec(phrase);
  if (halved) {
    if (halved[1] === 'nearly ') expect(2 * to).toBeGreaterThan(from);
    else if (halved[1] === 'more than ') expect(2 * to).toBeLessThan(from);
    else expect(2 * to).toBe(from);
    return;
  }
  const m = /^(nearly |more than )?(doubled|tripled|quadrupled)$/.exec(phrase);
  if (!m) throw new Error(`unparsed: ${phrase}`);
  const k = MULTIPLE[m[2]!]!;
  // A hedge never stretches past 0.9 or 1.2 of its multiple (×2.5 is not "nearly tripled").
  if (m[1] === 'nearly ') expect(to).toBeLessThan(k * from), expect(to).toBeGreaterThanOrEqual(0.9 * k * from - 1e-9);
  else if (m[1] === 'more than ') expect(to).toBeGreaterThan(k * from), expect(to).toBeLessThanOrEqual(1.2 * k * from + 1e-9);
  // Plain: exact, or within 2 per cent under a multiple of three or four (64 → 252 "quadrupled").
  else if (k === 2) expect(Math.abs(to - k * from)).toBeLessThanOrEqual(1e-9 * to);
  else expect(to).toBeGreaterThanOrEqual(0.98 * k * from - 1e-9), expect(to).toBeLessThanOrEqual(k * from * (1 + 1e-9));
}

/** Rates per 100,000 as the model gives them: up to three decimal places. */
const rate = fc.integer({ min: 0, max: 1_000_000 }).map((x) => x / 1000);

describe('change never contradicts the counts (property)', () => {
  it('over counts from 0 to 100,000', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), (to, from) => {
        check(to, from, change(to, from, style));
      }),
      { numRuns: 4000 },
    );
  });

  it('over very large counts (national totals, sums over many periods)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), fc.integer({ min: 0, max: 1_000_000_000 }), (to, from) => {
        check(to, from, change(to, from, style));
      }),
      { numRuns: 2000 },
    );
  });

  it('over small counts, where exact multiples and halves are common', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), (to, from) => {
        check(to, from, change(to, from, style));
      }),
      { numRuns: 3000 },
    );
  });

  it('over rates (non-whole numbers)', () => {
    fc.assert(
      fc.property(rate, rate, (to, from) => {
        check(to, from, change(to, from, style));
      }),
      { numRuns: 3000 },
    );
  });
});
