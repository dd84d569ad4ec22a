/**
 * The only module that creates a D3Node. One jsdom document is shared by every chart:
 * a new D3Node costs ~7 ms and a lot of garbage, reusing one costs well under 1 ms
 * (toolchain notes §4). Safe because each chart is built and serialised synchronously.
 */
import { D3Node } from 'd3-node';
import type * as D3 from 'd3';

export type Svg = D3.Selection<SVGSVGElement, unknown, null, undefined>;
export type D3Module = typeof D3;

let shared: D3Node | null = null;

function instance(): D3Node {
  shared ??= new D3Node();
  return shared;
}

/** The d3 module bound to the shared document. Example: `chartD3().scaleLinear()`. */
export function chartD3(): D3Module {
  return instance().d3;
}

/**
 * Clear the shared document, let `draw` fill a new `<svg>`, and return its markup.
 * Example: `renderSvg(600, 400, (svg) => svg.append('rect'))` → `'<svg xmlns=…><rect></rect></svg>'`.
 */
export function renderSvg(width: number, height: number, draw: (svg: Svg, d3: D3Module) => void): string {
  const d3n = instance();
  // Drawn detached from the document: jsdom then skips its connected-tree work (named
  // properties for ids, mutation bookkeeping), and there is nothing to clear between charts.
  // Same attributes in the same order as D3Node.createSVG, so the markup is unchanged.
  const node = d3n.document.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  const svg = d3n.d3.select(node).attr('xmlns', SVG_NS).attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
  draw(svg, d3n.d3);
  return node.outerHTML;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
