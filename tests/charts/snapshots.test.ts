import { describe, expect, it } from 'vitest';
import { leagueSvg } from '../../src/charts/league.ts';
import { loadGeo } from '../../src/charts/geo.ts';
import { mapSvg } from '../../src/charts/map.ts';
import { platformsSvg } from '../../src/charts/platforms.ts';
import { trendSvg } from '../../src/charts/trend.ts';
import { derbyshire, forces, national } from './fixtures.ts';
import { normaliseSvg } from './normalise.ts';

const opts = { id: 'derbyshire-chart', source: 'Source: NSPCC FOI requests to police forces, 2017/18.', illustrative: false };
const geo = loadGeo();

describe('golden files, one per chart type', () => {
  it('platforms: Derbyshire beside England and Wales, with a suppressed and a missing bar', async () => {
    const svg = platformsSvg({ area: { name: 'Derbyshire', figures: derbyshire }, comparison: { name: national.name, figures: national } }, opts);
    await expect(normaliseSvg(svg)).toMatchFileSnapshot('./__snapshots__/platforms.svg');
  });

  it('platforms: national page, one series, illustrative', async () => {
    const svg = platformsSvg({ area: { name: national.name, figures: national }, comparison: null }, { ...opts, illustrative: true });
    await expect(normaliseSvg(svg)).toMatchFileSnapshot('./__snapshots__/platforms-national-illustrative.svg');
  });

  it('league: offences with Derbyshire highlighted', async () => {
    const svg = leagueSvg({ forces, metric: 'offences', highlight: ['derbyshire'] }, opts);
    await expect(normaliseSvg(svg)).toMatchFileSnapshot('./__snapshots__/league.svg');
  });

  it('league: rate with a region highlighted', async () => {
    const highlight = forces.filter((f) => f.region_id === 'east-midlands').map((f) => f.id);
    const svg = leagueSvg({ forces, metric: 'rate', highlight, highlightLabel: 'Forces in East Midlands' }, opts);
    await expect(normaliseSvg(svg)).toMatchFileSnapshot('./__snapshots__/league-rate-region.svg');
  });

  it('trend: a gap and a real zero', async () => {
    const svg = trendSvg({ name: 'Derbyshire', trend: derbyshire.trend! }, opts);
    await expect(normaliseSvg(svg)).toMatchFileSnapshot('./__snapshots__/trend.svg');
  });

  it('map: rates by area, East Midlands outlined, no-reply areas hatched', async () => {
    const areas = forces.flatMap((f) => (f.code ? [{ code: f.code, name: f.area, value: f.rate, href: `/repo/scwc/${f.id}/` }] : []));
    const highlight = forces.filter((f) => f.region_id === 'east-midlands').map((f) => f.code!);
    const svg = mapSvg({ geo, areas, highlight, highlightLabel: 'East Midlands' }, opts);
    await expect(normaliseSvg(svg)).toMatchFileSnapshot('./__snapshots__/map.svg');
  });
});
