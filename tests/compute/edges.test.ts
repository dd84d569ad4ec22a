import { describe, expect, it } from 'vitest';
import { computeCampaign } from '../../src/compute/index.ts';
import type { CampaignFigures } from '../../src/load/types.ts';
import { campaign, figures, forceRef, reference } from './fixtures.ts';

const run = (f: CampaignFigures, extra = {}) => computeCampaign({ campaign: campaign(extra), figures: f }, reference);
const force = (model: ReturnType<typeof run>, id: string) => {
  const f = model.forces.find((x) => x.id === id);
  if (!f) throw new Error(`no ${id}`);
  return f;
};

describe('forces that did not reply', () => {
  const model = run(figures({
    'north-wales': { offences: 35 },
    gwent: { offences: 21 },
    'south-wales': { responded: false, offences: 74, note: 'did not reply in time' },
    'dyfed-powys': { status: 'refused' },
  }));

  it('are in the model with null figures and their status', () => {
    const sw = force(model, 'south-wales');
    expect(sw).toMatchObject({ responded: false, status: 'no-reply', offences: null, rate: null, note: 'did not reply in time' });
    expect(sw.rank).toEqual({ offences: null, rate: null, offences_in_region: null, rate_in_region: null, group_share: {} });
    expect(sw.platform.facebook).toEqual({ id: 'facebook', name: 'Facebook', count: null, share: null });
    expect(force(model, 'dyfed-powys')).toMatchObject({ responded: false, status: 'refused' });
  });

  it('are left out of sums and ranks but counted as asked ("2 of the 4 forces")', () => {
    const wales = model.regions.find((r) => r.id === 'wales');
    expect(wales).toMatchObject({ offences: 56, forces_replied: 2, forces_asked: 4 });
    expect(model.national).toMatchObject({ offences: 56, forces_replied: 2, forces_asked: 4 });
    expect(force(model, 'north-wales').rank.offences).toEqual({ position: 1, of: 2, joint: false, tied: 1, direction: 'highest' });
  });
});

describe('a partial reply', () => {
  it('is in the totals but not ranked', () => {
    const model = run(figures({ gwent: { offences: 21 }, 'dyfed-powys': { offences: 19, status: 'partial', note: 'first six months only' } }));
    expect(model.national.offences).toBe(40);
    expect(force(model, 'dyfed-powys')).toMatchObject({ responded: true, status: 'partial', offences: 19 });
    expect(force(model, 'dyfed-powys').rank.offences).toBeNull();
    expect(force(model, 'dyfed-powys').rate).not.toBeNull();
    expect(force(model, 'gwent').rank.offences?.of).toBe(1);
  });
});

describe('British Transport Police', () => {
  const model = run(figures({ btp: { offences: 50 }, cleveland: { offences: 95 }, durham: { offences: 88 } }));
  it('has no rate, no rate rank, no region and no region rank', () => {
    const btp = force(model, 'btp');
    expect(btp).toMatchObject({ rate: null, region_id: null, region_name: null, population: null });
    expect(btp.rank).toMatchObject({ rate: null, offences_in_region: null, rate_in_region: null });
    expect(btp.rank.offences).toEqual({ position: 3, of: 3, joint: false, tied: 1, direction: 'highest' });
    expect(force(model, 'cleveland').rank.rate?.of).toBe(2);
  });
  it('counts in the national total but not in the national rate (no population to divide by)', () => {
    expect(model.national.offences).toBe(233);
    const pop = (forceRef('cleveland').population ?? 0) + (forceRef('durham').population ?? 0);
    expect(model.national.rate_population).toBe(pop);
    expect(model.national.rate).toBeCloseTo((183 * 100_000) / pop, 10);
  });
});

