/**
 * League table: every responding force's offences (or rate per 100,000) as columns,
 * highest first, with every force named under its column. The force(s) the page is about
 * are drawn in the focus colour, named in bold, and (for one force) called out with its
 * rank, so "12th highest of 39" can be seen without relying on colour.
 */
import type { ComputedForce, Rank } from '../compute/types.ts';
import { max } from 'd3-array';
import { scaleBand, scaleLinear, type ScaleLinear } from 'd3-scale';
import { asIs, el, type AsIs } from './document.ts';
import { framedSvg, layoutOf, MARGIN, valueGrid } from './frame.ts';
import { count, label, r2, rankLabel, rate, wrap } from './format.ts';
import { theme, type Layout } from './theme.ts';
import type { ChartText, SvgOptions } from './types.ts';

export type LeagueMetric = 'offences' | 'rate';

export interface LeagueData {
  forces: ComputedForce[];
  metric: LeagueMetric;
  /** Ids of the forces to highlight: one on a force page, a region's forces on a region page. */
  highlight: string[];
  /** Legend for several highlighted forces, e.g. "Forces in the East Midlands". */
  highlightLabel?: string;
}

interface Entry {
  force: ComputedForce;
  value: number;
  rank: Rank;
}

const PLOT = 210;
const CALLOUT = 34;
const AXIS = 40;

const fmt = (metric: LeagueMetric, n: number): string => (metric === 'rate' ? rate(n) : count(n));
const unit = (metric: LeagueMetric): string => (metric === 'rate' ? 'offences per 100,000 people' : 'offences');

// Every page of a campaign draws its league from the same forces array: sort it once per metric.
const sortedCache = new WeakMap<ComputedForce[], Map<LeagueMetric, Entry[]>>();

/**
 * The forces the model ranks on this metric, in rank order (ties by value, then name, so the
 * order is stable). Sorted once per forces array. A chart never ranks for itself: a force
 * without a model rank (a partial reply, a withheld figure) is not in the league, as it is
 * not in the copy's ranks.
 */
export function leagueEntries({ forces, metric }: LeagueData): Entry[] {
  const byMetric = sortedCache.get(forces) ?? new Map<LeagueMetric, Entry[]>();
  sortedCache.set(forces, byMetric);
  const cached = byMetric.get(metric);
  if (cached) return cached;
  const entries = rankEntries(forces, metric);
  byMetric.set(metric, entries);
  return entries;
}

function rankEntries(forces: ComputedForce[], metric: LeagueMetric): Entry[] {
  const entries = forces.flatMap((force) => {
    const value = force[metric];
    const rank = force.rank[metric];
    return force.responded && value !== null && rank !== null ? [{ force, value, rank }] : [];
  });
  entries.sort((a, b) => a.rank.position - b.rank.position || b.value - a.value || a.force.area.localeCompare(b.force.area, 'en-GB'));
  return entries;
}

// Positions by force id, built once per sorted array, so a page finds its force without a scan.
const positionCache = new WeakMap<Entry[], Map<string, number>>();
function positions(entries: Entry[]): Map<string, number> {
  let index = positionCache.get(entries);
  if (!index) positionCache.set(entries, (index = new Map(entries.map((e, i) => [e.force.id, i]))));
  return index;
}
const forceCache = new WeakMap<ComputedForce[], Map<string, ComputedForce>>();
function forceById(forces: ComputedForce[], id: string): ComputedForce | undefined {
  let index = forceCache.get(forces);
  if (!index) forceCache.set(forces, (index = new Map(forces.map((f) => [f.id, f]))));
  return index.get(id);
}

/** At most this many columns: with more forces (or areas), a chart shows the ranks around the highlighted one. */
export const MAX_COLUMNS = 50;

