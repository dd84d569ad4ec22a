/**
 * What every chart shares around its plot: accessible name and description, a drawn
 * title, the source line, the "ILLUSTRATIVE" stamp, a white background. Chart modules
 * draw only their body, into a group placed below the title.
 */
import { renderSvg, type D3Module, type Svg } from './document.ts';
import { r2, wrap } from './format.ts';
import { theme } from './theme.ts';
import type { SvgOptions } from './types.ts';
import type * as D3 from 'd3';

export type Group = D3.Selection<SVGGElement, unknown, null, undefined>;

/** Left and right margin of every chart. */
export const MARGIN = 20;
const TITLE_LINE = 20;
const SMALL_LINE = 13;
const STAMP = 'ILLUSTRATIVE';

/**
 * Draw a complete chart: frame plus the body drawn by `body` in a `bodyHeight`-tall band;
 * `interactive` when the body holds links.
 * Example: `framedSvg({title, desc}, {id: 'x-trend', source, illustrative: false}, 200, (g) => …)`.
 */
export function framedSvg(
  text: { title: string; desc: string },
  opts: SvgOptions,
  bodyHeight: number,
  body: (g: Group, d3: D3Module) => void,
  interactive = false,
): string {
  const { width, colour, font } = theme;
  const stampHeight = opts.illustrative ? SMALL_LINE + 4 : 0;
  const titleLines = wrap(text.title, 62);
  const sourceLines = wrap(opts.source, 105);
  const top = 12 + stampHeight + titleLines.length * TITLE_LINE + 8;
  const height = Math.ceil(top + bodyHeight + 12 + sourceLines.length * SMALL_LINE);
  return renderSvg(width, height, (svg, d3) => {
    // role="img" hides its children from assistive technology, so a chart with links
    // (the map) is a named group instead: its links stay reachable (axe nested-interactive).
    if (interactive) {
      svg.attr('role', 'group').attr('aria-labelledby', `${opts.id}-title`).attr('aria-describedby', `${opts.id}-desc`);
    } else {
      svg.attr('role', 'img').attr('aria-labelledby', `${opts.id}-title ${opts.id}-desc`);
    }
    svg
      .attr('font-family', font.family)
      .attr('font-size', font.size)
      .attr('fill', colour.ink);
    svg.append('title').attr('id', `${opts.id}-title`).text(text.title);
    svg.append('desc').attr('id', `${opts.id}-desc`).text(text.desc);
    svg.append('rect').attr('width', width).attr('height', height).attr('fill', colour.background);
    if (opts.illustrative) drawStampLabel(svg);
    const heading = svg.append('text').attr('font-size', font.title).attr('font-weight', 700);
    titleLines.forEach((line, i) => {
      heading.append('tspan').attr('x', MARGIN).attr('y', 12 + stampHeight + (i + 1) * TITLE_LINE - 4).text(line);
    });
    body(svg.append('g').attr('transform', `translate(0,${r2(top)})`), d3);
    const foot = svg.append('text').attr('font-size', font.small).attr('fill', colour.muted);
    sourceLines.forEach((line, i) => {
      foot.append('tspan').attr('x', MARGIN).attr('y', r2(top + bodyHeight + 12 + (i + 1) * SMALL_LINE - 3)).text(line);
    });
    if (opts.illustrative) drawWatermark(svg, width, height);
  });
}

/** A readable label at the top, above the title. */
function drawStampLabel(svg: Svg): void {
  const { colour, font } = theme;
  svg
    .append('text')
    .attr('x', MARGIN)
    .attr('y', 12 + SMALL_LINE - 2)
    .attr('font-size', font.small + 1)
    .attr('font-weight', 700)
    .attr('fill', colour.illustrative)
    .text(`${STAMP}: made-up figures for demonstration only`);
}

/** A faint diagonal watermark drawn over the plot, so a crop cannot lose the warning. */
function drawWatermark(svg: Svg, width: number, height: number): void {
  svg
    .append('text')
    .attr('transform', `translate(${r2(width / 2)},${r2(height / 2)}) rotate(-20)`)
    .attr('text-anchor', 'middle')
    .attr('dominant-baseline', 'middle')
    .attr('font-size', 56)
    .attr('font-weight', 700)
    .attr('fill', theme.colour.illustrative)
    .attr('fill-opacity', 0.12)
    .attr('aria-hidden', 'true')
    .text(STAMP);
}