describe('ranks', () => {
  const model = run(figures({
    cleveland: { offences: 20, method_recorded: 10, groups: { meta: 5 } },
    durham: { offences: 20, method_recorded: 20, groups: { meta: 10 } },
    northumbria: { offences: 57, method_recorded: 10, groups: { meta: 2 } },
    cumbria: { offences: 5, method_recorded: 4, groups: { meta: 4 } },
  }));
  it('marks ties as joint, nationally and within the region', () => {
    expect(force(model, 'cleveland').rank.offences).toEqual({ position: 2, of: 4, joint: true, tied: 2, direction: 'highest' });
    expect(force(model, 'durham').rank.offences_in_region).toEqual({ position: 2, of: 3, joint: true, tied: 2, direction: 'highest' });
    expect(force(model, 'cumbria').rank.offences_in_region).toEqual({ position: 1, of: 1, joint: false, tied: 1, direction: 'highest' });
  });
  it('ranks by each group share (5/10 and 10/20 tie at 0.5)', () => {
    expect(force(model, 'cumbria').rank.group_share.meta).toEqual({ position: 1, of: 4, joint: false, tied: 1, direction: 'highest' });
    expect(force(model, 'cleveland').rank.group_share.meta).toEqual({ position: 2, of: 4, joint: true, tied: 2, direction: 'highest' });
    expect(force(model, 'durham').rank.group_share.meta?.position).toBe(2);
  });
  it('ranks regions against each other', () => {
    const ne = model.regions.find((r) => r.id === 'north-east');
    const nw = model.regions.find((r) => r.id === 'north-west');
    expect(ne?.rank.offences).toEqual({ position: 1, of: 2, joint: false, tied: 1, direction: 'highest' });
    expect(nw?.rank.offences?.position).toBe(2);
    expect(ne?.group.meta).toMatchObject({ count: 17, instances: false });
    expect(ne?.group.meta?.share).toBeCloseTo(17 / 40, 12);
  });
});

describe('published blocks', () => {
  it('make a region appear with no force of its own, and say published_totals', () => {
    const model = run(figures({ derbyshire: { offences: 20 } }, { regions: { wales: { offences: 149 } } }));
    expect(model.regions.map((r) => r.id)).toEqual(['east-midlands', 'wales']);
    const wales = model.regions[1];
    expect(wales).toMatchObject({ offences: 149, published_totals: true, force_ids: [], forces_replied: null, forces_asked: null, forces_in_area: 4, covers_all_forces: true });
    expect(wales?.rate).toBeCloseTo((149 * 100_000) / (wales?.population ?? NaN), 10);
    expect(model.national.offences).toBe(20);
  });

  it('give forces_replied and forces_asked ("39 of the 43 forces")', () => {
    const model = run(figures({ derbyshire: { offences: 20 } }, { national: { offences: 5112, forces_replied: 39, forces_asked: 43 } }));
    expect(model.national).toMatchObject({ offences: 5112, forces_replied: 39, forces_asked: 43 });
    expect(force(model, 'derbyshire').share_of_national).toBeCloseTo(20 / 5112, 12);
  });

  it('for another area ("the UK") give no population and no rate', () => {
    const model = run(figures({ derbyshire: { offences: 20 } }, { national: { name: 'the UK', offences: 7062 } }));
    expect(model.national).toMatchObject({ name: 'the UK', population: null, rate: null });
  });
});

describe('change and history in aggregates', () => {
  const model = run(figures({
    'north-wales': { offences: 97, previous: { offences: 101 }, history: { '2017/18': 53, '2022/23': 101, '2023/24': 97 } },
    gwent: { offences: 67, previous: { offences: 58 }, history: { '2017/18': 44, '2022/23': 58, '2023/24': 67 } },
  }));
  it('gives each force its change against previous', () => {
    expect(force(model, 'gwent').change).toMatchObject({ from: 58, to: 67, absolute: 9 });
    expect(force(model, 'gwent').previous).toMatchObject({ offences: 58, method_recorded: null, breakdowns: [] });
  });
  it('sums previous and history for the region', () => {
    const wales = model.regions.find((r) => r.id === 'wales');
    expect(wales?.change).toMatchObject({ from: 159, to: 164, absolute: 5 });
    expect(wales?.trend?.points).toEqual([
      { period: '2017/18', offences: 97 }, { period: '2022/23', offences: 159 }, { period: '2023/24', offences: 164 },
    ]);
    expect(wales?.trend?.has_gaps).toBe(false);
  });
});

