/**
 * campaign.yaml `leave_out_regions` (issue 12, "or be left out by the campaign's choice"): a
 * region the figures cover only in part is left out of the model's regions, its rankings and
 * its forces' regional comparisons; its forces and the national figures are untouched.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCampaign } from '../../src/compute/index.ts';
import { isPartlyCovered, leftOutRegionIds, regionCoverageFacts } from '../../src/compute/coverage.ts';
import type { Campaign, CampaignFigures } from '../../src/load/types.ts';
import { campaign, figures, reference } from './fixtures.ts';

// North West: Lancashire alone of five (Cheshire listed, no reply). Wales: Gwent alone of four.
// East Midlands and London: every force. A published total for the South East (1 of 5 listed).
const data = figures(
  {
    lancashire: { offences: 40 }, cheshire: { responded: false },
    gwent: { offences: 21 },
    derbyshire: { offences: 20 }, nottinghamshire: { offences: 30 }, leicestershire: { offences: 25 }, lincolnshire: { offences: 5 }, northamptonshire: { offences: 9 },
    metropolitan: { offences: 200 }, 'city-of-london': { offences: 2 },
    kent: { offences: 50 },
  },
  { national: { offences: 1628 }, regions: { 'south-east': { offences: 300 } } },
);
const run = (leave?: Campaign['leave_out_regions'], figs: CampaignFigures = data) => computeCampaign({ campaign: campaign(leave === undefined ? {} : { leave_out_regions: leave }), figures: figs }, reference);
const ids = (rs: { id: string }[] | undefined) => (rs ?? []).map((r) => r.id);

describe('which regions are partly covered', () => {
  it('a sum of fewer forces than the region has, listed or not; never a published total', () => {
    expect(isPartlyCovered({ published_totals: false, forces_replied: 1, forces_in_area: 5 })).toBe(true);
    expect(isPartlyCovered({ published_totals: false, forces_replied: 0, forces_in_area: 5 })).toBe(true);
    expect(isPartlyCovered({ published_totals: false, forces_replied: 5, forces_in_area: 5 })).toBe(false);
    expect(isPartlyCovered({ published_totals: true, forces_replied: 1, forces_in_area: 5 })).toBe(false);
    expect(isPartlyCovered({ published_totals: true, forces_replied: null, forces_in_area: 5 })).toBe(false);
  });

  it('the facts load/ checks against are the computed region\'s own', () => {
    const model = run();
    for (const region of model.regions) {
      expect(regionCoverageFacts(region.id, data, reference), region.id).toEqual({ published_totals: region.published_totals, forces_replied: region.forces_replied, forces_in_area: region.forces_in_area });
    }
    expect(regionCoverageFacts('north-east', data, reference)).toBeNull();
  });
});

describe('leave_out_regions', () => {
  it('absent: every region as before, nothing left out', () => {
    const model = run();
    expect(ids(model.regions)).toEqual(['north-west', 'east-midlands', 'london', 'south-east', 'wales']);
    expect(model.left_out_regions).toEqual([]);
  });

  it('partly-covered: leaves out the North West and Wales, keeps the complete and the published regions', () => {
    const model = run('partly-covered');
    expect(ids(model.regions)).toEqual(['east-midlands', 'london', 'south-east']);
    expect(ids(model.left_out_regions)).toEqual(['north-west', 'wales']);
  });

  it('a list leaves out only the regions it names', () => {
    const model = run(['wales']);
    expect(ids(model.regions)).toEqual(['north-west', 'east-midlands', 'london', 'south-east']);
    expect(ids(model.left_out_regions)).toEqual(['wales']);
    expect(ids(run([]).left_out_regions)).toEqual([]);
  });

  it('the regions shown are ranked among themselves: "of N" counts what is shown', () => {
    const model = run('partly-covered');
    const rank = (id: string) => model.regions.find((r) => r.id === id)!.rank.offences;
    expect(rank('south-east')).toMatchObject({ position: 1, of: 3 });
    expect(rank('london')).toMatchObject({ position: 2, of: 3 });
    expect(rank('east-midlands')).toMatchObject({ position: 3, of: 3 });
    // Before: five regions ranked, the North West and Wales among them.
    expect(run().regions.find((r) => r.id === 'london')!.rank.offences).toMatchObject({ position: 2, of: 5 });
  });

  it('forces of a region left out keep their figures and national ranks, and lose their regional ones', () => {
    const before = run();
    const after = run('partly-covered');
    const lancs = (m: typeof before) => m.forces.find((f) => f.id === 'lancashire')!;
    expect(ids(after.forces)).toEqual(ids(before.forces));
    expect(lancs(after).offences).toBe(40);
    expect(lancs(after).region_id).toBe('north-west');
    expect(lancs(after).rank.offences).toEqual(lancs(before).rank.offences);
    expect(lancs(after).share_of_national).toBe(lancs(before).share_of_national);
    expect(lancs(before).rank.offences_in_region).toMatchObject({ position: 1, of: 1 });
    expect(lancs(after).rank.offences_in_region).toBeNull();
    expect(lancs(after).rank.rate_in_region).toBeNull();
    // A force of a region shown keeps its regional rank.
    expect(after.forces.find((f) => f.id === 'derbyshire')!.rank.offences_in_region).toEqual(before.forces.find((f) => f.id === 'derbyshire')!.rank.offences_in_region);
  });

  it('the national figures do not change (summed or published)', () => {
    const summed = figures(Object.fromEntries(Object.entries(data.forces)));
    expect(run('partly-covered', summed).national).toEqual(run(undefined, summed).national);
    expect(run('partly-covered').national).toEqual(run().national);
  });

  it('property: whatever the replies, the regions shown and left out partition the regions, and only partly covered ones are left out', () => {
    const forceIds = reference.forces.map((f) => f.id);
    const reply = fc.oneof(fc.constant(undefined), fc.constant({ responded: false }), fc.record({ offences: fc.nat(500) }));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...forceIds), reply, { minKeys: 1 }), fc.boolean(), (forces, list) => {
        const listed = Object.fromEntries(Object.entries(forces).filter(([, v]) => v !== undefined)) as CampaignFigures['forces'];
        if (Object.keys(listed).length === 0) return;
        const figs = figures(listed, { national: { offences: 10_000 } });
        const all = run(undefined, figs);
        const leave = list ? all.regions.filter(isPartlyCovered).map((r) => r.id).slice(0, 2) : 'partly-covered';
        const model = run(leave, figs);
        expect([...ids(model.regions), ...ids(model.left_out_regions)].sort()).toEqual(ids(all.regions).sort());
        for (const r of model.left_out_regions ?? []) expect(isPartlyCovered(r)).toBe(true);
        if (!list) for (const r of model.regions) expect(isPartlyCovered(r)).toBe(false);
        for (const r of model.regions) if (r.rank.offences) expect(r.rank.offences.of).toBeLessThanOrEqual(model.regions.length);
        expect(model.national).toEqual(all.national);
        expect(leftOutRegionIds({ leave_out_regions: leave }, all.regions)).toEqual(new Set(ids(model.left_out_regions)));
      }),
      { numRuns: 200 },
    );
  });
});
