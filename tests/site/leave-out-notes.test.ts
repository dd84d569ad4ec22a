/**
 * The note a region left out by campaign.yaml `leave_out_regions` gets: on the national page
 * every such region, on a force's page its own; with a published national total it does not
 * claim the region's forces are in it.
 */
import { describe, expect, it } from 'vitest';
import { computeCampaign } from '../../src/compute/index.ts';
import { figuresSchema } from '../../src/load/schema.ts';
import type { Campaign, CampaignFigures } from '../../src/load/types.ts';
import { dataNotes } from '../../src/site/data-notes.ts';
import { campaign, reference } from '../compute/fixtures.ts';

const run = (figures: unknown, leave: Campaign['leave_out_regions'] = 'partly-covered') =>
  computeCampaign({ campaign: campaign({ leave_out_regions: leave }), figures: figuresSchema.parse(figures) as CampaignFigures }, reference);
const leftOut = (notes: string[]) => notes.filter((n) => n.includes('left out.**'));

describe('the note for regions left out', () => {
  const forces = { lancashire: { offences: 40 }, cheshire: { responded: false }, gwent: { offences: 21 }, 'south-wales': { offences: 30 }, 'dyfed-powys': { status: 'refused' }, kent: { offences: 9 } };

  it('names every region left out on the national page, with the forces behind each', () => {
    const model = run({ forces });
    expect(leftOut(dataNotes(model.national, model, reference))).toEqual([
      "**Regions left out.** This release gives no figures for the North West, the South East and Wales as regions: it has figures from only 1 of the 5 forces of the North West (Lancashire), only 1 of the 5 forces of the South East (Kent) and only 2 of the 4 forces of Wales (Gwent and South Wales), and a total for part of a region would read as the whole region's. This does not mean that no offences were recorded there: the figures of their forces are in the total for England and Wales and on the forces' own pages, and the regional rankings leave them out.",
    ]);
  });

  it('on a force page, only its own region; nothing on a force of a region shown', () => {
    const model = run({ forces }, ['wales']);
    const page = (id: string) => leftOut(dataNotes(model.forces.find((f) => f.id === id)!, model, reference));
    expect(page('gwent')).toEqual([
      "**Region left out.** This release gives no figures for Wales as a region: it has figures from only 2 of the region's 4 forces (Gwent and South Wales), and a total for part of a region would read as the whole region's. This does not mean that no offences were recorded there: the figures of its forces are in the total for England and Wales.",
    ]);
    expect(page('lancashire')).toEqual([]);
    // The North West is shown, so it keeps its coverage note.
    expect(dataNotes(model.forces.find((f) => f.id === 'lancashire')!, model, reference).some((n) => n.startsWith('**North West.** The regional figures'))).toBe(true);
    expect(leftOut(dataNotes(model.regions.find((r) => r.id === 'north-west')!, model, reference))).toEqual([]);
  });

  it('a region none of whose forces gave figures; a published national total is not claimed to hold them', () => {
    const model = run({ forces: { cheshire: { responded: false }, kent: { offences: 9 } }, national: { offences: 1628 } });
    expect(leftOut(dataNotes(model.national, model, reference))).toEqual([
      "**Regions left out.** This release gives no figures for the North West and the South East as regions: it has figures from none of the 5 forces of the North West and only 1 of the 5 forces of the South East (Kent), and a total for part of a region would read as the whole region's. This does not mean that no offences were recorded there: the figures of their forces are on the forces' own pages, and the regional rankings leave them out.",
    ]);
    expect(leftOut(dataNotes(model.forces.find((f) => f.id === 'kent')!, model, reference))[0]).toMatch(/This does not mean that no offences were recorded there\.$/);
  });

  it('no note without the option', () => {
    const model = computeCampaign({ campaign: campaign(), figures: figuresSchema.parse({ forces }) as CampaignFigures }, reference);
    expect(leftOut(dataNotes(model.national, model, reference))).toEqual([]);
  });
});