describe('suppress_below', () => {
  const model = run(figures({
    cleveland: { offences: 3, method_recorded: 3, platforms: { facebook: 2 }, history: { a: 2, b: 9 } },
    durham: { offences: 40, method_recorded: 30, platforms: { facebook: 4, snapchat: 12 } },
    northumbria: { offences: 57 },
  }), { suppress_below: 5 });

  it('withholds small counts and everything built on them', () => {
    const c = force(model, 'cleveland');
    expect(c).toMatchObject({ offences: null, method_recorded: null, rate: null, share_of_national: null, suppressed: { offences: true, method_recorded: true } });
    expect(c.rank.offences).toBeNull();
    expect(c.platform.facebook).toMatchObject({ count: null, share: null, suppressed: true });
    expect(c.trend?.points[0]).toEqual({ period: 'a', offences: null, suppressed: true });
    expect(c.trend?.change).toBeNull();
  });

  it('keeps larger counts, ranking without the withheld ones', () => {
    const d = force(model, 'durham');
    expect(d.platform.facebook).toMatchObject({ count: null, suppressed: true });
    expect(d.platform.snapchat).toMatchObject({ count: 12, share: 0.4 });
    expect(d.rank.offences).toEqual({ position: 2, of: 2, joint: false, tied: 1, direction: 'highest' });
    expect(d.top_platform?.id).toBe('snapchat');
  });

  it('sums totals from raw counts', () => {
    expect(model.national.offences).toBe(100);
    expect(model.national.platform.facebook?.count).toBe(6);
  });

  it('is off by default', () => {
    const plain = run(figures({ cleveland: { offences: 3 } }));
    expect(plain.forces[0]?.offences).toBe(3);
    expect(plain.forces[0]?.suppressed).toBeUndefined();
  });
});

describe('summed shares are like for like', () => {
  it('withhold a platform share when a force gives the count but not method_recorded', () => {
    const model = run(figures({
      derbyshire: { offences: 20, platforms: { facebook: 4 } },
      gwent: { offences: 21, method_recorded: 10, platforms: { facebook: 2, snapchat: 3 } },
      'north-wales': { offences: 35, method_recorded: 10, platforms: { snapchat: 1 } },
    }));
    // 6 / 20 would overstate Facebook: Derbyshire's 4 has no denominator in the 20.
    expect(model.national.platform.facebook).toMatchObject({ count: 6, share: null });
    // Snapchat comes from exactly the forces that give method_recorded: like for like.
    expect(model.national.platform.snapchat).toMatchObject({ count: 4, share: 0.2 });
    expect(model.national.group.meta).toMatchObject({ count: 6, instances: true, share: null });
    const wales = model.regions.find((r) => r.id === 'wales');
    expect(wales?.platform.snapchat).toMatchObject({ count: 4, share: 0.2 });
    expect(wales?.platform.facebook).toMatchObject({ count: 2, share: null });
  });

  it('withhold breakdown shares when a force leaves out a category', () => {
    const model = run(figures({
      gwent: { offences: 21, breakdowns: { gender: { of: 'known', categories: { girls: 12, boys: 3 } } } },
      'north-wales': { offences: 35, breakdowns: { gender: { of: 'known', categories: { girls: 20 } } } },
    }));
    expect(model.national.breakdowns[0]?.items.map((i) => [i.id, i.count, i.share])).toEqual([['girls', 32, null], ['boys', 3, null]]);
    expect(force(model, 'gwent').breakdowns[0]?.items[0]?.share).toBe(0.8);
  });
});
