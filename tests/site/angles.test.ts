/**
 * The angles a release places without computing (src/site/angles.ts), on the demo campaigns.
 */
import { describe, expect, it } from 'vitest';
import { computeCampaign } from '../../src/compute/index.ts';
import { loadProject } from '../../src/load/index.ts';
import { defaultStyle, place } from '../../src/phrase/index.ts';
import { pageAngles, periodDays } from '../../src/site/angles.ts';

const project = loadProject('data', ['scwc-2017-nine-months', 'scwc-annual-2017-2024', 'illustrative-online-grooming']);
const models = Object.fromEntries(
  project.campaigns.map((input) => [input.campaign.id, computeCampaign({ campaign: input.campaign, figures: input.figures }, project.reference)]),
);
const angles = (campaign: string, id: string) => {
  const model = models[campaign]!;
  const area = id === 'national' ? model.national : (model.forces.find((f) => f.id === id) ?? model.regions.find((r) => r.id === id))!;
  return pageAngles(model, area, project.reference, (name) => place(name, defaultStyle));
};

describe('page angles', () => {
  it('where: a force by its area, a region with its article, a region with one force in the release by that force', () => {
    expect(angles('scwc-2017-nine-months', 'derbyshire').where).toBe('Derbyshire');
    expect(angles('scwc-2017-nine-months', 'east-midlands').where).toBe('Derbyshire');
    expect(angles('scwc-annual-2017-2024', 'south-east').where).toBe('the South East');
    expect(angles('scwc-annual-2017-2024', 'national').where).toBe('the UK');
  });

  it('in_where: where with its preposition, so copy joins no strings ("on" the railway network)', () => {
    expect(angles('illustrative-online-grooming', 'derbyshire').in_where).toBe('in Derbyshire');
    expect(angles('scwc-annual-2017-2024', 'south-east').in_where).toBe('in the South East');
    expect(angles('scwc-annual-2017-2024', 'national').in_where).toBe('in the UK');
    expect(angles('illustrative-online-grooming', 'btp').in_where).toBe('on the British Transport Police network');
  });

  it('short names and aliases from forces.yaml', () => {
    expect(angles('illustrative-online-grooming', 'thames-valley').short_name).toBe('TVP');
    expect(angles('illustrative-online-grooming', 'metropolitan').aliases).toEqual(['Metropolitan Police', 'Met']);
    expect(angles('illustrative-online-grooming', 'derbyshire').short_name).toBe('Derbyshire Constabulary');
  });

  it("a force's region and its forces, most offences first", () => {
    const a = angles('scwc-annual-2017-2024', 'kent');
    expect(a.force_region?.id).toBe('south-east');
    expect(a.region_forces.map((f) => f.id)).toEqual(['kent', 'sussex', 'surrey', 'hampshire']);
    expect(a.share_of_region).toBeCloseTo(264 / a.force_region!.offences!, 12);
    expect(a.rank_offences?.of).toBeGreaterThan(1);
  });

  it('rates per day and per week over the period, the peak and the previous period', () => {
    const n = angles('scwc-annual-2017-2024', 'national');
    expect(n.period_days).toBe(366);
    expect(n.per_day).toBeCloseTo(7062 / 366, 12);
    expect(n.per_week).toBeCloseTo(7062 / 52, 12);
    expect(angles('scwc-annual-2017-2024', 'kent').national_per_day).toBeCloseTo(7062 / 366, 12);
    expect(angles('scwc-annual-2017-2024', 'kent').national_per_week).toBeCloseTo(7062 / 52, 12);
    expect(n.peak).toEqual({ period: '2023/24', offences: 7062 });
    expect(n.peak_is_latest).toBe(true);
    expect(n.previous_label).toBe('2022/23');
    expect(angles('scwc-annual-2017-2024', 'south-east').peak?.period).toBe('2022/23');
  });

  it("the nation's rate and change beside the local ones", () => {
    const a = angles('illustrative-online-grooming', 'thames-valley');
    const model = models['illustrative-online-grooming']!;
    expect(a.national_rate).toBe(model.national.rate);
    expect(a.national_change).toEqual(model.national.change);
    expect(a.forces_asked).toBe(model.national.forces_asked);
  });

  it('counts days with both ends', () => {
    expect(periodDays('2017-04-03', '2017-12-31')).toBe(273);
    expect(periodDays('2023-04-01', '2024-03-31')).toBe(366);
  });
});
