import { describe, expect, it } from 'vitest';
import { forceCharts, loadGeo, nationalCharts, regionCharts, type Chart } from '../../src/charts/index.ts';
import { expectAccessibleSvg } from './accessible.ts';
import { derbyshire, eastMidlands, figures, model, national, noReply, options } from './fixtures.ts';

const geo = loadGeo();
const everyForce = model.forces.map((f) => forceCharts(model, f, { ...options, idPrefix: f.id }));
const pages: Chart[][] = [...everyForce, regionCharts(model, eastMidlands, { ...options, idPrefix: 'east-midlands' }, geo), nationalCharts(model, options, geo)];
const all = pages.flat();

describe('every <svg> is a named, described image', () => {
  it('draws charts for every page', () => {
    expect(all.length).toBeGreaterThan(model.forces.length * 2);
  });

  it.each(all.map((c) => [c.id, c] as const))('%s has xmlns, a role, and a name and description from <title> and <desc>', (_id, c) => {
    expectAccessibleSvg(c);
    expect(c.svg).toContain('Source: NSPCC FOI');
    expect(c.svg).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('keeps coordinates to two decimal places at most', () => {
    for (const c of all) {
      const attrs = [...c.svg.matchAll(/\s(?:x|y|x1|x2|y1|y2|width|height|d|transform)="([^"]*)"/g)].map((m) => m[1]).join(' ');
      expect(attrs).not.toMatch(/\d\.\d{3,}/);
    }
  });

  it('gives every id on a page exactly once', () => {
    for (const page of pages) {
      const ids = page.flatMap((c) => [...c.svg.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]));
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('draws ILLUSTRATIVE into the image only when asked', () => {
    const demo = forceCharts(model, derbyshire, { ...options, illustrative: true });
    for (const c of demo) expect(c.svg).toMatch(/<text[^>]*>ILLUSTRATIVE: made-up figures/);
    for (const c of forceCharts(model, derbyshire, options)) expect(c.svg).not.toContain('ILLUSTRATIVE');
  });
});

describe('what a force page gets', () => {
  const charts = forceCharts(model, derbyshire, options);

  it('has platforms, both leagues and the trend, in that order', () => {
    expect(charts.map((c) => c.fileBase)).toEqual(['platforms', 'league', 'league-rate', 'trend']);
    expect(charts.map((c) => c.id)).toEqual(['derbyshire-platforms', 'derbyshire-league', 'derbyshire-league-rate', 'derbyshire-trend']);
  });

  it('states the key figures in the description and the table', () => {
    const [platforms, league, , trend] = charts;
    expect(platforms?.desc).toContain('Facebook: 25.0% in Derbyshire, 32.6% in England and Wales.');
    expect(platforms?.desc).toContain('WhatsApp: suppressed (small number) in Derbyshire, 3.2% in England and Wales.');
    expect(platforms?.desc).toContain('Kik: 0.0% in Derbyshire, no figure for England and Wales.');
    expect(platforms?.table.rows[0]).toEqual(['Facebook-owned apps†', '4', '33.3%', '52.0%']);
    expect(league?.desc).toContain('Derbyshire: 37 offences, joint 24th highest of 33.');
    expect(league?.table.rows).toHaveLength(33);
    expect(trend?.desc).toContain('2018/19, no figure; 2019/20, 41');
    expect(trend?.table.rows[1]).toEqual(['2018/19', 'no figure']);
  });

  it('leaves out a chart with nothing to draw, and says when the force is not in the league', () => {
    const charts = forceCharts(model, noReply, { ...options, idPrefix: 'lancashire' });
    expect(charts.map((c) => c.fileBase)).toEqual(['league', 'league-rate']);
    expect(charts[0]?.desc).toContain('Lancashire has no figure, so is not shown.');
  });

  it('draws no charts at all when no force has a figure', () => {
    const empty = { ...model, forces: model.forces.map((f) => ({ ...f, ...figures(), responded: false })) };
    expect(forceCharts(empty, empty.forces[0]!, options)).toEqual([]);
    expect(nationalCharts({ ...empty, national: { ...national, ...figures() } }, options, geo)).toEqual([]);
  });
});

describe('region and national pages', () => {
  it('outline the region on the map and link every area to its force page', () => {
    const charts = regionCharts(model, eastMidlands, { ...options, idPrefix: 'east-midlands' }, geo);
    expect(charts.map((c) => c.fileBase)).toEqual(['platforms', 'league', 'league-rate', 'trend', 'map']);
    const map = charts.at(-1)!;
    expect(map.svg.match(/<a href="\/repo\/scwc-2018\/[a-z-]+\/"/g)).toHaveLength(43);
    expect(map.svg).toContain('<a href="/repo/scwc-2018/derbyshire/" aria-label="Derbyshire: 3.5 offences per 100,000">');
    expect(map.desc).toContain('East Midlands is outlined.');
    expect(map.desc).toMatch(/No figure \(hatched\) for 10: .*Lancashire/);
    expect(map.svg).toContain('Contains OS data © Crown copyright');
  });

  it('keeps role="img" on charts without links, and uses a named group for the linked map', () => {
    const charts = nationalCharts(model, options, geo);
    expect(charts.filter((c) => c.svg.includes('role="group"')).map((c) => c.fileBase)).toEqual(['map']);
  });

  it('national page has no highlight', () => {
    const charts = nationalCharts(model, options, geo);
    expect(charts.map((c) => c.fileBase)).toEqual(['platforms', 'league', 'league-rate', 'trend', 'map']);
    expect(charts[1]?.svg).not.toContain('font-weight="700">Derbyshire');
  });

  it('links each map area where the site says its force page is', () => {
    const [map] = nationalCharts(model, { ...options, forceHref: (id) => `/elsewhere/${id}.html` }, geo).filter((c) => c.fileBase === 'map');
    expect(map?.svg).toContain('<a href="/elsewhere/derbyshire.html"');
    expect(map?.svg).not.toContain('/repo/');
  });
});
