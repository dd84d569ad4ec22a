/**
 * Charts as SVG text. A chart adds its elements with `el`, in a small tree of plain
 * objects, and `renderSvg` writes that tree out as markup: no DOM at build time. d3 is
 * used for what it computes (scales, `max`, the map projection), never for the document.
 *
 * The markup is what a browser's (and jsdom's) `outerHTML` gives for the same elements,
 * byte for byte: attributes in the order given, `"` `&` `<` `>` escaped in attribute
 * values and `&` `<` `>` in text, every element closed with its end tag. One deliberate
 * difference: a no-break space is written `&#160;` where outerHTML writes `&nbsp;`, which
 * XML does not know, so a chart's .svg download and its PNG (resvg reads XML) would break.
 * tests/charts/oracle.test.ts draws every chart kind through d3-node's document too and
 * requires the same markup.
 */

/** Attribute values by name, written in this order. Example: `{ x: 20, y: 12, 'font-weight': 700 }`. */
export type Attrs = Readonly<Record<string, string | number>>;

/** One element: its name, attributes, and either text or child elements. */
export interface SvgNode {
  readonly name: string;
  readonly attrs: Attrs;
  readonly text: string | undefined;
  readonly children: SvgNode[];
}

/**
 * Add an element at the end of `parent` with these attributes, in this order, and this text
 * (none when undefined: it then holds child elements); returns it, for its children.
 * Example: `el(g, 'text', { x: 20, y: 12 }, 'Derbyshire')` → `<text x="20" y="12">Derbyshire</text>`.
 */
export function el(parent: SvgNode, name: string, attrs: Attrs, text?: string): SvgNode {
  const node: SvgNode = { name, attrs, text, children: [] };
  parent.children.push(node);
  return node;
}

/** How a finished tree becomes markup: `svgMarkup`, or (in the oracle test) d3-node's document. */
export type Serialiser = (root: SvgNode) => string;
let serialise: Serialiser = svgMarkup;

/**
 * Draw the charts made by `draw` with another serialiser, then restore this module's own.
 * Only tests/charts/oracle.test.ts does this. Example: `serialisedBy(viaD3Node, () => forceCharts(…))`.
 */
export function serialisedBy<T>(other: Serialiser, draw: () => T): T {
  const own = serialise;
  serialise = other;
  try {
    return draw();
  } finally {
    serialise = own;
  }
}

/**
 * Let `draw` fill an `<svg>` and return its markup. The root's attributes come first in the
 * order d3-node's `createSVG` wrote them (xmlns, width, height, viewBox).
 * Example: `renderSvg(600, 400, {}, (svg) => el(svg, 'rect', {}))` → `'<svg xmlns=… viewBox="0 0 600 400"><rect></rect></svg>'`.
 */
export function renderSvg(width: number, height: number, attrs: Attrs, draw: (svg: SvgNode) => void): string {
  const root: SvgNode = { name: 'svg', attrs: { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}`, ...attrs }, text: undefined, children: [] };
  draw(root);
  return serialise(root);
}

/** The markup of a tree. Example: `svgMarkup({name: 'text', attrs: {x: 1}, text: 'A & B', children: []})` → `'<text x="1">A &amp; B</text>'`. */
export function svgMarkup(node: SvgNode): string {
  let out = `<${node.name}`;
  for (const key in node.attrs) out += ` ${key}="${escapeAttribute(String(node.attrs[key]))}"`;
  out += '>';
  if (node.text !== undefined) out += escapeText(node.text);
  else for (const child of node.children) out += svgMarkup(child);
  return `${out}</${node.name}>`;
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\u00a0': '&#160;' };
const ATTRIBUTE_SPECIAL = /["&<>\u00a0]/g;
const TEXT_SPECIAL = /[&<>\u00a0]/g;
// Without the g flag, so a test keeps no lastIndex between calls.
const HAS_ATTRIBUTE_SPECIAL = /["&<>\u00a0]/;
const HAS_TEXT_SPECIAL = /[&<>\u00a0]/;
const entity = (c: string): string => ENTITIES[c]!;

/** Attribute value escaped for double quotes. Example: `escapeAttribute('a "b" & c')` → "a &quot;b&quot; &amp; c". */
export function escapeAttribute(value: string): string {
  return HAS_ATTRIBUTE_SPECIAL.test(value) ? value.replace(ATTRIBUTE_SPECIAL, entity) : value;
}

/** Text content escaped. Example: `escapeText('<b> & "c"')` → '&lt;b&gt; &amp; "c"'. */
export function escapeText(value: string): string {
  return HAS_TEXT_SPECIAL.test(value) ? value.replace(TEXT_SPECIAL, entity) : value;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
