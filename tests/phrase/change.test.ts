import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhraseError } from '../../src/errors.ts';
import { change, defaultStyle as style, resolveStyle } from '../../src/phrase/index.ts';

describe('change(to, from)', () => {
  it.each([
    // SPEC: "the number of cases rising from 126 in 2017 to 428" (trebling).
    [428, 126, 'more than trebled'],
    [123, 100, 'rose by 23 per cent'],
    [88, 100, 'fell by 12 per cent'],
    [200, 100, 'doubled'],
    [195, 100, 'nearly doubled'],
    [250, 100, 'nearly trebled'],
    [249, 100, 'more than doubled'],
    [300, 100, 'trebled'],
    [400, 100, 'quadrupled'],
    [520, 100, 'rose more than fivefold'],
    [1200, 100, 'rose 12-fold'],
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
    [189, 100, 'rose by 89 per cent'],
    // Rates: 0.3 / 0.1 is 2.9999999999999996 in floating point, still "trebled".
    [0.3, 0.1, 'trebled'],
  ])('%s from %s → %j', (to, from, expected) => {
    expect(change(to, from, style)).toBe(expected);
  });

  it('takes a Change object from the model', () => {
    expect(change({ from: 126, to: 428 }, undefined, style)).toBe('more than trebled');
  });

  it('follows the style', () => {
    expect(change(123, 100, resolveStyle({ percent: '%' }))).toBe('rose by 23%');
    expect(change(1000, 100, resolveStyle({ words_up_to: 10 }))).toBe('rose tenfold');
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

const MULTIPLE: Record<string, number> = { doubled: 2, trebled: 3, quadrupled: 4 };
const WORDS: Record<string, number> = { five: 5, six: 6, seven: 7, eight: 8, nine: 9 };

/** Checks a phrase against the counts it describes; returns nothing, throws on a contradiction. */
function check(to: number, from: number, phrase: string): void {
  if (phrase === 'was unchanged') return expect(to).toBe(from);
  expect(to).not.toBe(from);
  if (phrase === 'fell to zero') return expect(to).toBe(0);
  if (phrase.startsWith('rose from zero to ')) return expect(from).toBe(0);
  const byPct = /^(rose|fell) by (less than |more than )?(\d+)(?: per cent)$/.exec(phrase);
  if (byPct) {
    const actual = (Math.abs(to - from) / from) * 100;
    const said = Number(byPct[3]);
    expect(byPct[1] === 'rose').toBe(to > from);
    if (byPct[2] === 'less than ') expect(actual).toBeLessThan(said);
    else if (byPct[2] === 'more than ') expect(actual).toBeGreaterThan(said);
    else expect(Math.abs(actual - said)).toBeLessThanOrEqual(0.5 + 1e-9);
    return;
  }
  const halved = /^(nearly |more than )?halved$/.exec(phrase);
  if (halved) {
    if (halved[1] === 'nearly ') expect(2 * to).toBeGreaterThan(from);
    else if (halved[1] === 'more than ') expect(2 * to).toBeLessThan(from);
    else expect(2 * to).toBe(from);
    return;
  }
  const m = /^(?:rose )?(nearly |more than )?(doubled|trebled|quadrupled|(\w+)fold|([\d,]+)-fold)$/.exec(phrase);
  if (!m) throw new Error(`unparsed: ${phrase}`);
  const k = MULTIPLE[m[2]!] ?? WORDS[m[3] ?? ''] ?? Number(m[4]?.replace(/,/g, ''));
  expect(Number.isNaN(k)).toBe(false);
  if (m[1] === 'nearly ') expect(to).toBeLessThan(k * from);
  else if (m[1] === 'more than ') expect(to).toBeGreaterThan(k * from);
  else expect(Math.abs(to - k * from)).toBeLessThanOrEqual(1e-9 * to);
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
