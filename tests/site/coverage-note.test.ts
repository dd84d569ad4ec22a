/**
 * The region coverage note names the forces behind a summed regional total: those that replied,
 * those listed that gave no figures (and why), and those not in the release. It used to say "the
 * other forces are not in this release" for a region where a listed force had not replied.
 */
import { describe, expect, it } from 'vitest';
import { computeCampaign } from '../../src/compute/index.ts';
import { figuresSchema } from '../../src/load/schema.ts';
import type { CampaignFigures } from '../../src/load/types.ts';
import { dataNotes } from '../../src/site/data-notes.ts';
import { campaign, reference } from '../compute/fixtures.ts';

const run = (forces: unknown) => computeCampaign({ campaign: campaign(), figures: figuresSchema.parse({ forces }) as CampaignFigures }, reference);

describe('the region coverage note', () => {
  it('says Cheshire did not reply, not that it is outside the release', () => {
    const model = run({ lancashire: { offences: 40 }, cheshire: { responded: false }, merseyside: { status: 'refused' } });
    const nw = model.regions.find((r) => r.id === 'north-west')!;
    const note = dataNotes(nw, model, reference).find((n) => n.startsWith('**North West.**'));
    expect(note).toBe('**North West.** The regional figures in this release are the sum of the 1 of its 5 forces whose own figures were published (Lancashire). Cheshire did not reply. Merseyside refused. Cumbria and Greater Manchester are not in this release (which does not mean they did not reply).');
    // The same note on a force's page of the region.
    const lancs = model.forces.find((f) => f.id === 'lancashire')!;
    expect(dataNotes(lancs, model, reference)).toContain(note);
  });

  it('one force outside the release is named in the singular', () => {
    const model = run({ lancashire: { offences: 40 }, cheshire: { offences: 3 }, cumbria: { offences: 5 }, merseyside: { status: 'not-held' } });
    const nw = model.regions.find((r) => r.id === 'north-west')!;
    expect(dataNotes(nw, model, reference).join('\n')).toContain('(Cumbria, Lancashire and Cheshire). Merseyside did not hold the figures. Greater Manchester is not in this release (which does not mean it did not reply).');
  });

  it('a region where no listed force gave figures says so, never "the sum of the 0 of its 6 forces"', () => {
    const model = run({ lancashire: { offences: 40 }, essex: { status: 'refused' } });
    const east = model.regions.find((r) => r.id === 'east-of-england')!;
    const note = dataNotes(east, model, reference).find((n) => n.startsWith('**East of England.**'));
    expect(note).toBe('**East of England.** There are no regional figures: none of its forces in this release gave figures. Essex refused. Cambridgeshire, Norfolk, Suffolk, Bedfordshire and Hertfordshire are not in this release (which does not mean they did not reply).');
  });

  it('no note when every force of the region is listed, replied or not', () => {
    const model = run({ lancashire: { offences: 40 }, cheshire: { responded: false }, cumbria: { offences: 5 }, merseyside: { offences: 1 }, 'greater-manchester': { offences: 9 } });
    const nw = model.regions.find((r) => r.id === 'north-west')!;
    expect(dataNotes(nw, model, reference).some((n) => n.startsWith('**North West.**'))).toBe(false);
  });
});

describe('the source of a published total (figures.yaml national.source, regions.<id>.source)', () => {
  const withTotals = () => {
    const published = {
      national: { name: 'the UK', offences: 7062, source: 'https://upday.com/uk/online-grooming' },
      regions: { wales: { offences: 554, source: 'WalesOnline, 2 October 2024.' } },
    };
    const figures = figuresSchema.parse({ forces: { gwent: { offences: 100 }, lancashire: { offences: 40 } }, ...published }) as CampaignFigures;
    return { model: computeCampaign({ campaign: campaign(), figures }, reference), figures };
  };

  it('is printed in the notes of every page that uses the total', () => {
    const { model, figures } = withTotals();
    const note = (area: Parameters<typeof dataNotes>[0]) => dataNotes(area, model, reference, figures).filter((n) => n.startsWith('**Source'));
    const wales = model.regions.find((r) => r.id === 'wales')!;
    expect(note(model.national)).toEqual(['**Source of the published totals.** For the UK: https://upday.com/uk/online-grooming. For Wales: WalesOnline, 2 October 2024.']);
    expect(note(wales)).toEqual(note(model.national));
    expect(note(model.forces.find((f) => f.id === 'gwent')!)).toEqual(note(model.national));
    // Lancashire's region (North West) is a sum of its forces: only the UK total is sourced on its page.
    expect(note(model.forces.find((f) => f.id === 'lancashire')!)).toEqual(['**Source of the published total.** For the UK: https://upday.com/uk/online-grooming.']);
  });
});