/** The entries drawn: all of them, or a window of MAX_COLUMNS centred on the highlighted forces (the top for none). */
export function leagueWindow(entries: Entry[], highlight: string[]): { shown: Entry[]; first: number } {
  if (entries.length <= MAX_COLUMNS) return { shown: entries, first: 0 };
  const index = positions(entries);
  const marked = highlight.flatMap((id) => (index.has(id) ? [index.get(id)!] : [])).sort((a, b) => a - b);
  const centre = marked.length > 0 ? marked[Math.floor(marked.length / 2)]! : 0;
  const first = Math.min(Math.max(0, centre - Math.floor(MAX_COLUMNS / 2)), entries.length - MAX_COLUMNS);
  return { shown: entries.slice(first, first + MAX_COLUMNS), first };
}

// What a league says about one force is the same on every page that shows it (entries are
// cached per forces array and metric): its table row, its rank as a label, its sentence in the
// description. Worked out once per entry; shared, so never changed in place.
interface EntryWords {
  row: string[];
  rank: string;
  sentence: string;
}
const wordsCache = new WeakMap<Entry, EntryWords>();
function entryWords(e: Entry, metric: LeagueMetric): EntryWords {
  let words = wordsCache.get(e);
  if (!words) {
    const rank = rankLabel(e.rank);
    const name = label(e.force.area);
    const value = fmt(metric, e.value);
    words = { row: [`${e.rank.joint ? '=' : ''}${e.rank.position}`, name, value], rank, sentence: `${name}: ${value} ${unit(metric)}, ${rank}.` };
    wordsCache.set(e, words);
  }
  return words;
}

// The sentences of a description that are the same on every page of a campaign (highest and
// lowest, forces with no figure, forces not ranked): once per sorted entries array, which is
// itself once per forces array and metric. `forces` is the array the entries were sorted from.
const closingCache = new WeakMap<Entry[], string[]>();
function closingSentences(forces: ComputedForce[], metric: LeagueMetric, entries: Entry[]): string[] {
  let parts = closingCache.get(entries);
  if (parts) return parts;
  parts = [];
  const [top, bottom] = [entries[0], entries[entries.length - 1]];
  if (top && bottom) parts.push(`Highest: ${label(top.force.area)}, ${fmt(metric, top.value)}. Lowest: ${label(bottom.force.area)}, ${fmt(metric, bottom.value)}.`);
  const unranked = forces.filter((f) => f.responded && f[metric] !== null && f.rank[metric] === null).length;
  const missing = forces.length - entries.length - unranked;
  if (missing > 0) parts.push(`${missing} ${missing === 1 ? 'force has' : 'forces have'} no figure.`);
  if (unranked > 0) parts.push(`${unranked} ${unranked === 1 ? 'force is' : 'forces are'} not ranked (partial replies), so not shown.`);
  // Only the canonical entries of these forces are remembered: a caller's own array is not a key to trust.
  if (entries === leagueEntries({ forces, metric, highlight: [] })) closingCache.set(entries, parts);
  return parts;
}

/** Title, description and table. Example desc: "… Derbyshire: 37 offences, joint 12th highest of 33. …" */
export function leagueText(data: LeagueData, entries = leagueEntries(data)): ChartText {
  const { metric } = data;
  const { shown, first } = leagueWindow(entries, data.highlight);
  const single = data.highlight.length === 1 ? forceById(data.forces, data.highlight[0]!) : undefined;
  const title = `${metric === 'rate' ? 'Offences per 100,000 people' : 'Offences recorded'}, by police force${single ? `: where ${single.area} stands` : ''}`;
  const parts = [`Column chart of the ${entries.length} forces with a figure, highest first.`];
  for (const id of data.highlight) {
    const at = positions(entries).get(id);
    const e = at === undefined ? undefined : entries[at];
    const f = forceById(data.forces, id);
    if (e) parts.push(entryWords(e, metric).sentence);
    else if (f && f.responded && f[metric] !== null) parts.push(`${label(f.area)} is not ranked (${f.status === 'partial' ? 'a partial reply' : 'figure withheld'}), so is not shown.`);
    else if (f) parts.push(`${label(f.area)} has no figure, so is not shown.`);
  }
  parts.push(...closingSentences(data.forces, metric, entries));
  const windowed = shown.length < entries.length;
  const ranks = windowed ? `ranks ${count(first + 1)} to ${count(first + shown.length)} of ${count(entries.length)}` : '';
  if (windowed) parts.push(`Shown: ${ranks}.`);
  const table = {
    caption: windowed ? `${title} (${ranks})` : title,
    head: ['Rank', 'Force', metric === 'rate' ? 'Offences per 100,000' : 'Offences'],
    rows: shown.map((e) => entryWords(e, metric).row),
  };
  return { title, desc: parts.join(' '), table };
}

