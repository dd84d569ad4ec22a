import { describe, expect, it } from 'vitest';
import { groupCount, groupShares, platformShares, share, shareItem, sortItems, topPlatform } from '../../src/compute/shares.ts';
import { campaign } from './fixtures.ts';

describe('share', () => {
  it.each([
    { count: 312, of: 956, expected: 0.32635983263598326 }, // "32.6 per cent"
    { count: 497, of: 956, expected: 497 / 956 }, // "52 per cent"
    { count: 0, of: 956, expected: 0 },
    { count: 956, of: 956, expected: 1 },
  ])('$count of $of', ({ count, of, expected }) => {
    expect(share(count, of)).toBe(expected);
  });

  it('312 of 956 is 32.6 per cent to one place', () => {
    expect(Math.round((share(312, 956) ?? NaN) * 1000) / 10).toBe(32.6);
  });

  it.each([
    { count: null, of: 956 },
    { count: 4, of: null },
    { count: 4, of: undefined },
    { count: 4, of: 0 },
    { count: 10, of: 4 }, // more than the denominator: no fraction of cases
  ])('is null for $count of $of', ({ count, of }) => {
    expect(share(count, of)).toBeNull();
  });
});

describe('groupCount', () => {
  const members = ['facebook', 'instagram', 'whatsapp'];
  it('uses the de-duplicated group figure when given (Derbyshire: four)', () => {
    expect(groupCount({ groups: { meta: 4 }, platforms: { facebook: 3, instagram: 2 } }, 'meta', members)).toEqual({ count: 4, instances: false });
  });
  it('otherwise sums the supplied members, flagged as instances', () => {
    expect(groupCount({ platforms: { facebook: 312, instagram: 149, whatsapp: 31 } }, 'meta', members)).toEqual({ count: 492, instances: true });
    expect(groupCount({ platforms: { facebook: 3, whatsapp: null } }, 'meta', members)).toEqual({ count: 3, instances: true });
    expect(groupCount({ groups: { meta: null }, platforms: { instagram: 2 } }, 'meta', members)).toEqual({ count: 2, instances: true });
  });
  it('is null when neither the group nor any member is supplied', () => {
    expect(groupCount({ platforms: { snapchat: 9 } }, 'meta', members)).toEqual({ count: null, instances: true });
  });
});

describe('platformShares', () => {
  it('lists every declared platform, sorted by count, ties in declaration order, missing last', () => {
    const set = platformShares({ method_recorded: 100, platforms: { whatsapp: 10, snapchat: 30, facebook: 10 } }, campaign());
    expect(set.list.map((p) => `${p.id}:${p.count}`)).toEqual(['snapchat:30', 'facebook:10', 'whatsapp:10', 'instagram:null']);
    expect(Object.keys(set.lookup)).toEqual(['facebook', 'snapchat', 'instagram', 'whatsapp']);
    expect(set.lookup.instagram).toEqual({ id: 'instagram', name: 'Instagram', count: null, share: null });
    expect(set.lookup.snapchat?.share).toBe(0.3);
  });

  it('gives counts without shares when method_recorded is not supplied', () => {
    const set = platformShares({ offences: 20, platforms: { facebook: 4 } }, campaign());
    expect(set.lookup.facebook).toMatchObject({ count: 4, share: null });
  });
});

describe('groupShares', () => {
  it('gives the group share of method_recorded, flagging instances', () => {
    const set = groupShares({ method_recorded: 956, platforms: { facebook: 312, instagram: 149, whatsapp: 31 } }, campaign());
    expect(set.lookup.meta).toMatchObject({ name: 'Facebook-owned apps', count: 492, instances: true });
    expect(set.lookup.meta?.share).toBeCloseTo(0.5146, 4);
  });
});

describe('sortItems and topPlatform', () => {
  const item = (id: string, count: number | null) => shareItem(id, id, count, 100);
  it('is stable for ties', () => {
    expect(sortItems([item('a', 5), item('b', 9), item('c', 5), item('d', null)]).map((i) => i.id)).toEqual(['b', 'a', 'c', 'd']);
  });
  it('picks the first of the highest, and says when it is joint', () => {
    expect(topPlatform(sortItems([item('a', 5), item('b', 9)]))).toMatchObject({ item: { id: 'b' }, joint: false });
    expect(topPlatform(sortItems([item('a', 9), item('b', 9)]))).toMatchObject({ item: { id: 'a' }, joint: true });
  });
  it('is null when no platform has a count above zero', () => {
    expect(topPlatform([item('a', 0), item('b', null)])).toBeNull();
    expect(topPlatform([])).toBeNull();
  });
});
