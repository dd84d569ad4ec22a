import { describe, expect, it } from 'vitest';
import { MAX_COLUMNS, leagueEntries, leagueSvg, leagueText, leagueWindow } from '../../src/charts/league.ts';
import { manyAreas as areas } from './fixtures.ts';

describe('league windows for many areas', () => {
  it('draws every force while there are at most 50', () => {
    const entries = leagueEntries({ forces: areas(44), metric: 'offences', highlight: [] });
    expect(leagueWindow(entries, ['area-30']).shown).toHaveLength(44);
  });

  it('shows the 50 ranks around the highlighted area, and says which ranks', () => {
    const forces = areas(1000);
    const data = { forces, metric: 'offences' as const, highlight: ['area-500'] };
    const { shown, first } = leagueWindow(leagueEntries(data), data.highlight);
    expect(shown).toHaveLength(MAX_COLUMNS);
    expect(first).toBe(474);
    expect(shown.map((e) => e.force.id)).toContain('area-500');
    const text = leagueText(data);
    expect(text.desc).toContain('Shown: ranks 475 to 524 of 1,000.');
    expect(text.table.rows).toHaveLength(MAX_COLUMNS);
    expect(leagueSvg(data, { id: 'x', source: 's', illustrative: false }).match(/<rect /g)!.length).toBeLessThan(MAX_COLUMNS + 10);
  });

  it('clamps the window at the top and bottom of the table', () => {
    const entries = leagueEntries({ forces: areas(200), metric: 'offences', highlight: [] });
    expect(leagueWindow(entries, ['area-2']).first).toBe(0);
    expect(leagueWindow(entries, ['area-199']).first).toBe(150);
    expect(leagueWindow(entries, []).first).toBe(0);
  });

  it('shows ties as the model ranks them: joint, competition style', () => {
    const forces = areas(4, (i) => [20, 20, 10, 5][i]!);
    const ranks = leagueEntries({ forces, metric: 'offences', highlight: [] }).map((e) => [e.rank.position, e.rank.joint]);
    expect(ranks).toEqual([[1, true], [1, true], [3, false], [4, false]]);
  });
});
