/**
 * Charts as SVG text. A chart adds its elements with `el`, in document order, and they are
 * written out as markup as they come: no DOM at build time, and no tree held for a chart.
 * d3 is used for what it computes (scales, `max`, the map projection), never for the document.
 * In the oracle test (`serialisedBy`) the same calls build a tree of plain objects instead,
 * which d3-node's document writes.
 *
 * The markup is what a browser's (and jsdom's) `outerHTML` gives for the same elements,
 * byte for byte: attributes in the order given, `"` `&` `<` `>` escaped in attribute
 * values and `&` `<` `>` in text, every element closed with its end tag. One deliberate
 * difference: a no-break space is written `&#160;` where outerHTML writes `&nbsp;`, which
 * XML does not know, so a chart's .svg download and its PNG (resvg reads XML) would break.
 * tests/charts/oracle.test.ts draws every chart kind through d3-node's document too and
 * requires the same markup.
 */

/**
 * An attribute value that never needs escaping, written as it is: path data and transforms
 * made of numbers and fixed letters. A long path is then not scanned for `"&<>` on every
 * chart. The oracle test checks these too: d3-node escapes whatever it is given.
 */
export interface AsIs {
  readonly asIs: string;
}

/** Mark path data or a transform built from numbers as needing no escaping. Example: `el(g, 'path', { d: asIs('M60,5h20v4h-20z') })`. */
export function asIs(value: string): AsIs {
  return { asIs: value };
}

/** Attribute values by name, written in this order. Example: `{ x: 20, y: 12, 'font-weight': 700 }`. */
export type Attrs = Readonly<Record<string, string | number | AsIs>>;

/** Attribute values of a tree node: plain strings and numbers. */
export type NodeAttrs = Readonly<Record<string, string | number>>;

/** One element of a tree: its name, attributes, and either text or child elements. */
export interface SvgNode {
  readonly name: string;
  readonly attrs: NodeAttrs;
  readonly text: string | undefined;
  readonly children: SvgNode[];
}

/**
 * An element still open in a chart being written: elements added to it go inside it, and
 * adding to an element further up closes it. Drawing is in document order, so nothing is held
 * but the markup so far and the open elements.
 */
export interface OpenElement {
  readonly writer: Writer;
  readonly name: string;
}

/** What a chart draws into: an open element (the charts' own writer), or a tree node (another serialiser, in the oracle test). */
export type Parent = OpenElement | SvgNode;

/**
 * Add an element at the end of `parent` with these attributes, in this order, and this text
 * (none when undefined: it then holds child elements); returns it, for its children. Elements
 * are added in document order: once an element after it is added to one of its ancestors, an
 * element is finished, and adding to it is an error.
 * Example: `el(g, 'text', { x: 20, y: 12 }, 'Derbyshire')` → `<text x="20" y="12">Derbyshire</text>`.
 */
export function el(parent: Parent, name: string, attrs: Attrs, text?: string): Parent {
  if (!('writer' in parent)) {
    const plain: Record<string, string | number> = {};
    for (const key in attrs) {
      const value = attrs[key]!;
      plain[key] = typeof value === 'object' ? value.asIs : value;
    }
    const node: SvgNode = { name, attrs: plain, text, children: [] };
    parent.children.push(node);
    return node;
  }
  const w = parent.writer;
  const open = w.open;
  while (open[open.length - 1] !== parent) {
    const done = open.pop();
    if (!done) throw new Error(`charts: <${name}> added to an element that is already finished (draw in document order)`);
    w.markup += `</${done.name}>`;
  }
  if (text !== undefined) {
    w.markup += `${startTag(name, attrs)}${escapeText(text)}</${name}>`;
    return w.closed;
  }
  w.markup += startTag(name, attrs);
  const element: OpenElement = { writer: w, name };
  open.push(element);
  return element;
}

function startTag(name: string, attrs: Attrs): string {
  let markup = `<${name}`;
  for (const key in attrs) {
    const value = attrs[key]!;
    // A number's text never holds a character to escape.
    markup += ` ${key}="${typeof value === 'number' ? value : typeof value === 'string' ? escapeAttribute(value) : value.asIs}"`;
  }
  return `${markup}>`;
}

class Writer {
  markup = '';
  readonly open: OpenElement[] = [];
  /** Returned for an element given text: it is never open, so adding to it is an error. */
  readonly closed: OpenElement = { writer: this, name: '' };
}

/** How a finished tree becomes markup, when a chart is drawn as a tree (the oracle test's d3-node document). */
export type Serialiser = (root: SvgNode) => string;
let serialise: Serialiser | null = null;

/**
 * Draw the charts made by `draw` as trees written by another serialiser, then write markup
 * directly again. Only tests/charts/oracle.test.ts does this. Example: `serialisedBy(viaD3Node, () => forceCharts(…))`.
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
export function renderSvg(width: number, height: number, attrs: Attrs, draw: (svg: Parent) => void): string {
  const rootAttrs = { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}`, ...attrs };
  if (serialise) {
    const root: SvgNode = { name: 'svg', attrs: rootAttrs, text: undefined, children: [] };
    draw(root);
    return serialise(root);
  }
  const writer = new Writer();
  const root: OpenElement = { writer, name: 'svg' };
  writer.markup = startTag('svg', rootAttrs);
  writer.open.push(root);
  draw(root);
  let markup = writer.markup;
  for (let i = writer.open.length - 1; i >= 0; i--) markup += `</${writer.open[i]!.name}>`;
  return flat(markup);
}

/**
 * The same string, made contiguous now. Markup built with `+=` is a rope of hundreds of pieces
 * until something reads it whole; a build holds its pages' charts until they are written, so
 * those pieces would outlive the young generation and be collected the slow way. Reading a
 * character makes V8 flatten the rope while its pieces are still young.
 * Example: `flat('<svg>' + body)` → the same text.
 */
function flat(text: string): string {
  text.charCodeAt(0);
  return text;
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
