/**
 * The only module that creates a D3Node. One jsdom document is shared by every chart:
 * a new D3Node costs ~7 ms and a lot of garbage, reusing one costs well under 1 ms
 * (toolchain notes §4). Safe because each chart is built and serialised synchronously.
 *
 * Each kind of chart keeps its `<svg>` tree from one drawing to the next, and `el` updates
 * it in place, as a d3 data join does: the element at the same place with the same tag,
 * the same attribute names in the same order and the same kind of content is kept and only
 * its changed values are written; anything else is created afresh (attributes and text set
 * before it is attached), and what the new drawing did not ask for is removed. jsdom's cost
 * is in creating nodes (every element and every attribute is a full node object), while
 * changing a value is cheap, and the charts of one campaign differ mostly in their values.
 * The markup is exactly what a fresh tree would give, whatever was drawn before.
 * d3 is still used for scales, shapes and projections.
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
 * What `el` knows of every element it made, so that matching and comparing never go through
 * jsdom: tag, content kind and attribute names in order (`shape`, which must match for
 * reuse), the values it last wrote, its text, and its child elements in order.
 */
interface Made {
  node: Element;
  shape: string;
  values: (string | number)[];
  text: string | undefined;
  content: Text | null;
  children: Made[];
  /** During a drawing: how many children this drawing has claimed so far. */
  claimed: number;
}
const made = new WeakMap<Element, Made>();
/** During a drawing: the reused elements (whose unclaimed children go at the end). */
const reused: Made[] = [];
/** The tree each kind of chart drew last. */
const roots = new Map<string, Made>();

/**
 * The element at the current place in `parent` (reused or new) with exactly these attributes,
 * in this order, and this text (none when undefined: it then holds child elements).
 * Example: `el(g, 'text', { x: 20, y: 12 }, 'Derbyshire')` → `<text x="20" y="12">Derbyshire</text>`.
 */
export function el(parent: Element, name: string, attrs: Attrs, text?: string): Element {
  const owner = made.get(parent)!;
  let shape = text === undefined ? name : `${name}#`;
  for (const key in attrs) shape += ` ${key}`;
  const at = owner.claimed++;
  const siblings = owner.children;
  let old = siblings[at];
  if (old && old.shape !== shape && siblings[at + 1]?.shape === shape) {
    // One element fewer than last time (a bar series with no bars, …): that one goes.
    parent.removeChild(old.node);
    siblings.splice(at, 1);
    old = siblings[at];
  }
  if (old && old.shape === shape) {
    update(old, attrs, text);
    return old.node;
  }
  // A new element goes before the old one, which the next request may still reuse (one
  // element more than last time, or one of another shape in its place).
  const fresh = create(name, attrs, shape, text);
  parent.insertBefore(fresh.node, old ? old.node : null);
  siblings.splice(at, 0, fresh);
  return fresh.node;
}

/** Write what changed into a reused element; a container's children are claimed afresh. */
function update(m: Made, attrs: Attrs, text: string | undefined): void {
  let i = 0;
  for (const key in attrs) {
    const value = attrs[key]!;
    if (m.values[i] !== value) {
      m.node.setAttribute(key, String(value));
      m.values[i] = value;
    }
    i++;
  }
  if (text === undefined) {
    m.claimed = 0;
    reused.push(m);
  } else if (m.text !== text) {
    m.content!.data = text;
    m.text = text;
  }
}

/** A new element, its attributes and text set before it is attached (jsdom then walks no ancestors for them). */
function create(name: string, attrs: Attrs, shape: string, text?: string): Made {
  const document = instance().document;
  const node = document.createElementNS(SVG_NS, name);
  const values: (string | number)[] = [];
  for (const key in attrs) {
    const value = attrs[key]!;
    node.setAttribute(key, String(value));
    values.push(value);
  }
  const content = text === undefined ? null : document.createTextNode(text);
  if (content) node.appendChild(content);
  const m: Made = { node, shape, values, text, content, children: [], claimed: 0 };
  made.set(node, m);
  return m;
}

/**
 * Let `draw` fill the `<svg>` of this kind of chart (see above) and return its markup.
 * Example: `renderSvg('trend', 600, 400, {}, (svg) => el(svg, 'rect', {}))` → `'<svg xmlns=… viewBox="0 0 600 400"><rect></rect></svg>'`.
 */
export function renderSvg(kind: string, width: number, height: number, attrs: Attrs, draw: (svg: Element, d3: D3Module) => void): string {
  // Drawn detached from the document: jsdom then skips its connected-tree work (named
  // properties for ids, mutation bookkeeping). Same root attributes, in the same order, as
  // D3Node.createSVG.
  const rootAttrs: Attrs = { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}`, ...attrs };
  let shape = 'svg';
  for (const key in rootAttrs) shape += ` ${key}`;
  let root = roots.get(kind);
  reused.length = 0;
  if (root && root.shape === shape) {
    update(root, rootAttrs, undefined);
  } else {
    root = create('svg', rootAttrs, shape);
    roots.set(kind, root);
  }
  try {
    draw(root.node, instance().d3);
    // Whatever this drawing did not ask for goes.
    for (const m of reused) {
      for (let i = m.claimed; i < m.children.length; i++) m.node.removeChild(m.children[i]!.node);
      m.children.length = m.claimed;
    }
    return root.node.outerHTML;
  } catch (error) {
    roots.delete(kind);
    throw error;
  } finally {
    reused.length = 0;
  }
}

const SVG_NS = 'http://www.w3.org/2000/svg';