// Drawing, with what a campaign's pages share worked out once. Every window of n columns has
// the same column positions (a band scale over n distinct ids), and a column's top and height
// depend only on its value and the value axis, which most windows share (the axis is rounded
// to nice numbers): so positions are kept per n, and per sorted entries array the axis ticks
// and each column's path by nice axis maximum.

interface Columns {
  /** Left edge of column i, as the band scale gives it. */
  x: number[];
  /** Column i's path data start, its left edge rounded: "M60.5,". */
  move: string[];
  /** The transform of the name under column i. */
  nameAt: AsIs[];
  band: number;
  /** The chart width they were laid out for (theme.width). */
  width: number;
}
const columnsCache = new Map<number, Columns>();
function columnsFor(entries: Entry[]): Columns {
  let columns = columnsCache.get(entries.length);
  // At most MAX_COLUMNS + 1 keys (a window is never wider); drawn again if the theme's width changed.
  if (!columns || columns.width !== theme.width) columnsCache.set(entries.length, (columns = columnsAfresh(entries)));
  return columns;
}

/** The columns of the entries shown: remembered, unless ids repeat (the band scale would then share a column between them, so laid out as d3 says). */
function columnsOf(all: Entry[], shown: Entry[]): Columns {
  return positions(all).size === all.length ? columnsFor(shown) : columnsAfresh(shown);
}

function columnsAfresh(entries: Entry[]): Columns {
  const x = scaleBand(entries.map((e) => e.force.id), [MARGIN + AXIS, theme.width - MARGIN]).padding(0.2);
  const band = x.bandwidth();
  const xs = entries.map((e) => x(e.force.id) ?? 0);
  return {
    x: xs,
    move: xs.map((x0) => `M${r2(x0)},`),
    nameAt: xs.map((x0) => asIs(`translate(${r2(r2(x0) + band / 2 + 3)},${CALLOUT + PLOT + 6}) rotate(-90)`)),
    band,
    width: theme.width,
  };
}

interface ValueAxis {
  ticks: { value: number; y: number; text: string }[];
  /** The rest of a column's path after its start, by entry, for columns `band` wide; null when it has no height (not drawn). */
  columnEnd: Map<Entry, string | null>;
  band: number;
}
const axisCache = new WeakMap<Entry[], Map<number, ValueAxis>>();
function valueAxis(all: Entry[], metric: LeagueMetric, y: ScaleLinear<number, number>, band: number): ValueAxis {
  let byTop = axisCache.get(all);
  if (!byTop) axisCache.set(all, (byTop = new Map()));
  // The scale is fixed by its (nice) domain, which always starts at 0: one axis per maximum.
  const top = y.domain()[1]!;
  let axis = byTop.get(top);
  if (!axis) {
    axis = { ticks: y.ticks(4).map((tick) => ({ value: tick, y: r2(y(tick)), text: fmt(metric, tick) })), columnEnd: new Map(), band };
    byTop.set(top, axis);
  }
  // Columns of another width (the theme's width changed): their paths afresh.
  if (axis.band !== band) {
    axis.columnEnd = new Map();
    axis.band = band;
  }
  return axis;
}

