/**
 * What every chart shares around its plot: accessible name and description, a drawn
 * title, the source line, the "ILLUSTRATIVE" stamp, a white background. Chart modules
 * draw only their body, into a group placed below the title.
 */
import { asIs, el, renderSvg, type Attrs, type Parent } from './document.ts';
import { r2, wrap } from './format.ts';
import { hLinesPath } from './shapes.ts';
import { theme, wideLayout, type Layout } from './theme.ts';
import type { SvgOptions } from './types.ts';

/** The element a chart body draws into (a `<g>` below the title). */
export type Group = Parent;

/** Left and right margin of every chart. */
export const MARGIN = 20;
const STAMP = 'ILLUSTRATIVE';
const STAMP_LABEL = `${STAMP}: made-up figures for demonstration only`;

/** The layout a chart is drawn to: the options' own, or the wide one. Example: `layoutOf({id, source, illustrative: false}).width` → 600. */
export function layoutOf(opts: SvgOptions): Layout {
  return opts.layout ?? wideLayout();
}

/**
 * Draw a complete chart: frame plus the body drawn by `body` in a `bodyHeight`-tall band;
 * `interactive` when the body holds links. Everything is added with `el`, in document order.
 * Example: `framedSvg({title, desc}, {id: 'x-trend', source, illustrative: false}, 200, (g) => …)`.
 */
export function framedSvg(
  text: { title: string; desc: string },
  opts: SvgOptions,
  bodyHeight: number,
  body: (g: Group) => void,
  interactive = false,
): string {
  const layout = layoutOf(opts);
  const { colour } = theme;
  const { width, font } = layout;
  const SMALL_LINE = layout.smallLine;
  const TITLE_LINE = layout.titleLine;
  const stampLines = opts.illustrative ? wrap(STAMP_LABEL, layout.stampChars) : [];
  const stampHeight = opts.illustrative ? stampLines.length * SMALL_LINE + 4 : 0;
  const titleLines = wrap(text.title, layout.titleChars);
  const sourceLines = wrap(opts.source, layout.sourceChars);
  const top = 12 + stampHeight + titleLines.length * TITLE_LINE + 8;
  const height = Math.ceil(top + bodyHeight + 12 + sourceLines.length * SMALL_LINE);
  // role="img" hides its children from assistive technology, so a chart with links
  // (the map) is a named group instead: its links stay reachable (axe nested-interactive).
  const role: Attrs = interactive
    ? { role: 'group', 'aria-labelledby': `${opts.id}-title`, 'aria-describedby': `${opts.id}-desc` }
    : { role: 'img', 'aria-labelledby': `${opts.id}-title ${opts.id}-desc` };
  return renderSvg(width, height, { ...role, 'font-family': font.family, 'font-size': font.size, fill: colour.ink }, (svg) => {
    el(svg, 'title', { id: `${opts.id}-title` }, text.title);
    el(svg, 'desc', { id: `${opts.id}-desc` }, text.desc);
    el(svg, 'rect', { width, height, fill: colour.background });
    if (opts.illustrative) drawStampLabel(svg, stampLines, layout);
    lines(svg, titleLines, { 'font-size': font.title, 'font-weight': 700 }, (i) => 12 + stampHeight + (i + 1) * TITLE_LINE - 4);
    body(el(svg, 'g', { transform: `translate(0,${r2(top)})` }));
    lines(svg, sourceLines, { 'font-size': font.small, fill: colour.muted }, (i) => r2(top + bodyHeight + 12 + (i + 1) * SMALL_LINE - 3));
    if (opts.illustrative) drawWatermark(svg, width, height, layout.watermark);
  });
}

/**
 * Lines of text at the left margin, line `i` at `y(i)`: one `<text>`, with a `<tspan>` per
 * line only when there are several (a single line needs no tspan: the same image, one node less).
 */
function lines(svg: Parent, texts: string[], style: Attrs, y: (i: number) => number): void {
  if (texts.length === 1) {
    el(svg, 'text', { ...style, x: MARGIN, y: y(0) }, texts[0]);
    return;
  }
  const text = el(svg, 'text', style);
  texts.forEach((line, i) => el(text, 'tspan', { x: MARGIN, y: y(i) }, line));
}

/** A readable label at the top, above the title (on a phone, over two lines). */
function drawStampLabel(svg: Parent, texts: string[], layout: Layout): void {
  const { colour } = theme;
  const style = { 'font-size': layout.font.small + 1, 'font-weight': 700, fill: colour.illustrative };
  if (texts.length === 1) {
    el(svg, 'text', { x: MARGIN, y: 12 + layout.smallLine - 2, ...style }, texts[0]);
    return;
  }
  lines(svg, texts, style, (i) => 12 + (i + 1) * layout.smallLine - 2);
}

/** A faint diagonal watermark drawn over the plot, so a crop cannot lose the warning. */
function drawWatermark(svg: Parent, width: number, height: number, size: number): void {
  el(svg, 'text', {
    transform: `translate(${r2(width / 2)},${r2(height / 2)}) rotate(-20)`,
    'text-anchor': 'middle',
    'dominant-baseline': 'middle',
    'font-size': size,
    'font-weight': 700,
    fill: theme.colour.illustrative,
    'fill-opacity': 0.12,
    'aria-hidden': 'true',
  }, STAMP);
}

/**
 * Value gridlines from x1 to x2 (the zero line in ink, the others light) with their labels
 * right-aligned just left of x1; each tick's `y` already rounded.
 * Example: `valueGrid(g, 60, 580, [{value: 0, y: 244, text: '0'}, {value: 200, y: 174, text: '200'}])`.
 */
export function valueGrid(g: Group, x1: number, x2: number, ticks: readonly { value: number; y: number; text: string }[], font: Layout['font'] = theme.font): void {
  const { colour } = theme;
  const zero = ticks.filter((t) => t.value === 0).map((t) => t.y);
  const others = ticks.filter((t) => t.value !== 0).map((t) => t.y);
  if (zero.length) el(g, 'path', { d: asIs(hLinesPath(x1, x2, zero)), fill: 'none', stroke: colour.ink });
  if (others.length) el(g, 'path', { d: asIs(hLinesPath(x1, x2, others)), fill: 'none', stroke: GRID });
  const labels = el(g, 'g', { 'text-anchor': 'end', 'font-size': font.small, fill: colour.muted });
  for (const t of ticks) el(labels, 'text', { x: x1 - 6, y: r2(t.y + 4) }, t.text);
}

const GRID = '#d8dadb';
