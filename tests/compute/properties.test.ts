/** Invariants of computeCampaign over random figures for the real 44 forces. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCampaign } from '../../src/compute/index.ts';
import type { ComputedForce, Rank, ShareItem } from '../../src/compute/types.ts';
import { decimal, percentCell } from '../../src/site/format.ts';
import type { CampaignFigures, ForceFigures } from '../../src/load/types.ts';
import { campaign, reference } from './fixtures.ts';

const count = (max: number) => fc.option(fc.integer({ min: 0, max }), { nil: null, freq: 5 });

/** A part of a whole: any, or none, all, or all but a hair (so a share rounds to "<0.1%" or ">99.9%"). */
const part = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1, 0.9999, 0.0001));

const forceFigures: fc.Arbitrary<ForceFigures> = fc
  .record({
    // Counts as a force gives them, or very large ones (the invariants do not depend on size).
    offences: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 400 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 10_000_000 }) }),
    recordedPart: part,
    parts: fc.array(part, { minLength: 4, maxLength: 4 }),
    meta: fc.option(part, { nil: undefined }),
    status: fc.constantFrom('replied', 'replied', 'replied', 'partial', 'no-reply', 'refused') as fc.Arbitrary<ForceFigures['status']>,
    age: count(17),
    prev: count(400),
    // Some forces leave out method_recorded or a platform (null = not supplied).
    gaps: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
  })
  .map(({ offences, recordedPart, parts, meta, status, age, prev, gaps }) => {
    const recorded = Math.floor(offences * recordedPart);
    const [fb = 0, sc = 0, ig = 0, wa = 0] = parts.map((p) => Math.floor(recorded * p));
    const gap = (i: number, v: number) => (gaps[i] && (i > 0 || gaps[4]) ? null : v);
    const f: ForceFigures = {
      status,
      offences,
      method_recorded: gaps[4] && gaps[0] ? null : recorded,
      platforms: { facebook: gap(0, fb), snapchat: gap(1, sc), instagram: gap(2, ig), whatsapp: gap(3, wa) },
      youngest_victim_age: age,
      previous: { offences: prev },
      history: { '2017/18': prev, '2018/19': offences },
    };
    if (meta !== undefined) f.groups = { meta: Math.floor(recorded * meta) };
    return f;
  });

const ids = reference.forces.map((f) => f.id);
const campaignFigures: fc.Arbitrary<CampaignFigures> = fc
  .uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: ids.length })
  .chain((chosen) => fc.tuple(...chosen.map((id) => forceFigures.map((f) => [id, f] as const))))
  .map((entries) => ({ forces: Object.fromEntries(entries) }));

const params = { numRuns: 60 };
const allItems = (a: { platforms: ShareItem[]; groups: ShareItem[]; breakdowns: Array<{ items: ShareItem[] }> }) =>
  [...a.platforms, ...a.groups, ...a.breakdowns.flatMap((b) => b.items)];

