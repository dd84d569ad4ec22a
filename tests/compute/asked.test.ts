/**
 * campaign.yaml `asked: listed-forces` in the model: the nation is the forces asked. It used to
 * be "England and Wales" whatever was asked, so a 12-force sum read as the whole of England and
 * Wales in `where` / `in_where` ("Police in England and Wales recorded 111 offences").
 */
import { describe, expect, it } from 'vitest';
import { askedName, computeCampaign } from '../../src/compute/index.ts';
import type { Campaign, CampaignFigures } from '../../src/load/types.ts';
import { defaultStyle, place } from '../../src/phrase/index.ts';
import { pageAngles } from '../../src/site/angles.ts';
import { dataNotes } from '../../src/site/data-notes.ts';
import { campaign, figures, reference } from './fixtures.ts';

// Five forces asked: four gave figures, Cheshire refused.
const data = figures({
  lancashire: { offences: 40 }, cheshire: { status: 'refused' },
  derbyshire: { offences: 20 }, nottinghamshire: { offences: 30 }, gwent: { offences: 21 },
});
const run = (extra: Partial<Campaign> = {}, figs: CampaignFigures = data) => computeCampaign({ campaign: campaign(extra), figures: figs }, reference);
const angles = (model: ReturnType<typeof run>, area: Parameters<typeof pageAngles>[1] = model.national) => pageAngles(model, area, reference, (name) => place(name, defaultStyle));
const population = (ids: string[]) => reference.forces.filter((f) => ids.includes(f.id)).reduce((a, f) => a + (f.population ?? 0), 0);

describe('asked: listed-forces in the model', () => {
  it('names the nation by the forces asked, in house style', () => {
    expect(askedName(12, campaign())).toBe('the 12 forces asked');
    expect(askedName(5, campaign())).toBe('the five forces asked');
    expect(askedName(1, campaign())).toBe('the one force asked');
    expect(askedName(5, campaign({ style: { words_up_to: 0 } }))).toBe('the 5 forces asked');
  });

  it('the national page reads "across the five forces asked", never England and Wales', () => {
    const model = run({ asked: 'listed-forces' });
    const a = angles(model);
    expect(model.national.name).toBe('the five forces asked');
    expect(a.where).toBe('the five forces asked');
    expect(a.in_where).toBe('across the five forces asked');
    // The sentences a release writes with them.
    expect(`Police ${a.in_where} recorded ${model.national.offences} offences.`).toBe('Police across the five forces asked recorded 111 offences.');
    expect(`Across ${a.where}, police forces recorded ${model.national.offences}.`).toBe('Across the five forces asked, police forces recorded 111.');
    expect(`${model.national.offences} offences recorded in ${a.where}`).toBe('111 offences recorded in the five forces asked');
    expect([a.forces_replied, a.forces_asked]).toEqual([4, 5]);
  });

  it('the nation is the forces asked: their population, and every one of them', () => {
    const model = run({ asked: 'listed-forces' });
    expect(model.national.population).toBe(population(['lancashire', 'cheshire', 'derbyshire', 'nottinghamshire', 'gwent']));
    expect(model.national).toMatchObject({ forces_in_area: 5, covers_all_forces: true, offences: 111 });
    // The rate is unchanged: it was already over the forces that gave figures.
    expect(model.national.rate).toBe(run().national.rate);
  });

  it('without the option (or with every-force) nothing changes', () => {
    for (const model of [run(), run({ asked: 'every-force' })]) {
      const a = angles(model);
      expect(model.national.name).toBe('England and Wales');
      expect([a.where, a.in_where]).toEqual(['England and Wales', 'in England and Wales']);
      expect(model.national.forces_in_area).toBe(reference.forces.length);
    }
  });

  it('force and region pages keep their own place words', () => {
    const model = run({ asked: 'listed-forces' });
    const lancs = model.forces.find((f) => f.id === 'lancashire')!;
    const em = model.regions.find((r) => r.id === 'east-midlands')!;
    expect(angles(model, lancs).in_where).toBe('in Lancashire');
    expect(angles(model, em).in_where).toBe('in the East Midlands');
  });
});

describe('asked: listed-forces in the notes to editors', () => {
  it('every page names the forces asked and which gave nothing', () => {
    const model = run({ asked: 'listed-forces' });
    const note = '**Forces asked.** The request went to five forces, not to every force in England and Wales: Lancashire Constabulary, Cheshire Constabulary, Derbyshire Constabulary, Nottinghamshire Police and Gwent Police. The figures for the five forces asked are the sum of the four that gave figures. Cheshire refused.';
    expect(dataNotes(model.national, model, reference)).toContain(note);
    expect(dataNotes(model.forces.find((f) => f.id === 'gwent')!, model, reference)).toContain(note);
    expect(dataNotes(model.national, run(), reference).some((n) => n.startsWith('**Forces asked.**'))).toBe(false);
  });

  it('a region\'s forces that were not asked are "not asked", not "not in this release"', () => {
    const model = run({ asked: 'listed-forces' });
    const nw = model.regions.find((r) => r.id === 'north-west')!;
    expect(dataNotes(nw, model, reference)).toContain('**North West.** The regional figures in this release are the sum of the 1 of its 5 forces whose own figures were published (Lancashire). Cheshire refused. Cumbria, Merseyside and Greater Manchester were not asked for figures.');
    expect(dataNotes(nw, run(), reference).join('\n')).toContain('are not in this release (which does not mean they did not reply)');
  });

  it('when every force asked gave figures, or none did', () => {
    const all = run({ asked: 'listed-forces' }, figures({ lancashire: { offences: 40 }, gwent: { offences: 21 } }));
    expect(dataNotes(all.national, all, reference)).toContain('**Forces asked.** The request went to two forces, not to every force in England and Wales: Lancashire Constabulary and Gwent Police. The figures for the two forces asked are the sum of their figures.');
    const none = run({ asked: 'listed-forces' }, figures({ lancashire: { responded: false } }));
    expect(none.national.name).toBe('the one force asked');
    expect(dataNotes(none.national, none, reference)).toContain('**Forces asked.** The request went to one force, not to every force in England and Wales: Lancashire Constabulary. It gave no figures, so there are no figures for the one force asked. Lancashire did not reply.');
  });
});
