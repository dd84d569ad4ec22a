/**
 * Map: a choropleth of offences per 100,000 people by police force area, five equal
 * bands from zero. Every area links to its force page; areas with no figure are hatched
 * and named in the legend; highlighted areas (a region's) get a thick outline.
 */
import { geoPath, geoTransverseMercator } from 'd3-geo';
import { asIs, el, type AsIs } from './document.ts';
import { framedSvg, layoutOf, MARGIN, type Group } from './frame.ts';
import { label, r2, rate } from './format.ts';
import { GEO_ATTRIBUTION, type PfaCollection, type PfaFeature } from './geo.ts';
import { hatch } from './patterns.ts';
import { theme, type Layout } from './theme.ts';
import type { ChartText, SvgOptions } from './types.ts';

export interface MapArea {
  /** ONS code, PFA20CD. */
  code: string;
  name: string;
  /** Offences per 100,000 people; null = no figure. */
  value: number | null;
  href: string | null;
}

export interface MapData {
  geo: PfaCollection;
  areas: MapArea[];
  /** Codes of areas to outline, e.g. a region's forces. */
  highlight: string[];
  /** Legend for the outline, e.g. "East Midlands". */
  highlightLabel?: string;
}

const MAP_W = 330;
const MAP_H = 420;
const BANDS = 5;

/** Band width: the smallest of 1, 2, 2.5, 5 × 10ⁿ that fits the maximum in five bands. Example: `bandStep(16.8)` → 5. */
export function bandStep(max: number): number {
  const raw = max > 0 ? max / BANDS : 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const nice = [1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10;
  return nice * power;
}

// Every map of a campaign projects the same boundaries into the same box: the projection and
// each boundary's path string are computed once per boundary collection (the build loads it
// once), not on every region page. Keyed on the objects, so a reloaded file is projected anew.
const pathCache = new WeakMap<PfaCollection, Map<PfaFeature, AsIs>>();

/** The `d` of every boundary, projected once per collection (numbers only: written without the escaping scan). Example: `projectedPaths(geo).get(geo.features[0])` → asIs("M…Z"). */
function projectedPaths(geo: PfaCollection): Map<PfaFeature, AsIs> {
  let paths = pathCache.get(geo);
  if (!paths) {
    const projection = geoTransverseMercator().rotate([2, -49]).fitExtent([[MARGIN, 0], [MARGIN + MAP_W, MAP_H]], geo);
    const path = geoPath(projection).digits(2);
    paths = new Map(geo.features.map((f) => [f, asIs(path(f) ?? '')]));
    pathCache.set(geo, paths);
  }
  return paths;
}

function joined(data: MapData): { code: string; name: string; value: number | null; href: string | null; listed: boolean }[] {
  const byCode = new Map(data.areas.map((a) => [a.code, a]));
  return data.geo.features.map((f) => {
    const area = byCode.get(f.properties.PFA20CD);
    // `listed`: the force is in the release (a null value is then a reply without figures); an
    // area outside the release is not a non-reply, and the text says so.
    return { code: f.properties.PFA20CD, name: area?.name ?? f.properties.PFA20NM, value: area?.value ?? null, href: area?.href ?? null, listed: area !== undefined };
  });
}

/** Title, description and table. Example desc: "Map of the 43 police force areas … Highest: Cleveland, 16.8. …" */
export function mapText(data: MapData): ChartText {
  const areas = joined(data);
  const known = areas.filter((a) => a.value !== null).sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || a.name.localeCompare(b.name, 'en-GB'));
  const missing = areas.filter((a) => a.value === null && a.listed).map((a) => a.name).sort();
  const outside = areas.filter((a) => !a.listed).map((a) => a.name).sort();
  const step = bandStep(Math.max(0, ...known.map((a) => a.value ?? 0)));
  const title = `Offences per 100,000 people, by police force area${data.highlightLabel ? `, ${data.highlightLabel} outlined` : ''}`;
  const parts = [`Map of the ${areas.length} police force areas of England and Wales, shaded in ${BANDS} bands of ${rate(step)} offences per 100,000 people, darker is higher.`];
  const [top, bottom] = [known[0], known[known.length - 1]];
  if (top && bottom) parts.push(`Highest: ${top.name}, ${rate(top.value ?? 0)}. Lowest: ${bottom.name}, ${rate(bottom.value ?? 0)}.`);
  if (data.highlightLabel) parts.push(`${label(data.highlightLabel)} is outlined.`);
  if (missing.length) parts.push(`No figure (hatched) for ${missing.length}: ${missing.join(', ')}.`);
  if (outside.length) parts.push(`Not in this release (hatched), which does not mean no reply: ${outside.length} ${outside.length === 1 ? 'area' : 'areas'}, ${outside.join(', ')}.`);
  if (areas.some((a) => a.href !== null)) parts.push('Each area links to its force page.');
  const table = {
    caption: title,
    head: ['Police force area', 'Offences per 100,000'],
    rows: [...known.map((a) => [a.name, rate(a.value ?? 0)]), ...missing.map((name) => [name, 'no figure']), ...outside.map((name) => [name, 'not in this release'])],
  };
  return { title, desc: parts.join(' '), table };
}

