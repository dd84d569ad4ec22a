import { describe, expect, it } from 'vitest';
import { MAX_FITTED_COLUMNS, scrollsOnPhone } from '../../src/site/chart-fit.ts';

const table = (rows: number) => ({ caption: 'c', head: ['Force', 'Offences'], rows: Array.from({ length: rows }, (_, i) => [`f${i}`, String(i)]) });

describe('scrollsOnPhone', () => {
  it('scrolls a league of many forces and fits a short one', () => {
    expect(scrollsOnPhone({ fileBase: 'league', table: table(42) })).toBe(true);
    expect(scrollsOnPhone({ fileBase: 'league-rate', table: table(MAX_FITTED_COLUMNS + 1) })).toBe(true);
    expect(scrollsOnPhone({ fileBase: 'league', table: table(MAX_FITTED_COLUMNS) })).toBe(false);
  });

  it('fits every other chart to the screen, however long its table', () => {
    expect(scrollsOnPhone({ fileBase: 'platforms', table: table(42) })).toBe(false);
    expect(scrollsOnPhone({ fileBase: 'map', table: table(42) })).toBe(false);
  });
});
