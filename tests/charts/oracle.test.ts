/**
 * d3-node as the oracle for the charts' own writer (src/charts/document.ts). Every chart
 * kind is drawn twice from the same data: once written by the charts' writer as it is drawn
 * (with the league's per-campaign memos and the as-is path data), once built as a tree
 * (serialisedBy) and rebuilt with d3 selections in d3-node's jsdom document, taken as its outerHTML. The two must be the same
 * markup, on the demo campaigns and on hostile labels (markup characters, quotes, emoji,
 * right-to-left text, lone surrogates, very long names). The one intended difference: a
 * no-break space is `&#160;` in ours (valid XML, for the .svg download and resvg), `&nbsp;`
 * in outerHTML.
 */
import fc from 'fast-check';
import { D3Node } from 'd3-node';
import { describe, expect, it } from 'vitest';
import { forceCharts, loadGeo, nationalCharts, regionCharts, svgToPng, type Chart } from '../../src/charts/index.ts';
import { escapeAttribute, escapeText, serialisedBy, svgMarkup, type SvgNode } from '../../src/charts/document.ts';
import { leagueSvg } from '../../src/charts/league.ts';
import { computeCampaign } from '../../src/compute/index.ts';
import type { CampaignModel, ComputedForce, ShareItem } from '../../src/compute/types.ts';
import { loadProject } from '../../src/load/index.ts';
import { eastMidlands, manyAreas, model as fixtureModel, options } from './fixtures.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const d3n = new D3Node();
const { d3 } = d3n;

type Selection = ReturnType<typeof d3.select<Element, unknown>>;

/** The same tree, built through d3-node's document with d3 selections, as outerHTML. */
function viaD3Node(root: SvgNode): string {
  const svg: Selection = d3.select<Element, unknown>(d3n.document.createElementNS(SVG_NS, root.name));
  const fill = (selection: Selection, node: SvgNode): void => {
    for (const key in node.attrs) selection.attr(key, node.attrs[key]!);
    if (node.text !== undefined) selection.text(node.text);
    else for (const child of node.children) fill(selection.append<Element>(child.name), child);
  };
  fill(svg, root);
  return svg.node()!.outerHTML.replaceAll('&nbsp;', '&#160;');
}

/** Every chart of every page of a model, each drawn twice: [ours, the oracle's]. */
function bothWays(draw: () => Chart[]): [string[], string[]] {
  // Both drawings of every chart: the wide one and the phone's.
  const both = (c: Chart) => [c.svg, ...(c.phoneSvg === undefined ? [] : [c.phoneSvg])];
  const ours = draw().flatMap(both);
  const theirs = serialisedBy(viaD3Node, draw).flatMap(both);
  return [ours, theirs];
}

/** The charts of the national page, every region page and the force pages of `forces` (default: all). */
function everyPage(model: CampaignModel, opts: typeof options, geo: ReturnType<typeof loadGeo>, forces = model.forces): Chart[] {
  return [
    ...nationalCharts(model, { ...opts, idPrefix: 'national' }, geo),
    ...model.regions.flatMap((r) => regionCharts(model, r, { ...opts, idPrefix: r.id }, geo)),
    ...forces.flatMap((f) => forceCharts(model, f, { ...opts, idPrefix: f.id })),
  ];
}

const geo = loadGeo();

