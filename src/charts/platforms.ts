/**
 * Platforms: the share of offences (where the method was recorded) involving each group
 * of apps and each platform, for one area beside England and Wales, as paired bars.
 * The area's bars are solid, the comparison's hatched, and every bar carries its value.
 */
import type { AreaFigures, ShareItem } from '../compute/types.ts';
import { max as maxOf } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { asIs, el, type Attrs } from './document.ts';
import { framedSvg, layoutOf, MARGIN, type Group } from './frame.ts';
import { count, label as capitalise, pct, r2, wrap } from './format.ts';
import { hatch } from './patterns.ts';
import { boxesPath, type Box } from './shapes.ts';
import { theme, type Layout } from './theme.ts';
import type { ChartText, SvgOptions } from './types.ts';

export interface NamedFigures {
  name: string;
  figures: AreaFigures;
}

export interface PlatformsData {
  area: NamedFigures;
  /** England and Wales; null on the national page itself. */
  comparison: NamedFigures | null;
}

interface Row {
  item: ShareItem;
  other: number | null;
  /** Decimal places of `other` when it was published as a percentage (48% → 0). */
  otherDecimals?: number;
  kind: 'group' | 'platform';
}

const LABEL_WIDTH = 170;
const BAR = 11;
const LEGEND = 26;

function rows({ area, comparison }: PlatformsData): Row[] {
  const otherItem = (kind: 'group' | 'platform', id: string): ShareItem | undefined =>
    comparison ? (kind === 'group' ? comparison.figures.group[id] : comparison.figures.platform[id]) : undefined;
  const row = (item: ShareItem, kind: Row['kind']): Row => {
    const o = otherItem(kind, item.id);
    return { item, other: o?.share ?? null, kind, ...(o?.share_decimals !== undefined ? { otherDecimals: o.share_decimals } : {}) };
  };
  return [...area.figures.groups.map((item) => row(item, 'group')), ...area.figures.platforms.map((item) => row(item, 'platform'))];
}

/** True when there is at least one share to draw. Example: a force with no platforms recorded → false. */
export function hasPlatforms(data: PlatformsData): boolean {
  return rows(data).some((r) => r.item.share !== null);
}

function label(row: Row): string {
  return row.item.instances ? `${row.item.name}†` : row.item.name;
}

function shareWords(share: number | null, where: string, suppressed = false, decimals?: number): string {
  if (share === null) return suppressed ? `suppressed (small number) in ${where}` : `no figure for ${where}`;
  return `${pct(share, decimals)} in ${where}`;
}

/** Title, description and table. Example desc: "… Facebook: 32.6% in Derbyshire, 25.1% in England and Wales." */
export function platformsText(data: PlatformsData): ChartText {
  const { area, comparison } = data;
  const all = rows(data);
  const title = comparison
    ? `Apps used in offences in ${area.name}, compared with ${comparison.name}`
    : `Apps used in offences in ${area.name}`;
  const recorded = area.figures.method_recorded;
  const base = recorded === null ? '' : ` (${count(recorded)} in ${area.name})`;
  const parts = all.map((r) => {
    const mine = shareWords(r.item.share, area.name, r.item.suppressed, r.item.share_decimals);
    return comparison ? `${r.item.name}: ${mine}, ${shareWords(r.other, comparison.name, false, r.otherDecimals)}.` : `${r.item.name}: ${mine}.`;
  });
  const instances = all.some((r) => r.item.instances) ? ' † Sum of member apps: counts instances, not offences.' : '';
  const desc = `Share of offences where the method of communication was recorded${base}. ${parts.join(' ')}${instances}`;
  const head = ['App or group', `${area.name} offences`, `${area.name} share`];
  if (comparison) head.push(`${comparison.name} share`);
  const cell = (s: number | null, decimals?: number): string => (s === null ? 'no figure' : pct(s, decimals));
  const table = {
    caption: `${title}: share of offences where the method was recorded`,
    head,
    rows: all.map((r) => {
      const n = r.item.suppressed ? 'suppressed' : r.item.published_share ? 'not published' : r.item.count === null ? 'no figure' : count(r.item.count);
      const row = [label(r), n, cell(r.item.share, r.item.share_decimals)];
      return comparison ? [...row, cell(r.other, r.otherDecimals)] : row;
    }),
  };
  return { title, desc, table };
}

