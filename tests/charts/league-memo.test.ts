/**
 * The league's per-campaign memos (src/charts/league.ts): what is the same on every page of a
 * campaign is worked out once (closing sentences, column positions, axis ticks and column
 * paths, each force's words), and a changed model, or a changed theme width, is drawn afresh.
 * "Afresh" is checked against a new instance of the module, which remembers nothing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ComputedForce } from '../../src/compute/types.ts';
import { manyAreas } from './fixtures.ts';

// Count the d3 scales the league makes: layout and axis work shows up as scale calls.
const made = vi.hoisted(() => ({ band: 0, ticks: 0 }));
vi.mock('d3-scale', async (importOriginal) => {
  const d3 = await importOriginal<typeof import('d3-scale')>();
  const scaleBand = ((...args: Parameters<typeof d3.scaleBand>) => {
    made.band++;
    return d3.scaleBand(...args);
  }) as typeof d3.scaleBand;
  const scaleLinear = ((domain: number[], range: number[]) => {
    const scale = d3.scaleLinear(domain, range);
    const { nice } = scale;
    // ticks is read off the scale that nice() returns (the same object).
    scale.nice = (count?: number) => {
      const niced = nice.call(scale, count);
      const ticks = niced.ticks.bind(niced);
      niced.ticks = (n?: number) => {
        made.ticks++;
        return ticks(n);
      };
      return niced;
    };
    return scale;
  }) as unknown as typeof d3.scaleLinear;
  return { ...d3, scaleBand, scaleLinear };
});

const { leagueSvg, leagueText } = await import('../../src/charts/league.ts');
const { theme } = await import('../../src/charts/theme.ts');

type League = typeof import('../../src/charts/league.ts');
/** A new instance of the league module (and of everything it imports): no memo filled. */
async function fresh(): Promise<{ league: League; theme: typeof theme }> {
  vi.resetModules();
  return { league: await import('../../src/charts/league.ts'), theme: (await import('../../src/charts/theme.ts')).theme };
}

const opts = (id: string) => ({ id: `${id}-league`, source: 'Source: s', illustrative: false });
/** Text and SVG of a force page's league. */
function page(league: League, forces: ComputedForce[], id: string): string {
  const data = { forces, metric: 'offences' as const, highlight: [id] };
  const text = league.leagueText(data);
  return `${text.desc}\n${JSON.stringify(text.table)}\n${league.leagueSvg(data, opts(id), text)}`;
}

afterEach(() => {
  theme.width = 600;
});

describe('league memos', () => {
  it('does per campaign what is the same on every page, not per page', () => {
    const forces = manyAreas(1000, (i) => 1000 - i);
    // Count reads of the forces array: the old text scanned every force on every page.
    let reads = 0;
    const counted = new Proxy(forces, { get: (target, key, receiver) => { if (typeof key === 'string' && /^\d+$/.test(key)) reads++; return Reflect.get(target, key, receiver); } });
    page({ leagueSvg, leagueText } as League, counted, 'area-10');
    made.band = 0;
    made.ticks = 0;
    reads = 0;
    for (let i = 100; i < 400; i++) page({ leagueSvg, leagueText } as League, counted, `area-${i}`);
    expect(reads).toBe(0);
    // One layout for every window of 50 columns (already made), one axis per nice maximum (1,000 − i: a handful).
    expect(made.band).toBe(0);
    expect(made.ticks).toBeLessThan(10);
  });

  it('draws a changed campaign afresh: other figures, other names, a force no longer ranked', async () => {
    const before = manyAreas(300, (i) => 300 - i);
    const changed = manyAreas(300, (i) => (i === 150 ? 900 : 300 - i));
    const renamed = before.map((f, i) => (i === 151 ? { ...f, area: 'Renamed & <b>' } : f));
    const unranked = before.map((f, i) => (i === 152 ? { ...f, rank: { ...f.rank, offences: null } } : f));
    const pages = ['area-1', 'area-151', 'area-152', 'area-153', 'area-300'];
    const ours = [before, changed, renamed, unranked].map((forces) => pages.map((id) => page({ leagueSvg, leagueText } as League, forces, id)));
    const { league } = await fresh();
    const theirs = [unranked, renamed, changed, before].map((forces) => pages.map((id) => page(league, forces, id))).reverse();
    expect(ours).toEqual(theirs);
    expect(ours[1]).not.toEqual(ours[0]);
    expect(ours[2]![2]).toContain('Renamed &amp; &lt;b&gt;');
    expect(ours[3]![0]).toContain('1 force is not ranked (partial replies), so not shown.');
    expect(ours[0]![0]).not.toContain('not ranked');
  });

  it('lays the columns out again when the theme width changes', async () => {
    const forces = manyAreas(60);
    const at600 = page({ leagueSvg, leagueText } as League, forces, 'area-30');
    theme.width = 800;
    const at800 = page({ leagueSvg, leagueText } as League, forces, 'area-30');
    expect(at800).not.toEqual(at600);
    const other = await fresh();
    other.theme.width = 800;
    expect(at800).toEqual(page(other.league, forces, 'area-30'));
  });
});
