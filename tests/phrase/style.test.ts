import { describe, expect, it } from 'vitest';
import type { StyleOverrides } from '../../src/load/types.ts';
import { PhraseError } from '../../src/errors.ts';
import { defaultStyle, resolveStyle } from '../../src/phrase/index.ts';

describe('resolveStyle', () => {
  it('gives the house style without overrides', () => {
    expect(resolveStyle()).toBe(defaultStyle);
    expect(resolveStyle(null)).toBe(defaultStyle);
    expect(resolveStyle({})).toEqual(defaultStyle);
    expect(defaultStyle).toMatchObject({ wordsUpTo: 9, percentSuffix: ' per cent', listLastSeparator: ' and ' });
  });

  it('applies every override', () => {
    expect(resolveStyle({ words_up_to: 10, percent: '%', oxford_comma: true })).toMatchObject({
      wordsUpTo: 10,
      percentSuffix: '%',
      listLastSeparator: ', and ',
    });
  });

  it('does not change the defaults', () => {
    resolveStyle({ percent: '%' });
    expect(defaultStyle.percentSuffix).toBe(' per cent');
    expect(Object.isFrozen(defaultStyle)).toBe(true);
  });

  it.each([
    [{ words_up_to: -1 }, 'style.words_up_to: expected a whole number from 0 to 100, found -1'],
    [{ words_up_to: 9.5 }, 'style.words_up_to: expected a whole number from 0 to 100, found 9.5'],
    [{ percent: 'pc' }, 'style.percent: expected "per cent" or "%", found "pc"'],
    [{ oxford_comma: 'yes' }, 'style.oxford_comma: expected true or false, found "yes"'],
  ])('rejects %j', (overrides, message) => {
    expect(() => resolveStyle(overrides as unknown as StyleOverrides)).toThrow(new PhraseError(message));
  });
});