/** Draw the chart. Example: `platformsSvg({area, comparison}, {id: 'derbyshire-platforms', source, illustrative: false})`. `text`: the chart's title, description and table, when the caller has them already. */
export function platformsSvg(data: PlatformsData, opts: SvgOptions, text: ChartText = platformsText(data)): string {
  if (layoutOf(opts).name === 'phone') return platformsPhoneSvg(data, opts, text, layoutOf(opts));
  const all = rows(data);
  const pair = data.comparison !== null;
  const rowHeight = pair ? 2 * BAR + 12 : BAR + 12;
  const note = all.some((r) => r.item.instances) ? 16 : 0;
  // One series needs no legend: the title names it.
  const top = pair ? LEGEND : 4;
  const bodyHeight = top + all.length * rowHeight + note;
  return framedSvg(text, opts, bodyHeight, (g) => {
    const max = maxOf(all.flatMap((r) => [r.item.share ?? 0, r.other ?? 0])) ?? 0;
    const x = scaleLinear([0, Math.max(max, 0.1)], [LABEL_WIDTH, theme.width - MARGIN - 44]);
    const otherFill = hatch(g, `${opts.id}-hatch`);
    if (pair) legend(g, data, otherFill);
    // Bars as one path per series and texts in groups that carry their shared style: the
    // same image with far fewer elements and attributes.
    const rowY = (i: number): number => top + i * rowHeight;
    for (const kind of ['group', 'platform'] as const) {
      if (!all.some((r) => r.kind === kind)) continue;
      const names = el(g, 'g', { 'text-anchor': 'end', 'font-weight': kind === 'group' ? 700 : 400 });
      all.forEach((row, i) => {
        if (row.kind === kind) el(names, 'text', { x: LABEL_WIDTH - 8, y: rowY(i) + BAR + (pair ? 4 : -1) }, label(row));
      });
    }
    bars(g, all, pair, x, rowY, BAR, otherFill, theme.font.small);
    el(g, 'line', { x1: LABEL_WIDTH, x2: LABEL_WIDTH, y1: top - 4, y2: top + all.length * rowHeight - 8, stroke: theme.colour.ink });
    if (note) {
      el(g, 'text', { x: MARGIN, y: top + all.length * rowHeight + 6, 'font-size': theme.font.small, fill: theme.colour.muted },
        '† Sum of member apps: counts instances, not offences.');
    }
  });
}

/** The bars of every row (one path per series) and their value labels. */
function bars(g: Group, all: Row[], pair: boolean, x: (n: number) => number, rowY: (i: number) => number, barHeight: number, otherFill: string, fontSize: number): void {
  const mine: Box[] = [];
  const others: Box[] = [];
  const values: [Attrs, string][] = [];
  all.forEach((row, i) => {
    bar(mine, values, x, rowY(i), row.item.share, row.item.suppressed, row.item.share_decimals, barHeight);
    if (pair) bar(others, values, x, rowY(i) + barHeight + 1, row.other, false, row.otherDecimals, barHeight);
  });
  const [d, dOther] = [boxesPath(mine), boxesPath(others)];
  if (d) el(g, 'path', { d: asIs(d), fill: theme.colour.focus });
  if (dOther) el(g, 'path', { d: asIs(dOther), fill: otherFill, stroke: theme.colour.other, 'stroke-width': 1 });
  const valueGroup = el(g, 'g', { 'font-size': fontSize });
  for (const [attrs, text] of values) el(valueGroup, 'text', attrs, text);
}

// The phone arrangement: each name on its own line above its bars, which then run the full
// width; the legend one entry a line. Every text at least the layout's small size (12).
const PHONE_BAR = 12;
const PHONE_NAME = 17;
const PHONE_VALUE = 48;

