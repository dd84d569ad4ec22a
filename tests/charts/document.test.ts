/**
 * The charts' writer (src/charts/document.ts): elements are written as they are added, in
 * document order, with no tree held; drawing out of order is an error, never wrong markup.
 * Under serialisedBy the same calls build a tree (what the d3-node oracle reads).
 */
import { describe, expect, it } from 'vitest';
import { asIs, el, renderSvg, serialisedBy, svgMarkup, type SvgNode } from '../../src/charts/document.ts';

const head = '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="20" viewBox="0 0 60 20">';

describe('the chart writer', () => {
  it('writes elements as they are added and closes what is still open at the end', () => {
    const svg = renderSvg(60, 20, {}, (root) => {
      const g = el(root, 'g', { transform: 'translate(0,4)' });
      const inner = el(g, 'g', { fill: '#000' });
      el(inner, 'text', { x: 1, y: 2 }, 'A & B');
      el(g, 'rect', { width: 4, height: 0.5 });
      el(root, 'text', { 'aria-label': 'say "hi"' }, '<end>');
      el(el(root, 'g', {}), 'path', { d: 'M0,0h1' });
    });
    expect(svg).toBe(`${head}<g transform="translate(0,4)"><g fill="#000"><text x="1" y="2">A &amp; B</text></g><rect width="4" height="0.5"></rect></g>`
      + '<text aria-label="say &quot;hi&quot;">&lt;end&gt;</text><g><path d="M0,0h1"></path></g></svg>');
  });

  it('refuses an element added to one already finished, or to one holding text', () => {
    expect(() => renderSvg(60, 20, {}, (root) => {
      const first = el(root, 'g', {});
      el(root, 'g', {});
      el(first, 'rect', {});
    })).toThrow(/already finished/);
    expect(() => renderSvg(60, 20, {}, (root) => {
      el(el(root, 'text', {}, 'label'), 'tspan', {}, 'more');
    })).toThrow(/already finished/);
  });

  it('writes asIs values as they are, and gives a tree plain values', () => {
    const draw = (root: Parameters<Parameters<typeof renderSvg>[3]>[0]) => el(root, 'path', { d: asIs('M0,0h5v5h-5z'), fill: 'a&b' });
    const written = renderSvg(60, 20, {}, draw);
    expect(written).toBe(`${head}<path d="M0,0h5v5h-5z" fill="a&amp;b"></path></svg>`);
    let tree: SvgNode | undefined;
    const viaTree = serialisedBy((root) => {
      tree = root;
      return svgMarkup(root);
    }, () => renderSvg(60, 20, {}, draw));
    expect(tree!.children[0]!.attrs).toEqual({ d: 'M0,0h5v5h-5z', fill: 'a&b' });
    expect(viaTree).toBe(written);
  });
});
