import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhraseError } from '../../src/errors.ts';
import { defaultStyle as style, num, rate, resolveStyle, toWords } from '../../src/phrase/index.ts';

describe('num', () => {
  it.each([
    [0, 'zero'],
    [4, 'four'],
    [9, 'nine'],
    [10, '10'],
    [20, '20'],
    [1628, '1,628'],
    [1993, '1,993'],
    [1234567, '1,234,567'],
    [7.25, '7.3'],
    [12.04, '12'],
  ])('%s → %j', (n, expected) => {
    expect(num(n, style)).toBe(expected);
  });

  it.each([
    [4, 'Four'],
    [18, 'Eighteen'],
    [20, 'Twenty'],
    [1628, 'One thousand six hundred and twenty-eight'],
    [1005, 'One thousand and five'],
    [2_000_000, 'Two million'],
    [7.25, '7.3'],
  ])('at a sentence start %s → %j', (n, expected) => {
    expect(num(n, style, true)).toBe(expected);
  });

  it('follows the style: words up to ten', () => {
    expect(num(10, resolveStyle({ words_up_to: 10 }))).toBe('ten');
    expect(num(11, resolveStyle({ words_up_to: 10 }))).toBe('11');
  });

  it.each([NaN, -1, Infinity, undefined, null, '4'])('rejects %s with a PhraseError naming the filter', (bad) => {
    expect(() => num(bad as number, style)).toThrow(PhraseError);
    expect(() => num(bad as number, style)).toThrow(/^num: expected a number of 0 or more, found /);
  });
});

describe('rate: a rate per 100,000 in copy', () => {
  it.each([
    [9.45, '9.5'],
    [8, '8.0'], // digits, not "eight": a measurement, as the table's 8.0
    [1.04, '1.0'], // never "1 offences per 100,000"
    [12.04, '12.0'],
    [1234.56, '1,234.6'],
    [0, '0.0'],
    [0.05, '0.1'],
    [0.011, 'less than 0.1'], // one offence among 9 million people is not a rate of 0
    [0.0499, 'less than 0.1'],
  ])('%s → %j', (n, expected) => {
    expect(rate(n, style)).toBe(expected);
  });

  it('says "Less than" at a sentence start, and num of a tiny non-whole number says the same', () => {
    expect(rate(0.011, style, true)).toBe('Less than 0.1');
    expect(num(0.011, style)).toBe('less than 0.1');
    expect(num(0.011, style, true)).toBe('Less than 0.1');
  });

  it.each([NaN, -1, Infinity, undefined, null])('rejects %s with a PhraseError naming the filter', (bad) => {
    expect(() => rate(bad as number, style)).toThrow(/rate/);
  });
});

describe('toWords', () => {
  it.each([
    [11, 'eleven'],
    [21, 'twenty-one'],
    [100, 'one hundred'],
    [101, 'one hundred and one'],
    [999, 'nine hundred and ninety-nine'],
    [1000, 'one thousand'],
    [1100, 'one thousand one hundred'],
    [20_019, 'twenty thousand and nineteen'],
    [1_000_001, 'one million and one'],
  ])('%s → %j', (n, expected) => {
    expect(toWords(n)).toBe(expected);
  });
});

describe('num (property)', () => {
  it('digits read back as the number; words only up to the style limit; never "undefined"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (n) => {
        const plain = num(n, style);
        if (n <= style.wordsUpTo) expect(plain).toBe(toWords(n));
        else expect(Number(plain.replace(/,/g, ''))).toBe(n);
        const capital = num(n, style, true);
        expect(capital).toMatch(/^[A-Z1-9]/);
        expect(capital).not.toMatch(/undefined|  /);
      }),
      { numRuns: 2000 },
    );
  });
});
