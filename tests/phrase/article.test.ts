import { describe, expect, it } from 'vitest';
import { article, defaultStyle as style } from '../../src/phrase/index.ts';

describe('article', () => {
  it.each([
    ['18 per cent rise', 'an 18 per cent rise'],
    ['11-year-old', 'an 11-year-old'],
    ['8 per cent', 'an 8 per cent'],
    ['80 per cent', 'an 80 per cent'],
    ['83', 'an 83'],
    ['800', 'an 800'],
    ['8,000', 'an 8,000'],
    ['11,000', 'an 11,000'],
    ['18,500', 'an 18,500'],
    ['8.5 per cent', 'an 8.5 per cent'],
    ['8,000,000', 'an 8,000,000'],
    ['12th', 'a 12th'],
    ['1,800', 'a 1,800'],
    ['100', 'a 100'],
    ['9-year-old', 'a 9-year-old'],
    ['eight', 'an eight'],
    ['eleven-year-old', 'an eleven-year-old'],
    ['one', 'a one'],
    ['one in five', 'a one in five'],
    ['increase', 'an increase'],
    ['rise', 'a rise'],
    ['unit', 'a unit'],
    ['user', 'a user'],
    ['unusual rise', 'an unusual rise'],
    ['European', 'a European'],
    ['hour', 'an hour'],
    ['honest', 'an honest'],
    ['FOI request', 'an FOI request'],
    ['NSPCC spokesperson', 'an NSPCC spokesperson'],
    ['UK force', 'a UK force'],
    ['BBC report', 'a BBC report'],
    ['"eight"', 'an "eight"'],
  ])('%j → %j', (phrase, expected) => {
    expect(article(phrase, style)).toBe(expected);
  });

  it.each(['', '   ', undefined, 18])('rejects %j', (bad) => {
    expect(() => article(bad as string, style)).toThrow(/^article: expected some text, found /);
  });
});
