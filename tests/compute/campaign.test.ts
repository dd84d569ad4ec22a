import { describe, expect, it } from 'vitest';
import { computeCampaign } from '../../src/compute/index.ts';
import { campaign, figures, forceRef, reference } from './fixtures.ts';

const northEast2017 = figures({
  northumbria: { offences: 57 },
  cleveland: { offences: 95 },
  durham: { offences: 88 },
});

describe('computeCampaign', () => {
  it('sums the North East 2017/18: Cleveland 95 + Durham 88 + Northumbria 57 = 240', () => {
    const model = computeCampaign({ campaign: campaign(), figures: northEast2017 }, reference);
    const ne = model.regions.find((r) => r.id === 'north-east');
    expect(ne?.offences).toBe(240);
    expect(model.national.offences).toBe(240);
    expect(model.regions.map((r) => r.id)).toEqual(['north-east']);
    // data/forces.yaml lists them north to south
    expect(ne?.force_ids).toEqual(['northumbria', 'durham', 'cleveland']);
  });

  it('lists forces in data/forces.yaml order, not figures.yaml order', () => {
    const model = computeCampaign({ campaign: campaign(), figures: northEast2017 }, reference);
    const order = reference.forces.map((f) => f.id).filter((id) => ['cleveland', 'durham', 'northumbria'].includes(id));
    expect(model.forces.map((f) => f.id)).toEqual(order);
  });

  it('ranks Cleveland first of three, and computes its rate per 100,000 from the Census 2021 population', () => {
    const model = computeCampaign({ campaign: campaign(), figures: northEast2017 }, reference);
    const cleveland = model.forces.find((f) => f.id === 'cleveland');
    expect(cleveland?.rank.offences).toEqual({ position: 1, of: 3, joint: false, tied: 1, direction: 'highest' });
    expect(cleveland?.rate).toBeCloseTo((95 * 100_000) / (forceRef('cleveland').population ?? NaN), 10);
    expect(cleveland?.share_of_national).toBeCloseTo(95 / 240, 12);
  });

  it('gives Facebook a share of 312 / 956 nationally (32.6 per cent) from a published block', () => {
    const model = computeCampaign(
      {
        campaign: campaign(),
        figures: figures({ derbyshire: { offences: 20, groups: { meta: 4 }, youngest_victim_age: 9 } }, {
          national: { offences: 1628, method_recorded: 956, platforms: { facebook: 312, snapchat: 176 } },
        }),
      },
      reference,
    );
    expect(model.national.platform.facebook?.share).toBeCloseTo(0.3264, 4);
    expect(model.national.platform.instagram).toMatchObject({ count: null, share: null });
    expect(model.national.top_platform?.id).toBe('facebook');
    expect(model.national.published_totals).toBe(true);
    expect(model.national.name).toBe('England and Wales');
  });

});
