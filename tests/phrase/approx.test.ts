import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhraseError } from '../../src/errors.ts';
import { approx, defaultStyle as style } from '../../src/phrase/index.ts';

describe('approx', () => {
  it.each([
    [1993, 'nearly 2,000'],
    [5112, 'more than 5,100'],
    [2000, '2,000'],
    [1628, 'more than 1,600'],
    [999, 'nearly 1,000'],
    [444, 'nearly 450'],
    [45, '45'],
    [4, 'four'],
    [0, 'zero'],
    [7.25, 'more than seven'],
    [8.69, 'nearly nine'],
    [0.04, 'more than zero'],
    [0.96, 'nearly one'],
    [12.5, 'nearly 13'],
    [1_234_567, 'more than 1,200,000'],
  ])('%s → %j', (n, expected) => {
    expect(approx(n, style)).toBe(expected);
  });

  // SPEC "Phrasing" and the phrasings sample (tests/fixtures/phrasings-sample.yaml): what outlets wrote.
  it.each([
    [3171, 'more than 3,000'],
    [1316, 'more than 1,300'],
    [84, 'more than 80'],
    [5161, 'more than 5,000'],
    [297, 'nearly 300'],
    [48, 'nearly 50'],
    [99, 'nearly 100'],
    [37, 'nearly 40'],
    [563, 'more than 550'],
    [153, 'more than 150'],
    [7590, 'more than 7,500'],
    [929, 'more than 900'],
    [3203, 'more than 3,200'],
    [118.4, 'nearly 120'],
    [1753, 'nearly 2,000'],
    [412, 'more than 400'],
    [7062, 'more than 7,000'],
  ])('as published: %s → %j', (n, expected) => {
    expect(approx(n, style)).toBe(expected);
  });

  it('rounds to the significant figures asked for', () => {
    expect(approx(5161, style, 2)).toBe('more than 5,100');
    expect(approx(3120, style, 2)).toBe('more than 3,100');
    expect(approx(3190, style, 2)).toBe('nearly 3,200');
    expect(approx(1316, style, 1)).toBe('more than 1,000');
    expect(() => approx(1316, style, 4)).toThrow(/^approx: expected sf \(significant figures\) 1, 2 or 3, found 4/);
  });

  it.each([NaN, -5, undefined, null])('rejects %s', (bad) => {
    expect(() => approx(bad as number, style)).toThrow(PhraseError);
    expect(() => approx(bad as number, style)).toThrow(/^approx: expected a number of 0 or more/);
  });
});

const WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};

describe('approx never contradicts the count (property)', () => {
  it('"nearly X" is below X (by at most 13 per cent of X), "more than X" above it (by at most 6 per cent), plain is exact', () => {
    fc.assert(
      // Counts up to the largest a count can be (2^53 - 1; the loader refuses more) and any rate.
      fc.property(fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.double({ min: 0, max: 1e6, noNaN: true })), (n) => {
        const m = /^(nearly |more than )?(.+)$/.exec(approx(n, style))!;
        const figure = WORDS[m[2]!] ?? Number(m[2]!.replace(/,/g, ''));
        expect(Number.isNaN(figure)).toBe(false);
        if (m[1] === 'nearly ') expect(n).toBeLessThan(figure);
        else if (m[1] === 'more than ') expect(n).toBeGreaterThan(figure);
        else expect(n).toBe(figure);
        // The hedges never stretch far: "nearly" within 13 per cent of X, "more than" within 6 per cent of n.
        if (m[1] === 'nearly ') expect(figure - n).toBeLessThanOrEqual(Math.max(figure * 0.13, 0.05) + 1e-9);
        if (m[1] === 'more than ') expect(n - figure).toBeLessThanOrEqual(Math.max(n * 0.06, 0.05) + 1e-9);
      }),
      { numRuns: 3000 },
    );
  });
});
