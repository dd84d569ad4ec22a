/** Where a league's own force stands (Chart.focus): a phone opens a long league there. */
import { describe, expect, it } from 'vitest';
import { forceCharts, nationalCharts, regionCharts } from '../../src/charts/index.ts';
import { leagueFocus } from '../../src/charts/league.ts';
import { theme } from '../../src/charts/theme.ts';
import { derbyshire, manyAreas, model, options } from './fixtures.ts';

/** The x of the bold (highlighted) column name, as drawn: `translate(x,…) rotate(-90)`, 3 units right of the column's centre. */
function drawnCentre(svg: string, name: string): number {
  const match = new RegExp(`translate\\(([\\d.]+),[\\d.]+\\) rotate\\(-90\\)"[^>]*font-weight="700"[^>]*>${name}<`).exec(svg)
    ?? new RegExp(`<text[^>]*transform="translate\\(([\\d.]+),[\\d.]+\\) rotate\\(-90\\)"[^>]*>${name}<`).exec(svg);
  if (!match) throw new Error(`no column name ${name}`);
  return Number(match[1]) - 3;
}

describe('league focus', () => {
  it('is the centre of the force\'s own column, as a fraction of the width', () => {
    const leagues = forceCharts(model, derbyshire, options).filter((c) => c.fileBase.startsWith('league'));
    expect(leagues).toHaveLength(2);
    for (const chart of leagues) {
      expect(chart.focus).toBeGreaterThan(0);
      expect(chart.focus).toBeLessThan(1);
      expect(chart.focus! * theme.width).toBeCloseTo(drawnCentre(chart.svg, derbyshire.area), 0);
    }
  });

  it('follows the force inside a windowed league of many areas', () => {
    const forces = manyAreas(1000);
    // Near the top, the window starts at the top and the force sits left; near the bottom, it sits right.
    const top = leagueFocus({ forces, metric: 'offences', highlight: ['area-3'] })!;
    const middle = leagueFocus({ forces, metric: 'offences', highlight: ['area-500'] })!;
    const bottom = leagueFocus({ forces, metric: 'offences', highlight: ['area-999'] })!;
    expect(top).toBeLessThan(0.2);
    expect(middle).toBeGreaterThan(0.4);
    expect(middle).toBeLessThan(0.6);
    expect(bottom).toBeGreaterThan(0.9);
    expect(bottom).toBeLessThan(1);
  });

  it('is absent where no single force is the page\'s own (national page, region page, other charts)', () => {
    expect(leagueFocus({ forces: model.forces, metric: 'offences', highlight: [] })).toBeNull();
    expect(leagueFocus({ forces: model.forces, metric: 'offences', highlight: ['derbyshire', 'leicestershire'] })).toBeNull();
    expect(forceCharts(model, derbyshire, options).filter((c) => !c.fileBase.startsWith('league')).every((c) => c.focus === undefined)).toBe(true);
    const region = model.regions.find((r) => r.force_ids.includes('derbyshire'))!;
    const geo = { type: 'FeatureCollection', features: [] } as never;
    expect(regionCharts(model, region, options, geo).every((c) => c.focus === undefined)).toBe(true);
    expect(nationalCharts(model, options, geo).every((c) => c.focus === undefined)).toBe(true);
  });
});
