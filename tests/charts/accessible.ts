import { expect } from 'vitest';
import type { Chart } from '../../src/charts/index.ts';

function rootAttr(svg: string, name: string): string | undefined {
  return new RegExp(`^<svg[^>]*\\s${name}="([^"]*)"`).exec(svg)?.[1];
}

/**
 * An SVG is a named, described image: xmlns, `<title>` and `<desc>` with the chart's ids,
 * role="img" labelled by both; or, when it holds links (the map), role="group" labelled by
 * the title, described by the desc, and every link named.
 */
export function expectAccessibleSvg(c: Chart): void {
  expect(rootAttr(c.svg, 'xmlns')).toBe('http://www.w3.org/2000/svg');
  expect(c.svg).toContain(`<title id="${c.id}-title">${c.title.replace(/&/g, '&amp;')}</title>`);
  expect(c.svg).toContain(`<desc id="${c.id}-desc">`);
  const links = [...c.svg.matchAll(/<a\s[^>]*>/g)].map((m) => m[0]);
  if (links.length === 0) {
    expect(rootAttr(c.svg, 'role')).toBe('img');
    expect(rootAttr(c.svg, 'aria-labelledby')).toBe(`${c.id}-title ${c.id}-desc`);
  } else {
    expect(rootAttr(c.svg, 'role')).toBe('group');
    expect(rootAttr(c.svg, 'aria-labelledby')).toBe(`${c.id}-title`);
    expect(rootAttr(c.svg, 'aria-describedby')).toBe(`${c.id}-desc`);
    for (const a of links) expect(a).toMatch(/\saria-label="[^"]+"/);
  }
}
