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
    [444, 'more than 440'],
    [45, '45'],
    [4, 'four'],
    [0, 'zero'],
    [7.25, 'nearly 7.3'],
    [0.04, 'more than zero'],
    [0.96, 'nearly one'],
    [12.5, 'nearly 13'],
    [1_234_567, 'more than 1,200,000'],
  ])('%s → %j', (n, expected) => {
    expect(approx(n, style)).toBe(expected);
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
  it('"nearly X" is below X, "more than X" above it, plain is exact and X is within 5 per cent', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.double({ min: 0, max: 1e6, noNaN: true })), (n) => {
        const m = /^(nearly |more than )?(.+)$/.exec(approx(n, style))!;
        const figure = WORDS[m[2]!] ?? Number(m[2]!.replace(/,/g, ''));
        expect(Number.isNaN(figure)).toBe(false);
        if (m[1] === 'nearly ') expect(n).toBeLessThan(figure);
        else if (m[1] === 'more than ') expect(n).toBeGreaterThan(figure);
        else expect(n).toBe(figure);
        // Two significant figures (one decimal place below 10) keep X within 5 per cent or 0.05.
        expect(Math.abs(n - figure)).toBeLessThanOrEqual(Math.max(Math.abs(n) * 0.05, 0.05) + 1e-9);
      }),
      { numRuns: 3000 },
    );
  });
});