/** "M60.5," + this → the column's rectangle, as boxesPath writes it. */
function columnEnd(axis: ValueAxis, e: Entry, y: ScaleLinear<number, number>): string | null {
  let end = axis.columnEnd.get(e);
  if (end === undefined) {
    const [width, height] = [axis.band, r2(y(0) - y(e.value))];
    end = width > 0 && height > 0 ? `${r2(y(e.value))}h${width}v${height}h${r2(-width)}z` : null;
    axis.columnEnd.set(e, end);
  }
  return end;
}

/** Draw the chart. Example: `leagueSvg({forces, metric: 'offences', highlight: ['derbyshire']}, {id: 'derbyshire-league', …})`. `text`: the chart's title, description and table, when the caller has them already. */
export function leagueSvg(data: LeagueData, opts: SvgOptions, text?: ChartText): string {
  if (layoutOf(opts).name === 'phone') return leaguePhoneSvg(data, opts, text ?? leagueText(data), layoutOf(opts));
  const all = leagueEntries(data);
  const entries = leagueWindow(all, data.highlight).shown;
  const { colour, width } = theme;
  // Names are written vertically under the columns: leave room for the longest (~4.4 units a character at 9 px).
  let longest = 0;
  for (const e of entries) longest = Math.max(longest, e.force.area.length);
  const names = 10 + 4.4 * longest;
  const columns = columnsOf(all, entries);
  return framedSvg(text ?? leagueText(data, all), opts, CALLOUT + PLOT + names, (g) => {
    const y = scaleLinear([0, max(entries, (e) => e.value) ?? 1], [CALLOUT + PLOT, CALLOUT]).nice(4);
    const axis = valueAxis(all, data.metric, y, r2(columns.band));
    valueGrid(g, MARGIN + AXIS, width - MARGIN, axis.ticks);
    // Columns as one path per colour, names in one group that carries their shared style:
    // the same image with a third of the elements and attributes.
    const marked = new Set(data.highlight);
    let d = '';
    let dFocus = '';
    entries.forEach((e, i) => {
      const end = columnEnd(axis, e, y);
      if (end === null) return;
      if (marked.has(e.force.id)) dFocus += columns.move[i]! + end;
      else d += columns.move[i]! + end;
    });
    if (d) el(g, 'path', { d: asIs(d), fill: colour.other });
    if (dFocus) el(g, 'path', { d: asIs(dFocus), fill: colour.focus });
    // Every name carries its own weight (the markup the charts have always had).
    const labels = el(g, 'g', { 'text-anchor': 'end', 'font-size': 9 });
    entries.forEach((e, i) => {
      const words = entryWords(e, data.metric);
      el(labels, 'text', { transform: columns.nameAt[i]!, 'font-weight': marked.has(e.force.id) ? 700 : 400 }, words.row[1]);
    });
    if (data.highlight.length > 1 && data.highlightLabel) {
      el(g, 'rect', { x: MARGIN + AXIS, y: 2, width: 14, height: 11, fill: colour.focus });
      el(g, 'text', { x: MARGIN + AXIS + 20, y: 12 }, `${data.highlightLabel} (names in bold)`);
    }
    const at = data.highlight.length === 1 ? entries.findIndex((e) => e.force.id === data.highlight[0]) : -1;
    const single = entries[at];
    if (single) {
      const cx = r2(columns.x[at]! + columns.band / 2);
      const words = entryWords(single, data.metric);
      const callout = `${words.row[1]}: ${words.row[2]}, ${words.rank}`;
      const anchor = cx < width / 3 ? 'start' : cx > (2 * width) / 3 ? 'end' : 'middle';
      el(g, 'text', { x: cx, y: 12, 'text-anchor': anchor, 'font-weight': 700 }, callout);
      el(g, 'line', { x1: cx, x2: cx, y1: 17, y2: r2(y(single.value) - 2), stroke: colour.ink });
    }
  });
}

// The phone arrangement: one row a force, highest first, its name on the left (over two lines
// when long), its bar and value to the right. Nothing is rotated or scrolled, every text is at
// least the layout's small size, and the drawn title fits the screen.
const ROW = 17;
const ROW_LINE = 13;
const NAME_WIDTH = 150;
const NAME_CHARS = 23;
const VALUE_ROOM = 44;

