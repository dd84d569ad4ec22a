import { describe, expect, it } from 'vitest';
import { PhraseError } from '../../src/errors.ts';
import { defaultStyle as style, pct, resolveStyle } from '../../src/phrase/index.ts';

describe('pct', () => {
  it.each([
    [0.326, 1, '32.6 per cent'],
    [0.198, 1, '19.8 per cent'],
    [0.524, 0, '52 per cent'],
    [0.337, 1, '33.7 per cent'],
    // A whole percentage drops its ".0": press copy writes "20 per cent".
    [0.2, 1, '20 per cent'],
    [0, 1, '0 per cent'],
    [1, 1, '100 per cent'],
    [0.32549, 1, '32.5 per cent'],
    [0.32551, 1, '32.6 per cent'],
    [0.12345, 2, '12.35 per cent'],
    // Half-up without float surprises: 1.005 per cent at two places.
    [0.01005, 2, '1.01 per cent'],
    // Never "0 per cent" for a share that is not zero, never "100" for one that is not all.
    [0.0003, 1, 'less than 0.1 per cent'],
    [0.004, 0, 'less than 1 per cent'],
    [0.99996, 1, 'more than 99.9 per cent'],
    [0.996, 0, 'more than 99 per cent'],
  ])('%s at %s dp → %j', (share, dp, expected) => {
    expect(pct(share, style, dp)).toBe(expected);
  });

  it('defaults to one decimal place', () => {
    expect(pct(0.326, style)).toBe('32.6 per cent');
  });

  it('follows the style: "%"', () => {
    expect(pct(0.326, resolveStyle({ percent: '%' }))).toBe('32.6%');
    expect(pct(0.337, resolveStyle({ percent: '%' }))).toBe('33.7%');
  });

  it('takes values above 1, for changes: the model\'s change.percent', () => {
    expect(pct(302 / 126, style, 0)).toBe('240 per cent');
    expect(pct(1.404, style, 0)).toBe('140 per cent');
    expect(pct(1, style, 0)).toBe('100 per cent');
  });

  it('takes a per-call style', () => {
    expect(pct(0.52, style, 0, '%')).toBe('52%');
    expect(pct(0.52, resolveStyle({ percent: '%' }), 0, 'per cent')).toBe('52 per cent');
    expect(() => pct(0.52, style, 0, 'pc')).toThrow(new PhraseError('pct: expected style "per cent" or "%", found "pc"'));
  });

  it.each([
    [NaN, 'pct: expected a share of 0 or more (0.326 for 32.6 per cent; above 1 for a rise), found NaN'],
    [-0.1, 'pct: expected a share of 0 or more (0.326 for 32.6 per cent; above 1 for a rise), found -0.1'],
    [undefined, 'pct: expected a share of 0 or more (0.326 for 32.6 per cent; above 1 for a rise), found undefined (a missing value?)'],
    [null, 'pct: expected a share of 0 or more (0.326 for 32.6 per cent; above 1 for a rise), found null'],
  ])('rejects %s', (bad, message) => {
    expect(() => pct(bad as number, style)).toThrow(new PhraseError(message));
  });

  it('rejects a bad dp', () => {
    expect(() => pct(0.5, style, -1)).toThrow(/^pct: expected dp/);
  });
});
