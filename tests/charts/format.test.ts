import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { count, ordinal, pct, r2, rankLabel, rate, wrap } from '../../src/charts/format.ts';
import { decimal, digits, percentCell } from '../../src/site/format.ts';
import { leagueEntries } from '../../src/charts/league.ts';
import { competitionRanks } from '../../src/compute/rank.ts';
import { bandStep } from '../../src/charts/map.ts';
import { forces } from './fixtures.ts';

describe('chart number formats', () => {
  it('writes the figures a reporter would check', () => {
    expect(count(1628)).toBe('1,628');
    expect(pct(0.326)).toBe('32.6%');
    expect(pct(52 / 100)).toBe('52.0%');
    expect(rate(19.449)).toBe('19.4');
    expect(rate(1234.56)).toBe('1,234.6');
    expect(r2(15.23809523809524)).toBe(15.24);
    expect(Object.is(r2(-0.001), 0)).toBe(true);
  });

  it('never shows a share above nothing as 0.0%, which reads as none (the copy says "less than 0.1 per cent")', () => {
    expect(pct(1 / 5000)).toBe('<0.1%');
    expect(pct(0.0004999)).toBe('<0.1%');
    expect(pct(0.0005)).toBe('0.1%');
    expect(pct(0)).toBe('0.0%');
    expect(pct(0.004, 0)).toBe('<1%');
    expect(percentCell(3 / 10_000)).toBe('<0.1%');
  });

  it('never shows a share short of all as 100.0%, which reads as every one (the copy says "more than 99.9 per cent")', () => {
    expect(pct(16_938 / 16_939)).toBe('>99.9%');
    expect(pct(0.9995)).toBe('>99.9%');
    expect(pct(0.99949)).toBe('99.9%');
    expect(pct(1)).toBe('100.0%');
    expect(pct(0.996, 0)).toBe('>99%');
    expect(percentCell(0.99996)).toBe('>99.9%');
  });

  it.each([[1, '1st'], [2, '2nd'], [3, '3rd'], [4, '4th'], [11, '11th'], [12, '12th'], [13, '13th'], [21, '21st'], [22, '22nd'], [101, '101st'], [111, '111th']])(
    'ordinal(%i) is %s', (n, s) => expect(ordinal(n)).toBe(s));

  it('groups thousands in big ordinals and ranks, as the copy and the league description do', () => {
    expect(ordinal(1012)).toBe('1,012th');
    expect(rankLabel({ position: 1012, of: 10_000, joint: false, direction: 'highest' })).toBe('1,012th highest of 10,000');
  });

  it('are the numbers the site\'s tables write (one set of formatters)', () => {
    for (const n of [0, 7, 1628, 12_345.5, 0.3264, 19.449, 1 / 3]) {
      expect(digits(n)).toBe(count(n));
      expect(decimal(n)).toBe(rate(n));
      if (n <= 1) expect(percentCell(n)).toBe(pct(n));
    }
    expect([digits(null), decimal(Number.NaN), percentCell(undefined)]).toEqual(['–', '–', '–']);
  });

  it('labels ranks as the copy does', () => {
    expect(rankLabel({ position: 12, of: 39, joint: false, direction: 'highest' })).toBe('12th highest of 39');
    expect(rankLabel({ position: 3, of: 39, joint: true, direction: 'highest' })).toBe('joint 3rd highest of 39');
    expect(rankLabel({ position: 1, of: 42, joint: false, direction: 'highest' })).toBe('highest of 42');
    expect(rankLabel({ position: 1, of: 42, joint: true, direction: 'highest' })).toBe('joint highest of 42');
    // The last place reads as the copy does (src/phrase/rank.ts): "lowest", never "5th highest of 5".
    expect(rankLabel({ position: 5, of: 5, joint: false, direction: 'highest' })).toBe('lowest of 5');
    expect(rankLabel({ position: 4, of: 5, joint: true, direction: 'highest' })).toBe('joint lowest of 5');
    expect(rankLabel({ position: 4, of: 5, joint: false, direction: 'highest' })).toBe('4th highest of 5');
  });

  it('wraps text at spaces without losing or reordering words', () => {
    fc.assert(fc.property(fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { maxLength: 30 }), fc.integer({ min: 1, max: 80 }), (words, max) => {
      const lines = wrap(words.join(' '), max);
      expect(lines.join(' ').split(' ').filter(Boolean)).toEqual(words);
      for (const line of lines) expect(line.length <= max || !line.includes(' ')).toBe(true);
    }));
  });

  it('picks a band width that fits the highest value in five bands', () => {
    expect(bandStep(16.8)).toBe(5);
    expect(bandStep(0)).toBe(1);
    fc.assert(fc.property(fc.double({ min: 0.001, max: 1e6, noNaN: true }), (max) => {
      const step = bandStep(max);
      expect(step * 5).toBeGreaterThanOrEqual(max);
      expect(step * 5).toBeLessThanOrEqual(max * 2.5 + 1e-9);
    }));
  });
});

describe('league order', () => {
  it('sorts responding forces highest first with competition ranks, whatever the figures', () => {
    const arb = fc.array(fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }), { minLength: forces.length, maxLength: forces.length });
    fc.assert(fc.property(arb, (values) => {
      const ranks = competitionRanks(values.map((v) => v ?? null));
      const data = forces.map((f, i) => ({ ...f, offences: values[i] ?? null, responded: values[i] !== null, rank: { ...f.rank, offences: ranks[i] ?? null } }));
      const entries = leagueEntries({ forces: data, metric: 'offences', highlight: [] });
      expect(entries).toHaveLength(values.filter((v) => v !== null).length);
      entries.forEach((e, i) => {
        if (i > 0) expect(e.value).toBeLessThanOrEqual(entries[i - 1]!.value);
        expect(e.rank.position).toBe(entries.filter((x) => x.value > e.value).length + 1);
        expect(e.rank.joint).toBe(entries.filter((x) => x.value === e.value).length > 1);
      });
    }));
  });
});
