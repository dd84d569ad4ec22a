import { describe, expect, it } from 'vitest';
import { contrast, theme } from '../../src/charts/theme.ts';

describe('house theme', () => {
  it('computes WCAG contrast', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it.each([['ink'], ['muted'], ['illustrative'], ['focus']] as const)('text colour %s passes AA (4.5:1) on white', (name) => {
    expect(contrast(theme.colour[name], theme.colour.background)).toBeGreaterThanOrEqual(4.5);
  });

  it.each([['focus'], ['other'], ['rule']] as const)('bar colour %s passes 3:1 for graphics on white', (name) => {
    expect(contrast(theme.colour[name], theme.colour.background)).toBeGreaterThanOrEqual(3);
  });

  it('tells highlighted bars from the rest by more than a hue shift', () => {
    // Bars also differ by bold names and a callout; this keeps the two fills distinct in greyscale.
    expect(contrast(theme.colour.focus, theme.colour.other)).toBeGreaterThan(1);
  });
});
