import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhraseError } from '../../src/errors.ts';
import { defaultStyle as style, fraction } from '../../src/phrase/index.ts';

describe('fraction (words)', () => {
  it.each([
    // SPEC "Phrasing" and the published copy.
    [0.326, 'a third'],
    [0.198, 'nearly a fifth'],
    [0.524, 'more than half'],
    [0.5, 'half'],
    [0.2, 'a fifth'],
    [0.25, 'a quarter'],
    [0.1, 'a tenth'],
    [2 / 3, 'two-thirds'],
    [0.75, 'three-quarters'],
    [0.9, 'nine in 10'],
    [1, 'all'],
    [0, 'none'],
    // A third is written "33 per cent", so anything that rounds to 33 is plain.
    [0.334, 'a third'],
    [0.3249, 'nearly a third'],
    // A little above a fraction (under a percentage point) reads as it: copy rounds down without a hedge.
    [0.337, 'a third'],
    [0.345, 'more than a third'],
    // A fifth is exactly 20.0 per cent: 19.96 is plain, 19.8 is "nearly" (a hedge when rounding up).
    [0.1996, 'a fifth'],
    [0.201, 'a fifth'],
    [0.21, 'more than a fifth'],
    // Half is a sharp line (a majority): only exact is plain.
    [0.505, 'more than half'],
    [0.495, 'nearly half'],
    [0.16, 'nearly one in six'],
    [0.47, 'nearly half'],
    [0.44, 'more than two-fifths'],
    [0.96, 'nearly all'],
    [0.999, 'nearly all'],
    // Below a tenth there is no everyday fraction: a whole percentage.
    [0.095, 'nearly a tenth'],
    [0.05, '5 per cent'],
    [0.03, '3 per cent'],
    [0.001, '0.1 per cent'],
    [0.0004, 'less than 0.1 per cent'],
  ])('%s → %j', (share, expected) => {
    expect(fraction(share, style)).toBe(expected);
  });

  // The phrasings sample (tests/fixtures/phrasings-sample.yaml): what outlets wrote.
  it.each([
    [0.326, 'a third'],
    [0.37, 'more than a third'],
    [0.52, 'more than half'],
    [0.26, 'more than a quarter'],
    [0.47, 'nearly half'],
    [0.807, 'four-fifths'],
    [0.0468, '5 per cent'],
  ])('as published: %s → %j', (share, expected) => {
    expect(fraction(share, style)).toBe(expected);
  });
});

describe('fraction (one-in)', () => {
  it.each([
    [0.2, 'one in five'],
    [0.21, 'more than one in five'],
    [0.198, 'nearly one in five'],
    [0.5, 'one in two'],
    [0.1, 'one in 10'],
    [0.125, 'one in eight'],
    [0.95, 'more than nine in 10'],
    [0.807, 'four in five'],
    [0.75, 'three in four'],
    [0.4, 'two in five'],
    [0.05, 'one in 20'],
    [0.03, 'nearly one in 30'],
    [0.0004, 'fewer than one in 1,000'],
    [0, 'none'],
  ])('%s → %j', (share, expected) => {
    expect(fraction(share, style, 'one-in')).toBe(expected);
  });
});

describe('fraction: bad input', () => {
  it.each([NaN, -0.2, 1.2, undefined])('rejects %s', (bad) => {
    expect(() => fraction(bad as number, style)).toThrow(PhraseError);
    expect(() => fraction(bad as number, style)).toThrow(/^fraction: expected a fraction between 0 and 1/);
  });
  it('rejects an unknown form', () => {
    expect(() => fraction(0.2, style, 'one-of' as 'one-in')).toThrow('fraction: expected form "words" or "one-in", found "one-of"');
  });
});

/** The value a fraction phrase names: "more than one in five" → { qualifier: 'more than', value: 0.2 }. */
const NAMED: Record<string, number> = {
  half: 1 / 2, 'a third': 1 / 3, 'a quarter': 1 / 4, 'a fifth': 1 / 5, 'a tenth': 1 / 10,
  'two-fifths': 2 / 5, 'three-fifths': 3 / 5, 'two-thirds': 2 / 3, 'three-quarters': 3 / 4,
  'four-fifths': 4 / 5, all: 1, none: 0,
};
const WORD_NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };

function parse(phrase: string): { qualifier: string; value: number; percent?: boolean } {
  const m = /^(nearly |more than |fewer than )?(.+)$/.exec(phrase)!;
  const body = m[2]!;
  const percent = /^(less than )?([\d.]+) per cent$/.exec(body);
  if (percent) return { qualifier: percent[1] ? 'fewer than' : (m[1] ?? '').trim(), value: Number(percent[2]) / 100, percent: true };
  const kIn = /^(\w+) in (.+)$/.exec(body);
  const count = (w: string) => WORD_NUMBERS[w] ?? Number(w.replace(/,/g, ''));
  const value = kIn ? (kIn[1] === 'one' ? 1 : count(kIn[1]!)) / count(kIn[2]!) : NAMED[body];
  if (value === undefined || Number.isNaN(value)) throw new Error(`unparsed phrase ${phrase}`);
  return { qualifier: (m[1] ?? '').trim(), value };
}

describe('fraction never contradicts the share (property)', () => {
  for (const form of ['words', 'one-in'] as const) {
    it(`${form}: below is never "more than", above is never "nearly", exact is plain`, () => {
      fc.assert(
        fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (share) => {
          const { qualifier, value, percent } = parse(fraction(share, style, form));
          if (qualifier === 'more than') expect(share).toBeGreaterThan(value);
          if (qualifier === 'nearly' || qualifier === 'fewer than') expect(share).toBeLessThan(value);
          if (share === value) expect(qualifier).toBe('');
          // Plain only when close: within 1 percentage point (a third read as 33 per cent), a whole percentage within 0.5.
          if (qualifier === '') expect(Math.abs(share - value)).toBeLessThan(percent ? 0.005 + 1e-12 : 0.01);
          // "nearly" never stretches: within 10 per cent of the fraction.
          if (qualifier === 'nearly') expect(value - share).toBeLessThanOrEqual(0.1 * value + 1e-12);
        }),
        { numRuns: 3000 },
      );
    });

    it(`${form}: every count out of a denominator (exact fractions included)`, () => {
      fc.assert(
        // … and among millions, where a share is tiny ("fewer than one in 1,000") or all but one.
        fc.property(fc.oneof(fc.tuple(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 5000 })), fc.integer({ min: 1, max: 10_000_000 }).chain((d) => fc.tuple(fc.constant(d), fc.oneof(fc.integer({ min: 0, max: d }), fc.constantFrom(1, d - 1))))), ([den, raw]) => {
          const share = Math.min(raw, den) / den;
          const { qualifier, value } = parse(fraction(share, style, form));
          if (qualifier === 'more than') expect(share).toBeGreaterThan(value);
          if (qualifier !== '' && qualifier !== 'more than') expect(share).toBeLessThan(value);
        }),
        { numRuns: 3000 },
      );
    });
  }

  it('is deterministic', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (s) => fraction(s, style) === fraction(s, style)));
  });

  it('an exact fraction of a whole count is plain: 1 in 5, 2 in 6, 3 in 4', () => {
    expect(fraction(7 / 35, style)).toBe('a fifth');
    expect(fraction(2 / 6, style)).toBe('a third');
    expect(fraction(30 / 40, style)).toBe('three-quarters');
  });
});
