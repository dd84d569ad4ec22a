/**
 * The only module that creates a D3Node. One jsdom document is shared by every chart:
 * a new D3Node costs ~7 ms and a lot of garbage, reusing one costs well under 1 ms
 * (toolchain notes §4). Safe because each chart is built and serialised synchronously.
 *
 * Charts add elements with `el`, which sets an element's attributes and text while it is
 * still detached and appends it last: jsdom walks every ancestor for each attribute set on
 * an attached element (version counters, memoised queries, mutation records), and d3's
 * `append().attr()…` chain sets them all after attaching. d3 is still used for scales,
 * shapes and projections.
 */
import { D3Node } from 'd3-node';
import type * as D3 from 'd3';

export type D3Module = typeof D3;

/** Attribute values by name, set in this order. Example: `{ x: 20, y: 12, 'font-weight': 700 }`. */
export type Attrs = Readonly<Record<string, string | number>>;

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
 * A new element with its attributes (in order) and text, appended to `parent` (when given)
 * after everything is set. Example: `el(g, 'text', { x: 20, y: 12 }, 'Derbyshire')` → `<text x="20" y="12">Derbyshire</text>`.
 */
export function el(parent: Element | null, name: string, attrs: Attrs, text?: string): Element {
  const document = instance().document;
  const node = document.createElementNS(SVG_NS, name);
  for (const key in attrs) node.setAttribute(key, String(attrs[key]));
  if (text !== undefined) node.appendChild(document.createTextNode(text));
  if (parent) parent.appendChild(node);
  return node;
}

/**
 * Let `draw` fill a new, detached `<svg>` and return its markup.
 * Example: `renderSvg(600, 400, (svg) => el(svg, 'rect', {}))` → `'<svg xmlns=…><rect></rect></svg>'`.
 */
export function renderSvg(width: number, height: number, attrs: Attrs, draw: (svg: Element, d3: D3Module) => void): string {
  // Drawn detached from the document: jsdom then skips its connected-tree work (named
  // properties for ids, mutation bookkeeping), and there is nothing to clear between charts.
  // Same attributes in the same order as D3Node.createSVG.
  const svg = el(null, 'svg', { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}`, ...attrs });
  draw(svg, instance().d3);
  return svg.outerHTML;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
