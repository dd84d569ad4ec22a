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

  it('no note when every force of the region is listed, replied or not', () => {
    const model = run({ lancashire: { offences: 40 }, cheshire: { responded: false }, cumbria: { offences: 5 }, merseyside: { offences: 1 }, 'greater-manchester': { offences: 9 } });
    const nw = model.regions.find((r) => r.id === 'north-west')!;
    expect(dataNotes(nw, model, reference).some((n) => n.startsWith('**North West.**'))).toBe(false);
  });
});
