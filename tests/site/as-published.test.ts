/**
 * Issue 12 "done when": a campaign written to SPEC.md's syntax (published percentages, a
 * `discrepancy:` block, breakdowns) builds, and its pages and downloads carry exactly the
 * published figures, the discrepancy note and correctly based shares. Real figures, from
 * ../shared/data/scwc-figures.yaml (see tests/fixtures/as-published).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, pageText } from './helpers.ts';

const REASON = 'WalesOnline gives the Wales total for 2023/24 as 554 in its text; its table of the four forces adds up to 564.';
const text = pageText;

describe('figures as they are really published', () => {
  let site: Awaited<ReturnType<typeof buildFixture>>;
  beforeAll(async () => {
    site = await buildFixture('as-published');
  }, 180_000);
  afterAll(() => site.cleanup());

  it('published percentages: exactly as published, at their precision, with no count invented', async () => {
    const json = JSON.parse(await site.read('annual-2023-24/figures.json'));
    expect(json.national.platform.snapchat).toMatchObject({ count: null, share: 0.48, published_share: true, share_decimals: 0 });
    expect(json.national.group.meta).toMatchObject({ count: null, share: 0.28, published_share: true });
    expect(json.national.breakdowns[0]).toMatchObject({ id: 'gender', of: 'known' });
    expect(json.national.breakdowns[0].items[0]).toMatchObject({ id: 'girls', count: null, share: 0.81 });
    const page = text(await site.read('annual-2023-24/index.html'));
    expect(page).toContain('Snapchat was used in 48 per cent of cases');
    expect(page).toMatch(/Snapchat not published 48%/);
    expect(page).not.toContain('48.0%');
    expect(page).toContain('Percentages as published.');
  });

  it('a discrepancy: the published total is used, the forces\' sum kept beside it, the reason in the notes of every page using it', async () => {
    const json = JSON.parse(await site.read('annual-2023-24/figures.json'));
    const wales = json.regions.find((r: { id: string }) => r.id === 'wales');
    expect(wales).toMatchObject({ offences: 554, discrepancy: { reason: REASON, fields: [{ field: 'offences', published: 554, forces_sum: 564 }] } });
    for (const page of ['annual-2023-24/wales/index.html', 'annual-2023-24/gwent/index.html', 'annual-2023-24/index.html']) {
      const html = text(await site.read(page));
      expect(html, page).toContain(REASON);
      expect(html, page).toContain('offences: 554 as published, 564 from the forces\' own figures');
    }
    expect(text(await site.read('annual-2023-24/wales/index.html'))).toContain('Police in Wales recorded 554 offences');
    expect(await site.read('annual-2023-24/gwent/release.txt')).toContain(REASON);
    expect(text(await site.read('annual-2023-24/kent/index.html'))).not.toContain(REASON);
  });

  it('coverage: the South East is four of its five forces, and says so', async () => {
    const page = text(await site.read('annual-2023-24/index.html'));
    expect(page).toMatch(/South East 680 4 of 5/);
    expect(page).toMatch(/Wales 554 Published total/);
    expect(text(await site.read('annual-2023-24/kent/index.html'))).toContain('South East. The regional figures in this release are the sum of the 4 of its 5 forces');
  });

  it('breakdowns: shares of all offences, 72 of 84 is 86 per cent; no national breakdown from three forces', async () => {
    const json = JSON.parse(await site.read('first-year-2017-18/lincolnshire/figures.json'));
    expect(json.force.breakdowns[0]).toMatchObject({ id: 'age', of: 'offences', denominator: 84 });
    expect(json.force.breakdowns[0].items[0].share).toBeCloseTo(72 / 84, 12);
    expect(text(await site.read('first-year-2017-18/lincolnshire/index.html'))).toContain('Age 15-and-under: 72 offences, 86 per cent of all offences.');
    expect(text(await site.read('first-year-2017-18/west-mercia/index.html'))).toContain('Age 11-and-under: eight offences, 11 per cent of all offences.');
    const all = JSON.parse(await site.read('first-year-2017-18/figures.json'));
    expect(all.national).toMatchObject({ offences: 3171, breakdowns: [], youngest_victim_age: 5, method_recorded: null });
  });

  it('a force outside the release has a page saying the release has no figures for it, not a 404; the home page does not read as non-replies', async () => {
    const page = text(await site.read('annual-2023-24/lancashire/index.html'));
    expect(page).toContain('This release has no figures for Lancashire');
    expect(page).toContain('that does not mean the force did not reply');
    expect(text(await site.read('index.html'))).toContain('National figures from 45 forces; local figures for 8');
  });
});
