import { describe, expect, it } from 'vitest';
import { forceCharts, loadGeo, nationalCharts, regionCharts } from '../../src/charts/index.ts';
import { leagueSvg } from '../../src/charts/league.ts';
import { eastMidlands, manyAreas, model, options } from './fixtures.ts';

/**
 * Each kind of chart updates the tree it drew last (src/charts/document.ts): the markup must
 * not depend on what was drawn before. Charts of every shape (no reply, gaps, suppressed
 * bars, a region's highlight, windowed leagues, illustrative or not) are drawn in three
 * orders, and every chart must come out byte for byte the same each time.
 */
const geo = loadGeo();

// Every seventh area ties with the first, so the leagues have joint ranks.
const many = manyAreas(300, (i) => (i % 7 === 0 ? 300 : 300 - i));
const jobs: [string, () => string[]][] = [];
for (const illustrative of [false, true]) {
  const opts = { ...options, illustrative };
  for (const f of model.forces) jobs.push([`${illustrative} ${f.id}`, () => forceCharts(model, f, { ...opts, idPrefix: f.id }).map((c) => c.svg)]);
  jobs.push([`${illustrative} region`, () => regionCharts(model, eastMidlands, { ...opts, idPrefix: 'east-midlands' }, geo).map((c) => c.svg)]);
  jobs.push([`${illustrative} national`, () => nationalCharts(model, { ...opts, idPrefix: 'national' }, geo).map((c) => c.svg)]);
  for (const id of ['area-1', 'area-150', 'area-300']) {
    jobs.push([`${illustrative} ${id}`, () => [leagueSvg({ forces: many, metric: 'offences', highlight: [id] }, { id, source: 's', illustrative })]]);
  }
  jobs.push([`${illustrative} many highlighted`, () => [leagueSvg({ forces: many, metric: 'offences', highlight: ['area-3', 'area-9', 'area-40'], highlightLabel: 'Some' }, { id: 'm', source: 's', illustrative })]]);
}

function drawIn(order: number[]): Map<string, string[]> {
  return new Map(order.map((i) => [jobs[i]![0], jobs[i]![1]()]));
}

describe('charts drawn into a reused tree', () => {
  it('give the same markup whatever was drawn before', () => {
    const forward = jobs.map((_, i) => i);
    const first = drawIn(forward);
    const backward = drawIn([...forward].reverse());
    // Both ends inwards: every chart follows a chart of another shape.
    const zigzag = forward.map((i) => (i % 2 === 0 ? i / 2 : jobs.length - 1 - (i - 1) / 2));
    const third = drawIn(zigzag);
    expect(new Set(zigzag).size).toBe(jobs.length);
    for (const [name, svgs] of first) {
      expect(backward.get(name), name).toEqual(svgs);
      expect(third.get(name), name).toEqual(svgs);
    }
  });
});