describe('computeCampaign properties', () => {
  it('every share lies in [0, 1] (or is null), for forces, regions and the nation', () => {
    fc.assert(
      fc.property(campaignFigures, (figures) => {
        const model = computeCampaign({ campaign: campaign(), figures }, reference);
        for (const area of [model.national, ...model.regions, ...model.forces]) {
          for (const s of [...allItems(area).map((i) => i.share), area.share_of_national]) {
            if (s !== null) expect(s >= 0 && s <= 1).toBe(true);
          }
        }
      }),
      params,
    );
  });

  it('the sums of the responding forces equal the national and regional totals', () => {
    fc.assert(
      fc.property(campaignFigures, (figures) => {
        const model = computeCampaign({ campaign: campaign(), figures }, reference);
        const responding = model.forces.filter((f) => f.responded);
        // Sum of what was supplied; null (not zero) when nothing was.
        const total = (fs: typeof responding, pick: (f: (typeof responding)[number]) => number | null) => {
          const supplied = fs.map(pick).filter((v): v is number => v !== null);
          return supplied.length === 0 ? null : supplied.reduce((a, b) => a + b, 0);
        };
        expect(model.national.offences).toBe(total(responding, (f) => f.offences));
        expect(model.national.method_recorded).toBe(total(responding, (f) => f.method_recorded));
        expect(model.national.platform.facebook?.count ?? null).toBe(total(responding, (f) => f.platform.facebook?.count ?? null));
        expect(model.national.forces_replied).toBe(responding.length);
        expect(model.national.forces_asked).toBe(model.forces.length);
        for (const region of model.regions) {
          const members = responding.filter((f) => f.region_id === region.id);
          expect(region.offences).toBe(total(members, (f) => f.offences));
          expect(region.force_ids).toEqual(model.forces.filter((f) => f.region_id === region.id).map((f) => f.id));
        }
      }),
      params,
    );
  });

  it('ranks by offences form a competition ranking over the fully replying forces', () => {
    fc.assert(
      fc.property(campaignFigures, (figures) => {
        const model = computeCampaign({ campaign: campaign(), figures }, reference);
        const ranked = model.forces.filter((f) => f.status === 'replied');
        for (const f of model.forces) {
          if (f.status !== 'replied') {
            expect(f.rank.offences).toBeNull();
            continue;
          }
          const higher = ranked.filter((g) => (g.offences ?? 0) > (f.offences ?? 0)).length;
          const equal = ranked.filter((g) => g.offences === f.offences).length;
          expect(f.rank.offences).toEqual({ position: higher + 1, of: ranked.length, joint: equal > 1, tied: equal, direction: 'highest' });
        }
      }),
      params,
    );
  });

  it('ranks by rate and by a group\'s share follow the figures as the page shows them: higher reads higher, joint when they read the same', () => {
    // What a table cell says, as a number: "<0.1" is above 0.0 and below 0.1, ">99.9%" above 99.9% and below 100.0%.
    const readRate = (text: string) => (text === '<0.1' ? 0.05 : Number(text.replace(/,/g, '')));
    const readPercent = (text: string) => (text === '<0.1%' ? 0.05 : text === '>99.9%' ? 99.95 : Number(text.replace(/%$/, '')));
    fc.assert(
      fc.property(campaignFigures, (figures) => {
        const model = computeCampaign({ campaign: campaign(), figures }, reference);
        const ranked = model.forces.filter((f) => f.status === 'replied');
        const check = (rankOf: (f: ComputedForce) => Rank | null, reading: (f: ComputedForce) => number | null) => {
          const read = ranked.map(reading).filter((v): v is number => v !== null);
          for (const f of ranked) {
            const v = reading(f);
            if (v === null) continue;
            expect(rankOf(f)).toEqual({ position: 1 + read.filter((w) => w > v).length, of: read.length, joint: read.filter((w) => w === v).length > 1, tied: read.filter((w) => w === v).length, direction: 'highest' });
          }
        };
        check((f) => f.rank.rate, (f) => (f.rate === null ? null : readRate(decimal(f.rate))));
        check((f) => f.rank.group_share.meta ?? null, (f) => (f.group.meta?.share == null ? null : readPercent(percentCell(f.group.meta.share))));
      }),
      params,
    );
  });

  it('does not depend on the order of the forces in figures.yaml', () => {
    fc.assert(
      fc.property(
        campaignFigures.chain((figures) => {
          const keys = Object.keys(figures.forces);
          return fc.tuple(fc.constant(figures), fc.shuffledSubarray(keys, { minLength: keys.length, maxLength: keys.length }));
        }),
        ([figures, order]) => {
          const shuffled: CampaignFigures = { forces: Object.fromEntries(order.map((id) => [id, figures.forces[id] ?? {}])) };
          const a = computeCampaign({ campaign: campaign(), figures }, reference);
          const b = computeCampaign({ campaign: campaign(), figures: shuffled }, reference);
          expect(JSON.stringify(b)).toBe(JSON.stringify(a));
        },
      ),
      params,
    );
  });
});
