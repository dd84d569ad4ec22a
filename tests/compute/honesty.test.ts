/**
 * Issue 12, "no silent wrong number": each test here failed on the code before the fix.
 * Figures are real where a source is named (../shared/data/scwc-figures.yaml), otherwise made up.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leagueText } from '../../src/charts/league.ts';
import { mapText } from '../../src/charts/map.ts';
import { computeCampaign } from '../../src/compute/index.ts';
import { atShownPrecision, competitionRanks, SHOWN_DECIMALS } from '../../src/compute/rank.ts';
import { figuresSchema } from '../../src/load/schema.ts';
import { createFilters } from '../../src/phrase/filters.ts';
import { defaultStyle } from '../../src/phrase/style.ts';
import { coverageCell, keyFigures } from '../../src/site/figures.ts';
import { dataNotes } from '../../src/site/data-notes.ts';
import { figuresCsv, figuresJson } from '../../src/site/downloads.ts';
import { decimal } from '../../src/site/format.ts';
import type { CampaignFigures } from '../../src/load/types.ts';
import { campaign, reference } from './fixtures.ts';

const parse = (raw: unknown) => figuresSchema.parse(raw) as CampaignFigures;
const run = (raw: unknown, extra = {}) => computeCampaign({ campaign: campaign(extra), figures: parse(raw) }, reference);
const forceOf = (model: ReturnType<typeof run>, id: string) => model.forces.find((f) => f.id === id)!;

describe('1. a breakdown says what its shares are of', () => {
  // The Lincolnite, 18 June 2018: 84 offences, 72 of them against children aged 15 and under ("86%").
  const lincolnshire = { offences: 84, breakdowns: { age: { '15-and-under': 72 } } };

  it('by default a share is of every offence: 72 of 84 is 86%, never 100%', () => {
    const age = forceOf(run({ forces: { lincolnshire } }), 'lincolnshire').breakdowns[0]!;
    expect(age).toMatchObject({ id: 'age', of: 'offences', denominator: 84 });
    expect(age.items[0]!.share).toBeCloseTo(72 / 84, 12);
  });

  it("'of: known' divides by the categories given (victims whose gender is known)", () => {
    const gender = forceOf(run({ forces: { gwent: { offences: 21, breakdowns: { gender: { of: 'known', girls: 12, boys: 3 } } } } }), 'gwent').breakdowns[0]!;
    expect(gender).toMatchObject({ of: 'known', denominator: 15 });
    expect(gender.items.map((i) => i.share)).toEqual([0.8, 0.2]);
  });

  it("'of: known' with one category states no share (it would be 100%)", () => {
    const age = forceOf(run({ forces: { lincolnshire: { offences: 84, breakdowns: { age: { of: 'known', '15-and-under': 72 } } } } }), 'lincolnshire').breakdowns[0]!;
    expect(age.items[0]!.share).toBeNull();
  });

  it('a summed breakdown of offences is withheld when not every force with offences gives it', () => {
    const model = run({ forces: { lincolnshire, nottinghamshire: { offences: 86 } } });
    expect(model.regions.find((r) => r.id === 'east-midlands')!.breakdowns[0]!.items[0]).toMatchObject({ count: 72, share: null });
    const both = run({ forces: { lincolnshire, nottinghamshire: { offences: 86, breakdowns: { age: { '15-and-under': 48 } } } } });
    expect(both.national.breakdowns[0]!.items[0]!.share).toBeCloseTo(120 / 170, 12);
  });
});

describe('2. a field missing from a published block is not published', () => {
  // The 2018 follow-up: a national total is published, a few forces' own figures with it.
  const raw = {
    national: { offences: 3171, previous: { offences: 1628 } },
    regions: { 'yorkshire-and-the-humber': { offences: 142 } },
    forces: {
      lincolnshire: { offences: 84, method_recorded: 60, platforms: { facebook: 20 }, youngest_victim_age: 9, breakdowns: { age: { '15-and-under': 72 } }, history: { a: 1, b: 84 } },
      derbyshire: { offences: 20, youngest_victim_age: 11, previous: { offences: 16 } },
    },
  };
  const model = run(raw);

  it('the nation: only what the block gives', () => {
    const n = model.national;
    expect(n).toMatchObject({ offences: 3171, method_recorded: null, youngest_victim_age: null, breakdowns: [], trend: null });
    expect(n.platform.facebook).toMatchObject({ count: null, share: null });
    expect(n.change).toMatchObject({ from: 1628, to: 3171 });
  });

  it('a region with a block: its published offences and nothing summed', () => {
    const y = model.regions.find((r) => r.id === 'yorkshire-and-the-humber')!;
    expect(y).toMatchObject({ offences: 142, youngest_victim_age: null, previous: null, change: null });
  });
});

describe('3. previous.platforms, previous.groups and previous.breakdowns reach the model', () => {
  // Made-up figures (illustrative).
  const model = run({
    forces: {
      derbyshire: {
        offences: 20, method_recorded: 10, platforms: { facebook: 4 }, groups: { meta: 5 },
        previous: { offences: 16, method_recorded: 8, platforms: { facebook: 2 }, groups: { meta: 3 }, breakdowns: { age: { 'under-12': 4 } } },
      },
      nottinghamshire: { offences: 86, method_recorded: 50, platforms: { facebook: 20 }, previous: { offences: 60, method_recorded: 40, platforms: { facebook: 10 } } },
    },
  });
  const d = forceOf(model, 'derbyshire');

  it('a force: the previous platform and group, with shares and the change', () => {
    expect(d.previous?.platform.facebook).toMatchObject({ count: 2, share: 0.25 });
    expect(d.previous?.group.meta).toMatchObject({ count: 3, share: 0.375 });
    expect(d.platform.facebook).toMatchObject({ count: 4, share: 0.4, previous_count: 2, previous_share: 0.25, change: { from: 2, to: 4, absolute: 2, ratio: 2 } });
    expect(d.group.meta).toMatchObject({ previous_count: 3, change: { from: 3, to: 5 } });
    expect(d.previous?.breakdowns[0]).toMatchObject({ id: 'age', of: 'offences', denominator: 16 });
    expect(d.previous?.breakdowns[0]?.items[0]?.share).toBe(0.25);
  });

  it('a sum: like for like counts, and no previous share from mixed forces', () => {
    const em = model.regions.find((r) => r.id === 'east-midlands')!;
    expect(em.platform.facebook).toMatchObject({ count: 24, previous_count: 12, change: { from: 12, to: 24 } });
    expect(em.previous?.platform.facebook?.share).toBeNull();
  });
});

describe('5. a league chart takes its ranks from the model', () => {
  // Nine-month release, Wales (West Wales Chronicle, 16 April 2018); North Wales made partial (illustrative).
  const model = run({
    forces: {
      'north-wales': { offences: 35, status: 'partial', note: 'April to September only' },
      gwent: { offences: 21 }, 'south-wales': { offences: 74 }, 'dyfed-powys': { offences: 19 },
    },
  });

  it('a partial reply is not in the league, and the chart says so instead of inventing "2nd highest of 4"', () => {
    const data = { forces: model.forces, metric: 'offences' as const, highlight: ['north-wales'] };
    const text = leagueText(data);
    expect(text.desc).not.toMatch(/North Wales: .*highest/);
    expect(text.desc).toContain('North Wales is not ranked (a partial reply), so is not shown.');
    expect(text.table.rows.map((r) => r[1])).toEqual(['South Wales', 'Gwent', 'Dyfed-Powys']);
    expect(text.table.rows.map((r) => r[0])).toEqual(['1', '2', '3']);
  });
});

describe('6. ranks are decided at the precision the page shows', () => {
  // The illustrative demo's figures (made up): 9.4697, 9.4634 and 9.4623 per 100,000 all read "9.5".
  const model = run({ forces: { lancashire: { offences: 145 }, essex: { offences: 176 }, 'west-mercia': { offences: 123 }, wiltshire: { offences: 69 } } });

  it('Lancashire, Essex and West Mercia are joint highest by rate, Wiltshire fourth; the model keeps the raw rates', () => {
    const rank = (id: string) => forceOf(model, id).rank.rate;
    for (const id of ['lancashire', 'essex', 'west-mercia']) expect(rank(id)).toEqual({ position: 1, of: 4, joint: true, tied: 3, direction: 'highest' });
    expect(rank('wiltshire')).toMatchObject({ position: 4, joint: false });
    expect(forceOf(model, 'lancashire').rate).toBeCloseTo(9.4697, 4);
    expect(forceOf(model, 'essex').rate).toBeCloseTo(9.4634, 4);
  });

  it('property: two rates that read the same on the page are always joint', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (a, b) => {
      const [ra, rb] = competitionRanks([atShownPrecision(a, SHOWN_DECIMALS.rate), atShownPrecision(b, SHOWN_DECIMALS.rate)]);
      expect(ra!.joint).toBe(decimal(a) === decimal(b));
      expect(ra!.position === rb!.position).toBe(decimal(a) === decimal(b) || a === b);
    }));
  });
});

describe('7. coverage counts', () => {
  // The nine-month release (published national and regional totals, a few forces' own figures)
  // and the 2024 annual release (the four South East forces, Thames Valley not published).
  const nineMonths = run({
    national: { offences: 1628 },
    regions: { 'yorkshire-and-the-humber': { offences: 142 } },
    forces: { derbyshire: { offences: 20 } },
  });
  const annual = run({
    national: { offences: 7062, forces_replied: 45 },
    forces: { hampshire: { offences: 95 }, surrey: { offences: 98 }, kent: { offences: 264 }, sussex: { offences: 223 } },
  });
  const region = (model: ReturnType<typeof run>, id: string) => model.regions.find((r) => r.id === id)!;

  it('a published region total that does not say how many forces replied is not "0 of 0"', () => {
    const y = region(nineMonths, 'yorkshire-and-the-humber');
    expect(y).toMatchObject({ forces_replied: null, forces_asked: null, forces_in_area: 4 });
    expect(coverageCell(y)).toBe('Published total');
  });

  it('a region summed from the forces in the release is counted against all its forces', () => {
    const em = region(nineMonths, 'east-midlands');
    expect(em).toMatchObject({ forces_replied: 1, forces_asked: null, forces_in_area: 5, covers_all_forces: false });
    expect(coverageCell(em)).toBe('1 of 5');
    const se = region(annual, 'south-east');
    expect(se).toMatchObject({ forces_replied: 4, forces_in_area: 5, covers_all_forces: false });
    expect(coverageCell(se)).toBe('4 of 5');
  });

  it('a campaign listing every force still counts replies of those asked', () => {
    const wales = region(run({ forces: { gwent: { offences: 21 }, 'north-wales': { offences: 35 }, 'south-wales': { responded: false }, 'dyfed-powys': { offences: 19 } } }), 'wales');
    expect(wales).toMatchObject({ forces_replied: 3, forces_asked: 4, forces_in_area: 4, covers_all_forces: true });
    expect(coverageCell(wales)).toBe('3 of 4');
  });
});

describe('published percentages without counts', () => {
  // 2024 annual release (upday, 1 Nov 2024): Snapchat 48%, WhatsApp 12%, Meta-owned 28% of the 1,824 where known.
  // Nine-month release: Facebook 32.6%. The force figures below are made up (illustrative).
  const model = run({
    national: { offences: 7062, method_recorded: 1824, platforms: { snapchat: '48%', whatsapp: '12%', facebook: '32.6%' }, groups: { meta: '28%' } },
    forces: {
      derbyshire: { offences: 20, method_recorded: 10, platforms: { snapchat: '40%', facebook: 3 }, breakdowns: { gender: { girls: '81%' } } },
      nottinghamshire: { offences: 86, method_recorded: 50, platforms: { snapchat: 15, facebook: 20 } },
    },
  });

  it('the share is exactly the published figure, at its published precision, with no count', () => {
    expect(model.national.platform.snapchat).toMatchObject({ count: null, share: 0.48, published_share: true, share_decimals: 0 });
    expect(model.national.platform.facebook).toMatchObject({ count: null, share: 0.326, share_decimals: 1 });
    expect(model.national.group.meta).toMatchObject({ count: null, share: 0.28, published_share: true, instances: false });
    expect(model.national.platforms.map((p) => p.id)).toEqual(['snapchat', 'facebook', 'whatsapp', 'instagram']);
    const d = forceOf(model, 'derbyshire');
    expect(d.breakdowns[0]!.items[0]).toMatchObject({ id: 'girls', count: null, share: 0.81, share_decimals: 0 });
    expect(d.platforms[0]!.id).toBe('facebook'); // counts sort before published shares
  });

  it('a sum leaves a percentage out and withholds the share; a group of a percentage member is no instance sum', () => {
    const em = model.regions.find((r) => r.id === 'east-midlands')!;
    expect(em.platform.snapchat).toMatchObject({ count: 15, share: null });
    expect(em.platform.facebook).toMatchObject({ count: 23, share: 23 / 60 });
    expect(forceOf(model, 'derbyshire').group.meta).toMatchObject({ count: 3, instances: true });
    const withShare = run({ forces: { derbyshire: { offences: 20, method_recorded: 10, platforms: { facebook: 3, whatsapp: '12%' } } } });
    expect(forceOf(withShare, 'derbyshire').group.meta).toMatchObject({ count: null, share: null, instances: true });
  });
});

describe('history spans: totals across the latest periods, without template arithmetic', () => {
  // 2024 annual release (WalesOnline): North Wales and Gwent, 2017/18 to 2023/24; UK totals (upday).
  const model = run({
    national: { offences: 7062, history: { '2021/22': 6275, '2022/23': 6350, '2023/24': 7062 } },
    forces: {
      'north-wales': { offences: 97, history: { '2021/22': 98, '2022/23': 101, '2023/24': 97 } },
      gwent: { offences: 67, history: { '2020/21': null, '2021/22': 26, '2022/23': 58, '2023/24': 67 } },
    },
  });

  it('gives the total and the share of the nation over the last two and three years', () => {
    const t = forceOf(model, 'north-wales').trend!;
    expect(t.total).toBe(296);
    expect(t.last_periods[2]).toMatchObject({ from: '2022/23', to: '2023/24', periods: 2, offences: 198 });
    expect(t.last_periods[2]!.share_of_national).toBeCloseTo(198 / 13412, 12);
    expect(t.last_periods[3]).toMatchObject({ from: '2021/22', offences: 296 });
  });

  it('a span with a gap has no total (not supplied is never zero)', () => {
    const t = forceOf(model, 'gwent').trend!;
    expect(t.last_periods[3]!.offences).toBe(151);
    expect(t.last_periods[4]!.offences).toBeNull();
    expect(t.total).toBeNull();
    expect(t.last_periods[4]!.share_of_national).toBeNull();
  });
});

describe('rates over short periods', () => {
  it('a nine-month campaign says its rate is not annual and gives it per year', () => {
    // 2017-04-03 to 2017-12-31 (the nine-month release): 273 days. Derbyshire 20 offences.
    const model = run({ forces: { derbyshire: { offences: 20 } } });
    const d = forceOf(model, 'derbyshire');
    expect(d).toMatchObject({ rate_is_annual: false, rate_period_days: 273 });
    expect(d.rate_per_year).toBeCloseTo((d.rate! * 365.25) / 273, 12);
    const annual = forceOf(run({ forces: { derbyshire: { offences: 20 } } }, { period: { start: '2023-04-01', end: '2024-03-31', label: '2023/24' } }), 'derbyshire');
    expect(annual).toMatchObject({ rate_is_annual: true, rate_period_days: 366 });
    expect(annual.rate_per_year).toBe(annual.rate);
  });
});

describe('the page labels a short period rate', () => {
  it('"Rate per 100,000 people over 9 months", with the rate a year beside it', () => {
    const model = run({ forces: { derbyshire: { offences: 20 } } });
    const d = forceOf(model, 'derbyshire');
    const rate = keyFigures(d, model, reference, createFilters(defaultStyle) as never).find((k) => k.label.startsWith('Rate'))!;
    expect(rate.label).toBe('Rate per 100,000 people over 9 months');
    expect(rate.note).toBe(`Census 2021 population; first nine months, not a full year (about ${decimal(d.rate_per_year)} a year)`);
  });
});

describe('the map does not read a force outside the release as a non-reply', () => {
  it('names areas outside the release apart from forces that gave no figure', () => {
    const feature = (code: string, name: string) => ({ properties: { PFA20CD: code, PFA20NM: name } });
    const geo = { type: 'FeatureCollection', features: [feature('E23000026', 'Derbyshire'), feature('E23000003', 'Lancashire'), feature('E23000021', 'Leicestershire')] } as never;
    const text = mapText({ geo, highlight: [], areas: [
      { code: 'E23000026', name: 'Derbyshire', value: 2.5, href: null },
      { code: 'E23000021', name: 'Leicestershire', value: null, href: null },
    ] });
    expect(text.desc).toContain('No figure (hatched) for 1: Leicestershire.');
    expect(text.desc).toContain('Not in this release (hatched), which does not mean no reply: 1 area, Lancashire.');
    expect(text.table.rows).toContainEqual(['Lancashire', 'not in this release']);
  });
});

describe('previous platforms in the downloads', () => {
  it("figures.csv has the previous period's platform columns when a force gives them", () => {
    const model = run({ forces: { derbyshire: { offences: 20, method_recorded: 10, platforms: { facebook: 4 }, previous: { offences: 16, method_recorded: 8, platforms: { facebook: 2 } } } } });
    const [row] = parseCsv(figuresCsv(model.forces, model), { columns: true }) as Record<string, string>[];
    const name = model.campaign.platforms.facebook!;
    // Plain column names for a reporter's spreadsheet; shares as per cent (2 of 8 = 25).
    expect(row).toMatchObject({ [`${name}, previous period`]: '2', [`${name} (%), previous period`]: '25' });
    expect(JSON.parse(figuresJson({ force: model.forces[0]! }, model)).force.previous.platform.facebook).toMatchObject({ count: 2, share: 0.25 });
  });
});

describe('notes to editors say what a sum left out', () => {
  it('a region summed from forces names the percentage a force published without a count', () => {
    const model = run({ forces: { derbyshire: { offences: 20, method_recorded: 10, platforms: { snapchat: '40%' } }, nottinghamshire: { offences: 86, method_recorded: 50, platforms: { snapchat: 15 } } } });
    const em = model.regions.find((r) => r.id === 'east-midlands')!;
    expect(dataNotes(em, model).join('\n')).toContain('**Left out of the totals.** Derbyshire (Snapchat 40%): published as percentages without counts, so not in the totals for East Midlands');
    expect(dataNotes(forceOf(model, 'derbyshire'), model).join('\n')).toContain('**Percentages as published.** Snapchat 40% was published as a percentage without its count.');
  });
});
