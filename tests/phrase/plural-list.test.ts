import { describe, expect, it } from 'vitest';
import { PhraseError } from '../../src/errors.ts';
import { defaultStyle as style, list, plural, resolveStyle } from '../../src/phrase/index.ts';

describe('plural', () => {
  it.each([
    ['offence', 1, undefined, 'offence'],
    ['offence', 21, undefined, 'offences'],
    ['offence', 0, undefined, 'offences'],
    ['force', 2, undefined, 'forces'],
    ['inquiry', 3, undefined, 'inquiries'],
    ['match', 3, undefined, 'matches'],
    ['boy', 2, undefined, 'boys'],
    ['child', 1, 'children', 'child'],
    ['child', 2, 'children', 'children'],
    ['victim', 1.5, undefined, 'victims'],
  ])('%j × %s → %j', (word, n, form, expected) => {
    expect(plural(word, n, style, form)).toBe(expected);
  });

  it.each([
    ['offence', NaN, /^plural: expected a number of 0 or more, found NaN/],
    ['offence', undefined, /^plural: expected a number of 0 or more, found undefined/],
    ['offence', -2, /^plural: expected a number of 0 or more, found -2/],
    ['', 2, /^plural: expected some text, found ""/],
  ])('rejects %j × %s', (word, n, message) => {
    expect(() => plural(word, n as number, style)).toThrow(message);
  });
});

describe('list', () => {
  it.each([
    [['Facebook', 'Instagram', 'WhatsApp'], 'Facebook, Instagram and WhatsApp'],
    [['Instagram', 'WhatsApp'], 'Instagram and WhatsApp'],
    [['Facebook'], 'Facebook'],
    [[], ''],
    [['Snapchat', 'Facebook', 'Instagram', 'WhatsApp'], 'Snapchat, Facebook, Instagram and WhatsApp'],
  ])('%j → %j', (items, expected) => {
    expect(list(items, style)).toBe(expected);
  });

  it('follows the style: Oxford comma, only for three or more', () => {
    const oxford = resolveStyle({ oxford_comma: true });
    expect(list(['Facebook', 'Instagram', 'WhatsApp'], oxford)).toBe('Facebook, Instagram, and WhatsApp');
    expect(list(['Instagram', 'WhatsApp'], oxford)).toBe('Instagram and WhatsApp');
  });

  it('rejects a missing item or a non-list', () => {
    expect(() => list(['Facebook', undefined as unknown as string], style)).toThrow(
      new PhraseError('list: expected a name at item 2, found undefined (a missing value?)'),
    );
    expect(() => list('Facebook' as unknown as string[], style)).toThrow(/^list: expected a list of names, found "Facebook"/);
  });
});
