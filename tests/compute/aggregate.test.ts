import { describe, expect, it } from 'vitest';
import { sumCounts, sumHistory, sumPrevious, sumSupplied } from '../../src/compute/aggregate.ts';
import { withPublished } from '../../src/compute/published.ts';

describe('sumCounts', () => {
  it('North East 2017/18: Cleveland 95 + Durham 88 + Northumbria 57 = 240', () => {
    expect(sumCounts([{ offences: 95 }, { offences: 88 }, { offences: 57 }]).offences).toBe(240);
  });

  it('sums supplied figures only; null when none is supplied (never zero)', () => {
    expect(sumSupplied([null, 3, undefined, 4])).toBe(7);
    expect(sumSupplied([null, undefined])).toBeNull();
    expect(sumSupplied([])).toBeNull();
    expect(sumCounts([{ offences: 3 }, {}]).method_recorded).toBeNull();
  });

  it('sums platforms and breakdown categories, takes the youngest victim age', () => {
    const s = sumCounts([
      { platforms: { facebook: 4, snapchat: 1 }, youngest_victim_age: 9, breakdowns: { gender: { of: 'known', categories: { girls: 12, boys: 3 } } } },
      { platforms: { facebook: 6 }, youngest_victim_age: 7, breakdowns: { gender: { of: 'known', categories: { girls: 5 } } } },
      { platforms: { facebook: null } },
    ]);
    expect(s.platforms).toEqual({ facebook: 10, snapchat: 1 });
    expect(s.youngest_victim_age).toBe(7);
    expect(s.breakdowns).toEqual({ gender: { of: 'known', categories: { girls: 17, boys: 3 } } });
  });

  it('sums de-duplicated group counts only when every force gives one', () => {
    expect(sumCounts([{ groups: { meta: 4 } }, { groups: { meta: 6 } }]).groups).toEqual({ meta: 10 });
    expect(sumCounts([{ groups: { meta: 4 } }, { platforms: { facebook: 6 } }]).groups).toEqual({});
  });
});

describe('sumPrevious (like for like)', () => {
  it('sums previous figures when every force with a current figure has one', () => {
    expect(sumPrevious([{ offences: 10, previous: { offences: 8 } }, { offences: 5, previous: { offences: 5 } }])).toEqual({ offences: 13, method_recorded: null });
  });
  it('gives no previous total when one force lacks it', () => {
    expect(sumPrevious([{ offences: 10, previous: { offences: 8 } }, { offences: 5 }])).toBeNull();
  });
});

describe('sumHistory', () => {
  it('sums period by period, a period missing anywhere becomes a gap', () => {
    expect(sumHistory([
      { '2017/18': 53, '2018/19': 103 }, // North Wales
      { '2017/18': 44, '2018/19': null }, // Gwent (illustrative gap)
    ])).toEqual({ '2017/18': 97, '2018/19': null });
    expect(sumHistory([])).toBeNull();
  });
});

describe('published totals', () => {
  it('take precedence field by field', () => {
    const merged = withPublished({ offences: 120, youngest_victim_age: 9, method_recorded: 50 }, { offences: 1628, youngest_victim_age: 2 });
    // method_recorded is not in the block, so it is not published: never the forces' partial sum.
    expect(merged).toMatchObject({ offences: 1628, youngest_victim_age: 2, method_recorded: null });
  });

  it('take method_recorded, platforms and groups as one unit', () => {
    const merged = withPublished({ method_recorded: 50, platforms: { facebook: 10 } }, { method_recorded: 956 });
    expect(merged.method_recorded).toBe(956);
    expect(merged.platforms).toEqual({});
  });

});
