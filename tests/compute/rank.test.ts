import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { competitionRanks, rankBy } from '../../src/compute/rank.ts';

const positions = (values: Array<number | null>, d: 'highest' | 'lowest' = 'highest') =>
  competitionRanks(values, d).map((r) => (r ? `${r.position}${r.joint ? '=' : ''}` : null));

describe('competitionRanks', () => {
  it.each([
    { values: [10, 20, 20, 5], expected: ['3', '1=', '1=', '4'] },
    { values: [5, 4, 4, 4, 1], expected: ['1', '2=', '2=', '2=', '5'] },
    { values: [7], expected: ['1'] },
    { values: [3, 3], expected: ['1=', '1='] },
    { values: [0, 2, 1], expected: ['3', '1', '2'] },
    { values: [null, 20, 10, null], expected: [null, '1', '2', null] },
    { values: [], expected: [] },
  ])('ranks $values as $expected', ({ values, expected }) => {
    expect(positions(values)).toEqual(expected);
  });

  it('says how many were ranked, leaving out nulls', () => {
    expect(competitionRanks([10, null, 20, 20, 5])[0]).toEqual({ position: 3, of: 4, joint: false, tied: 1, direction: 'highest' });
  });

  it('ranks from the lowest when asked', () => {
    expect(positions([10, 20, 20, 5], 'lowest')).toEqual(['2', '3=', '3=', '1']);
    expect(competitionRanks([1], 'lowest')[0]?.direction).toBe('lowest');
  });

  it('treats equal fractions computed from different counts as a tie (1/3 and 2/6)', () => {
    expect(positions([1 / 3, 2 / 6, 0.5])).toEqual(['2=', '2=', '1']);
  });

  it('keys ranks by id and leaves out null values', () => {
    const ranks = rankBy({ cleveland: 95, durham: 88, northumbria: 57, btp: null });
    expect(ranks.get('durham')).toEqual({ position: 2, of: 3, joint: false, tied: 1, direction: 'highest' });
    expect(ranks.has('btp')).toBe(false);
  });
});

describe('competitionRanks properties', () => {
  const values = fc.array(fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }), { maxLength: 30 });

  it('is a competition ranking: position = 1 + how many are strictly higher; equal values equal-ranked', () => {
    fc.assert(
      fc.property(values, (vs) => {
        const ranks = competitionRanks(vs);
        const supplied = vs.filter((v): v is number => v !== null);
        vs.forEach((v, i) => {
          const r = ranks[i];
          if (v === null) return expect(r).toBeNull();
          expect(r?.position).toBe(1 + supplied.filter((w) => w > v).length);
          expect(r?.of).toBe(supplied.length);
          expect(r?.joint).toBe(supplied.filter((w) => w === v).length > 1);
        });
        // Sorted positions form 1,2,2,4: each position p is followed by p + (size of its tie).
        const sorted = ranks.flatMap((r) => (r ? [r.position] : [])).sort((a, b) => a - b);
        let i = 0;
        while (i < sorted.length) {
          const p = sorted[i] ?? 0;
          expect(p).toBe(i + 1);
          while (sorted[i] === p) i += 1;
        }
      }),
    );
  });

  it('does not depend on the order of the values', () => {
    fc.assert(
      fc.property(values.chain((vs) => fc.tuple(fc.constant(vs), fc.shuffledSubarray(vs.map((_, i) => i), { minLength: vs.length }))), ([vs, order]) => {
        const direct = competitionRanks(vs);
        const shuffled = competitionRanks(order.map((i) => vs[i] ?? null));
        order.forEach((from, to) => expect(shuffled[to]).toEqual(direct[from]));
      }),
    );
  });
});