/**
 * The rows a phone league draws: each force's name lines and the top of its row.
 * Example: `leagueRows(['Derbyshire', 'Hampshire and the Isle of Wight'])` → [{lines: ['Derbyshire'], y: 0}, {lines: ['Hampshire and the Isle', 'of Wight'], y: 17}].
 */
export function leagueRows(names: readonly string[]): { lines: string[]; y: number }[] {
  let y = 0;
  return names.map((name) => {
    const lines = wrap(name, NAME_CHARS);
    const row = { lines, y };
    y += ROW + (lines.length - 1) * ROW_LINE;
    return row;
  });
}

function leaguePhoneSvg(data: LeagueData, opts: SvgOptions, text: ChartText, layout: Layout): string {
  const all = leagueEntries(data);
  const entries = leagueWindow(all, data.highlight).shown;
  const { colour } = theme;
  const marked = new Set(data.highlight);
  const names = entries.map((e) => entryWords(e, data.metric).row[1]!);
  const rows = leagueRows(names);
  const at = data.highlight.length === 1 ? entries.findIndex((e) => e.force.id === data.highlight[0]) : -1;
  const single = entries[at];
  const heading = single
    ? wrap(`${names[at]}: ${entryWords(single, data.metric).row[2]}, ${entryWords(single, data.metric).rank}`, 40)
    : data.highlight.length > 1 && data.highlightLabel ? wrap(`${data.highlightLabel} (names in bold)`, 40) : [];
  const top = heading.length ? heading.length * 17 + 8 : 0;
  const last = rows[rows.length - 1];
  const height = top + (last ? last.y + ROW + (last.lines.length - 1) * ROW_LINE : 0);
  return framedSvg(text, opts, height, (g) => {
    if (heading.length) {
      const callout = el(g, 'text', { 'font-weight': 700 });
      heading.forEach((line, i) => el(callout, 'tspan', { x: MARGIN, y: 13 + i * 17 }, line));
    }
    const x0 = MARGIN + NAME_WIDTH + 6;
    const x = scaleLinear([0, max(entries, (e) => e.value) || 1], [x0, layout.width - MARGIN - VALUE_ROOM]);
    let d = '';
    let dFocus = '';
    entries.forEach((e, i) => {
      const w = r2(x(e.value) - x0);
      if (w <= 0) return;
      const bar = `M${x0},${r2(top + rows[i]!.y + 3)}h${w}v${ROW - 6}h${r2(-w)}z`;
      if (marked.has(e.force.id)) dFocus += bar;
      else d += bar;
    });
    if (d) el(g, 'path', { d: asIs(d), fill: colour.other });
    if (dFocus) el(g, 'path', { d: asIs(dFocus), fill: colour.focus });
    const nameGroup = el(g, 'g', { 'text-anchor': 'end', 'font-size': layout.font.small });
    entries.forEach((e, i) => {
      const row = rows[i]!;
      const weight = marked.has(e.force.id) ? 700 : 400;
      const baseline = top + row.y + ROW - 5;
      if (row.lines.length === 1) el(nameGroup, 'text', { x: MARGIN + NAME_WIDTH, y: baseline, 'font-weight': weight }, row.lines[0]);
      else {
        const name = el(nameGroup, 'text', { 'font-weight': weight });
        row.lines.forEach((line, j) => el(name, 'tspan', { x: MARGIN + NAME_WIDTH, y: baseline + j * ROW_LINE }, line));
      }
    });
    // Values after their bars, in a second pass so names and values each stay one group.
    const valueGroup = el(g, 'g', { 'font-size': layout.font.small });
    entries.forEach((e, i) => {
      const weight = marked.has(e.force.id) ? 700 : 400;
      el(valueGroup, 'text', { x: r2(x(e.value) + 4), y: top + rows[i]!.y + ROW - 5, 'font-weight': weight }, entryWords(e, data.metric).row[2]!);
    });
  });
}
