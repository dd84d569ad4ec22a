/** Every chart of every page of the campaigns in data/, from the real loader and compute layer. */
import { describe, expect, it } from 'vitest';
import { computeCampaign } from '../../src/compute/index.ts';
import { loadProject } from '../../src/load/index.ts';
import { expectAccessibleSvg } from './accessible.ts';
import { forceCharts, loadGeo, nationalCharts, regionCharts, type Chart } from '../../src/charts/index.ts';

const project = loadProject('data');
const geo = loadGeo();

describe.each(project.campaigns.map((c) => [c.campaign.id, c] as const))('campaign %s', (_id, input) => {
  const model = computeCampaign(input, project.reference);
  const opts = { idPrefix: 'national', source: `Source: ${input.campaign.source}`, illustrative: input.campaign.illustrative ?? false, forceHref: (id: string) => `/repo/${input.campaign.id}/${id}/` };
  const pages: Chart[][] = [
    nationalCharts(model, opts, geo),
    ...model.regions.map((r) => regionCharts(model, r, { ...opts, idPrefix: r.id }, geo)),
    ...model.forces.map((f) => forceCharts(model, f, { ...opts, idPrefix: f.id })),
  ];

  it('draws accessible charts with unique ids on every page', () => {
    for (const page of pages) {
      const ids = page.flatMap((c) => [...c.svg.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]));
      expect(new Set(ids).size).toBe(ids.length);
      for (const c of page) {
        expectAccessibleSvg(c);
        expect(`${c.svg}${c.desc}${JSON.stringify(c.table)}`).not.toMatch(/NaN|undefined|null|Infinity/);
        expect(c.svg.includes('ILLUSTRATIVE')).toBe(opts.illustrative);
      }
    }
  });

  it('puts a map on the national page linking every responding force', () => {
    const map = pages[0]!.find((c) => c.fileBase === 'map');
    expect(map).toBeDefined();
    for (const f of model.forces.filter((x) => x.code)) expect(map!.svg).toContain(`href="/repo/${input.campaign.id}/${f.id}/"`);
  });
});