/** Draw the map. Example: `mapSvg({geo, areas, highlight: []}, {id: 'national-map', …})`. `text`: the chart's title, description and table, when the caller has them already. */
export function mapSvg(data: MapData, opts: SvgOptions, text: ChartText = mapText(data)): string {
  const areas = joined(data);
  const { colour, font } = theme;
  const step = bandStep(Math.max(0, ...areas.map((a) => a.value ?? 0)));
  const withAttribution = { ...opts, source: `${opts.source} ${GEO_ATTRIBUTION}` };
  const linked = areas.some((a) => a.href !== null);
  const layout = layoutOf(opts);
  const phone = layout.name === 'phone';
  const legendRows = legendEntries(data, step, hatchUrl(opts.id));
  // On a phone the legend goes under the map, in two columns; the map itself is the same drawing.
  const under = phone ? phoneLegendHeight(legendRows, layout, linked) : 0;
  return framedSvg(text, withAttribution, MAP_H + under, (g) => {
    const none = hatch(g, `${opts.id}-hatch`);
    const band = (v: number): number => Math.min(BANDS - 1, Math.floor(v / step));
    const paths = projectedPaths(data.geo);
    const highlighted = new Set(data.highlight);
    // Highlighted areas last, so their thick outline is not painted over by neighbours.
    const order = [...data.geo.features].sort((a, b) =>
      Number(highlighted.has(a.properties.PFA20CD)) - Number(highlighted.has(b.properties.PFA20CD)));
    const byCode = new Map(areas.map((a) => [a.code, a]));
    // The outline style most areas share is set once on their group.
    const shapes = el(g, 'g', { stroke: colour.muted, 'stroke-width': 0.5, 'stroke-linejoin': 'round' });
    for (const f of order) {
      const area = byCode.get(f.properties.PFA20CD);
      const value = area?.value ?? null;
      const focus = highlighted.has(f.properties.PFA20CD);
      const name = `${area?.name ?? f.properties.PFA20NM}: ${value === null ? 'no figure' : `${rate(value)} offences per 100,000`}`;
      const parent = area?.href ? el(shapes, 'a', { href: area.href, 'aria-label': name }) : shapes;
      const fill = value === null ? none : colour.scale[band(value)] ?? none;
      const d = paths.get(f) ?? '';
      const shape = el(parent, 'path', focus ? { d, fill, stroke: colour.ink, 'stroke-width': 2 } : { d, fill });
      el(shape, 'title', {}, name);
    }
    if (phone) {
      phoneLegend(g, legendRows, layout, linked);
      return;
    }
    const lx = MARGIN + MAP_W + 30;
    el(g, 'text', { x: lx, y: 20, 'font-weight': 700 }, 'Offences per 100,000');
    legendRows.forEach(([fill, label, outline], i) => {
      const y = 34 + i * 22;
      el(g, 'rect', { x: lx, y, width: 18, height: 14, fill, stroke: outline ? colour.ink : colour.muted, 'stroke-width': outline ? 2 : 0.5 });
      el(g, 'text', { x: lx + 26, y: y + 11, 'font-size': font.size }, label);
    });
    if (linked) {
      el(g, 'text', { x: lx, y: r2(34 + legendRows.length * 22 + 14), 'font-size': font.small, fill: colour.muted }, 'Each area links to its force page.');
    }
  }, linked);
}

/** The hatch of "no figure" areas, as `hatch()` names it. */
function hatchUrl(id: string): string {
  return `url(#${id}-hatch)`;
}

/** Legend rows: fill, words, and whether the swatch is the thick outline. */
function legendEntries(data: MapData, step: number, none: string): [string, string, boolean][] {
  const rows: [string, string, boolean][] = theme.colour.scale.map((fill, i) => [fill, bandLabel(i, step), false]);
  rows.push([none, 'No figure', false]);
  if (data.highlightLabel) rows.push([theme.colour.background, `${label(data.highlightLabel)} (thick outline)`, true]);
  return rows;
}

// The phone legend: a heading, the bands two to a line, the outline's row across the width.
const PHONE_ROW = 22;
const PHONE_COLUMN = 165;

function phoneLegendRows(rows: [string, string, boolean][]): { at: [number, number]; row: [string, string, boolean] }[] {
  const placed: { at: [number, number]; row: [string, string, boolean] }[] = [];
  let line = 0;
  let column = 0;
  for (const row of rows) {
    // The outline's row names a region: it takes a line of its own.
    if (row[2] && column > 0) [line, column] = [line + 1, 0];
    placed.push({ at: [line, column], row });
    if (row[2] || column === 1) [line, column] = [line + 1, 0];
    else column = 1;
  }
  return placed;
}

function phoneLegendHeight(rows: [string, string, boolean][], layout: Layout, linked: boolean): number {
  const placed = phoneLegendRows(rows);
  const lines = placed.length ? placed[placed.length - 1]!.at[0] + 1 : 0;
  return 12 + 22 + lines * PHONE_ROW + (linked ? layout.smallLine + 4 : 0);
}

function phoneLegend(g: Group, rows: [string, string, boolean][], layout: Layout, linked: boolean): void {
  const { colour } = theme;
  const top = MAP_H + 12;
  el(g, 'text', { x: MARGIN, y: top + 14, 'font-weight': 700 }, 'Offences per 100,000');
  const placed = phoneLegendRows(rows);
  for (const { at: [line, column], row: [fill, words, outline] } of placed) {
    const [x, y] = [MARGIN + column * PHONE_COLUMN, top + 22 + line * PHONE_ROW];
    el(g, 'rect', { x, y, width: 18, height: 14, fill, stroke: outline ? colour.ink : colour.muted, 'stroke-width': outline ? 2 : 0.5 });
    el(g, 'text', { x: x + 24, y: y + 12 }, words);
  }
  if (linked) {
    const lines = placed.length ? placed[placed.length - 1]!.at[0] + 1 : 0;
    el(g, 'text', { x: MARGIN, y: r2(top + 22 + lines * PHONE_ROW + 10), 'font-size': layout.font.small, fill: colour.muted }, 'Each area links to its force page.');
  }
}

function bandLabel(i: number, step: number): string {
  const from = rate(i * step);
  return i === BANDS - 1 ? `${from} or more` : `${from} to under ${rate((i + 1) * step)}`;
}