/**
 * The platforms chart for a phone: names above their bars, so both are readable at 360 wide.
 * Example: `platformsSvg(data, {...opts, layout: phoneLayout()})`.
 */
function platformsPhoneSvg(data: PlatformsData, opts: SvgOptions, text: ChartText, layout: Layout): string {
  const all = rows(data);
  const pair = data.comparison !== null;
  const rowHeight = PHONE_NAME + (pair ? 2 * PHONE_BAR + 1 : PHONE_BAR) + 10;
  const noteLines = all.some((r) => r.item.instances) ? wrap('† Sum of member apps: counts instances, not offences.', layout.sourceChars) : [];
  const entries = pair ? legendEntries(data) : [];
  const top = entries.length * 20 + (pair ? 6 : 0);
  const bodyHeight = top + all.length * rowHeight + noteLines.length * layout.smallLine;
  return framedSvg(text, opts, bodyHeight, (g) => {
    const max = maxOf(all.flatMap((r) => [r.item.share ?? 0, r.other ?? 0])) ?? 0;
    const x = scaleLinear([0, Math.max(max, 0.1)], [MARGIN, layout.width - MARGIN - PHONE_VALUE]);
    const otherFill = hatch(g, `${opts.id}-hatch`);
    entries.forEach(([name, kind], i) => {
      const fill = kind === 'area' ? theme.colour.focus : otherFill;
      el(g, 'rect', { x: MARGIN, y: i * 20 + 2, width: 14, height: 12, fill, stroke: theme.colour.other, 'stroke-width': kind === 'area' ? 0 : 1 });
      el(g, 'text', { x: MARGIN + 20, y: i * 20 + 13 }, capitalise(name));
    });
    const rowY = (i: number): number => top + i * rowHeight;
    for (const kind of ['group', 'platform'] as const) {
      if (!all.some((r) => r.kind === kind)) continue;
      const names = el(g, 'g', { 'font-weight': kind === 'group' ? 700 : 400 });
      all.forEach((row, i) => {
        if (row.kind === kind) el(names, 'text', { x: MARGIN, y: rowY(i) + 13 }, label(row));
      });
    }
    bars(g, all, pair, x, (i) => rowY(i) + PHONE_NAME, PHONE_BAR, otherFill, layout.font.small);
    if (noteLines.length) {
      const note = el(g, 'text', { 'font-size': layout.font.small, fill: theme.colour.muted });
      noteLines.forEach((line, i) => el(note, 'tspan', { x: MARGIN, y: top + all.length * rowHeight + i * layout.smallLine + 4 }, line));
    }
  });
}

function legendEntries(data: PlatformsData): [string, 'area' | 'comparison'][] {
  return data.comparison ? [[data.area.name, 'area'], [data.comparison.name, 'comparison']] : [[data.area.name, 'area']];
}

/** One bar (into `boxes`) and its value label (into `values`), or "no figure" where the bar would start. */
function bar(boxes: Box[], values: [Attrs, string][], x: (n: number) => number, y: number, share: number | null, suppressed = false, decimals?: number, height = BAR): void {
  const x0 = x(0);
  if (share === null) {
    values.push([{ x: x0 + 4, y: y + height - 2, fill: theme.colour.muted }, suppressed ? 'suppressed (small number)' : 'no figure']);
    return;
  }
  const w = r2(x(share) - x0);
  boxes.push({ x: x0, y, width: w, height });
  values.push([{ x: r2(x0 + w + 4), y: y + height - 2 }, pct(share, decimals)]);
}

function legend(g: Group, data: PlatformsData, otherFill: string): void {
  const entries: [string, string][] = [[data.area.name, theme.colour.focus]];
  if (data.comparison) entries.push([data.comparison.name, otherFill]);
  let x = LABEL_WIDTH;
  for (const [name, fill] of entries) {
    el(g, 'rect', { x, y: 2, width: 14, height: 11, fill, stroke: theme.colour.other, 'stroke-width': fill === theme.colour.focus ? 0 : 1 });
    el(g, 'text', { x: x + 20, y: 12 }, capitalise(name));
    x += 20 + name.length * 7 + 24;
  }
}
