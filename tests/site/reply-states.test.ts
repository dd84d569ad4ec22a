import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture } from './helpers.ts';

describe('FOI reply states', () => {
  let site: Awaited<ReturnType<typeof buildFixture>>;
  beforeAll(async () => {
    site = await buildFixture('reply-states');
  });
  afterAll(() => site.cleanup());

  it('words each state for the reporter, with its reason', async () => {
    expect(await site.read('fixture-grooming/leicestershire/index.html')).toContain('<dt>Figures</dt><dd>Refused the request <span class="note">(refused under section 12 (cost limit))</span>');
    expect(await site.read('fixture-grooming/btp/index.html')).toContain('<dd>Said it does not hold the figures <span class="note">(does not record the method of communication)</span>');
    expect(await site.read('fixture-grooming/north-wales/index.html')).toContain('<dt>Reply</dt><dd>Partial figures <span class="note">(figures for six of the nine months; not ranked)</span>');
  });

  it('leaves refused, not-held and partial replies out of the ranks', async () => {
    const all = JSON.parse(await site.read('fixture-grooming/figures.json'));
    const byId = Object.fromEntries(all.forces.map((f: { id: string }) => [f.id, f]));
    expect(byId['north-wales'].rank.offences).toBeNull();
    expect(byId['leicestershire'].rank.offences).toBeNull();
    expect(byId['derbyshire'].rank.offences).toMatchObject({ position: 3, of: 3 });
    const table = await site.read('fixture-grooming/index.html');
    expect(table).toContain('Refused the request');
    expect(table).toContain('Said it does not hold the figures');
  });
});
