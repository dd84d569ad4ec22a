import { describe, expect, it } from 'vitest';
import { isSuppressed, shown } from '../../src/compute/suppress.ts';
import { shareItem } from '../../src/compute/shares.ts';

describe('isSuppressed (suppress_below: 5 → counts 1..4 withheld)', () => {
  it.each([
    { count: 0, expected: false },
    { count: 1, expected: true },
    { count: 4, expected: true },
    { count: 5, expected: false },
    { count: null, expected: false },
  ])('$count → $expected', ({ count, expected }) => {
    expect(isSuppressed(count, 5)).toBe(expected);
  });

  it('withholds nothing when the campaign sets no threshold', () => {
    expect(isSuppressed(1, undefined)).toBe(false);
    expect(shown(1, undefined)).toBe(1);
  });

  it('shows null for a withheld count and keeps the others', () => {
    expect(shown(3, 5)).toBeNull();
    expect(shown(0, 5)).toBe(0);
    expect(shown(12, 5)).toBe(12);
  });
});

describe('suppression of share items', () => {
  it('withholds the count and its share', () => {
    expect(shareItem('facebook', 'Facebook', 4, 20, 5)).toEqual({ id: 'facebook', name: 'Facebook', count: null, share: null, suppressed: true });
  });
  it('withholds the share when the denominator is withheld', () => {
    expect(shareItem('facebook', 'Facebook', 0, 3, 5)).toEqual({ id: 'facebook', name: 'Facebook', count: 0, share: null });
  });
});
