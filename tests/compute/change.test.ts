import { describe, expect, it } from 'vitest';
import { change, trend } from '../../src/compute/change.ts';

describe('change', () => {
  it('126 → 428: more than trebled (ratio 3.40)', () => {
    const c = change(126, 428);
    expect(c).toMatchObject({ from: 126, to: 428, absolute: 302 });
    expect(c?.ratio).toBeCloseTo(3.3968, 4);
    expect(c?.percent).toBeCloseTo(2.3968, 4);
  });

  it.each([
    { from: 100, to: 123, expected: { absolute: 23, ratio: 1.23, percent: 0.23 } },
    { from: 100, to: 100, expected: { absolute: 0, ratio: 1, percent: 0 } },
    { from: 80, to: 60, expected: { absolute: -20, ratio: 0.75, percent: -0.25 } },
    { from: 0, to: 5, expected: { absolute: 5, ratio: null, percent: null } },
  ])('$from → $to', ({ from, to, expected }) => {
    const c = change(from, to);
    expect(c?.absolute).toBe(expected.absolute);
    if (expected.ratio === null) expect(c?.ratio).toBeNull();
    else expect(c?.ratio).toBeCloseTo(expected.ratio, 12);
    if (expected.percent === null) expect(c?.percent).toBeNull();
    else expect(c?.percent).toBeCloseTo(expected.percent, 12);
  });

  it('is null when either figure is not supplied (null is never zero)', () => {
    expect(change(null, 5)).toBeNull();
    expect(change(5, null)).toBeNull();
    expect(change(undefined, 5)).toBeNull();
  });
});

describe('trend', () => {
  it('keeps the YAML order and the gaps, and measures first → last supplied (Gwent 2017/18–2023/24)', () => {
    const t = trend({ '2017/18': 44, '2018/19': 26, '2019/20': 144, '2020/21': null, '2021/22': 26, '2022/23': 58, '2023/24': 67 });
    expect(t?.points.map((p) => p.period)).toEqual(['2017/18', '2018/19', '2019/20', '2020/21', '2021/22', '2022/23', '2023/24']);
    expect(t?.points[3]).toEqual({ period: '2020/21', offences: null });
    expect(t?.has_gaps).toBe(true);
    expect(t?.first).toEqual({ period: '2017/18', offences: 44 });
    expect(t?.last).toEqual({ period: '2023/24', offences: 67 });
    expect(t?.change?.absolute).toBe(23);
  });

  it('skips a null at the end: the last supplied point is used, flagged', () => {
    const t = trend({ '2021/22': 166, '2022/23': null });
    expect(t?.first).toBeNull();
    expect(t?.change).toBeNull();
    const u = trend({ a: null, b: 10, c: 20, d: null });
    expect(u?.first?.period).toBe('b');
    expect(u?.last?.period).toBe('c');
    expect(u?.change?.ratio).toBe(2);
    expect(u?.has_gaps).toBe(true);
  });

  it('has no gaps when every period is supplied; none for no history', () => {
    expect(trend({ '2017/18': 53, '2023/24': 97 })?.has_gaps).toBe(false);
    expect(trend(undefined)).toBeNull();
    expect(trend({})).toBeNull();
  });
});