describe('the serialiser against d3-node (jsdom) as oracle', () => {
  it('gives the same markup for every chart of the demo campaigns', () => {
    const project = loadProject('data');
    let drawn = 0;
    for (const input of project.campaigns) {
      const model = computeCampaign(input, project.reference);
      const opts = { ...options, source: `Source: ${input.campaign.source}`, illustrative: input.campaign.illustrative ?? false };
      const [ours, theirs] = bothWays(() => everyPage(model, opts, geo));
      expect(ours).toEqual(theirs);
      drawn += ours.length;
    }
    // The demo campaigns draw every kind: platforms, both leagues, trend, map.
    expect(drawn).toBeGreaterThan(500);
  });

  it('gives the same markup for a windowed league of 300 areas', () => {
    const many = manyAreas(300, (i) => (i % 7 === 0 ? 300 : 300 - i));
    const [ours, theirs] = bothWays(() => ['area-1', 'area-150', 'area-300'].map((id) => ({ svg: leagueSvg({ forces: many, metric: 'offences', highlight: [id] }, { id, source: 's', illustrative: true }) }) as Chart));
    expect(ours).toEqual(theirs);
  });

  // Labels a campaign or a data file could carry.
  const hostilePiece = fc.oneof(
    fc.constantFrom('<', '>', '&', '"', "'", '&amp;', '&nbsp;', '<script>alert(1)</script>', ']]>', '<!--', '\u00a0', '🚓', '👩🏽‍⚖️',
      'שלום עולם', 'مرحبا', '\u202e', '\u200f', '\ud800', '\udfff', '\u0007', 'Ynys Môn', 'Brycheiniog a Maesyfed'),
    fc.string({ unit: 'binary', maxLength: 12 }),
  );
  const hostile = fc.oneof(
    { weight: 4, arbitrary: fc.array(hostilePiece, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('')) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 150, maxLength: 400 }) },
  ).filter((s) => s.trim().length > 0);

  it('gives the same markup on hostile labels, for every chart kind', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 8, maxLength: 8 }), ([area, platform, group, nation, region, source, period, campaignId]) => {
        const rename = (items: ShareItem[], name: string): ShareItem[] => items.map((item, i) => ({ ...item, name: `${name} ${i}` }));
        const forces: ComputedForce[] = fixtureModel.forces.map((f, i) => ({
          ...f,
          area: i % 3 === 0 || f.id === 'derbyshire' ? `${area!} ${i}` : f.area,
          platforms: rename(f.platforms, platform!),
          groups: rename(f.groups, group!),
          trend: f.trend && { ...f.trend, points: f.trend.points.map((p, j) => ({ ...p, period: `${period!}${j}` })) },
        }));
        const national = { ...fixtureModel.national, name: nation!, platforms: rename(fixtureModel.national.platforms, platform!), groups: rename(fixtureModel.national.groups, group!) };
        const model: CampaignModel = { ...fixtureModel, forces, national, regions: [{ ...eastMidlands, name: region! }] };
        // Force pages: Derbyshire (every chart kind, renamed labels) and a renamed force.
        const pages = forces.filter((f, i) => f.id === 'derbyshire' || i === 3);
        for (const illustrative of [false, true]) {
          const opts = { ...options, source: source!, illustrative, forceHref: (id: string) => `/${campaignId!}/${id}/` };
          const [ours, theirs] = bothWays(() => everyPage(model, opts, geo, pages));
          expect(ours).toEqual(theirs);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('svgMarkup', () => {
  const text = (t: string, attrs = {}): SvgNode => ({ name: 'text', attrs, text: t, children: [] });

  it('escapes text and attribute values, and writes every end tag', () => {
    const g: SvgNode = { name: 'g', attrs: { 'aria-label': 'Tom & "Jerry" <3' }, text: undefined, children: [text('a < b & c > "d"'), { name: 'rect', attrs: { width: 4 }, text: undefined, children: [] }] };
    expect(svgMarkup(g)).toBe('<g aria-label="Tom &amp; &quot;Jerry&quot; &lt;3"><text>a &lt; b &amp; c &gt; "d"</text><rect width="4"></rect></g>');
  });

  it('writes a no-break space as &#160;, which XML (the .svg download, resvg) reads', () => {
    expect(escapeText('Ynys\u00a0Môn')).toBe('Ynys&#160;Môn');
    expect(escapeAttribute('a\u00a0b')).toBe('a&#160;b');
    const svg = svgMarkup({ name: 'svg', attrs: { xmlns: SVG_NS, width: 60, height: 20 }, text: undefined, children: [text('Ynys\u00a0Môn', { y: 12 })] });
    expect(() => svgToPng(svg)).not.toThrow();
  });

  it('leaves text without special characters as it is', () => {
    const plain = 'Derbyshire, 37 offences (12th highest of 33) — 🚓 שלום';
    expect(escapeText(plain)).toBe(plain);
    expect(escapeAttribute(plain)).toBe(plain);
  });
});
