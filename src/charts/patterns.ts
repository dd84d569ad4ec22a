/**
 * Hatching, so a series or "no figure" differs from its neighbours by pattern as well as
 * colour (WCAG 1.4.1). Ids are prefixed with the chart id: unique on the page.
 */
import { el } from './document.ts';
import { theme } from './theme.ts';
import type { Group } from './frame.ts';

/** Add a diagonal hatch `<pattern>` and return its `url(#…)`. Example: `hatch(g, 'x-platforms-hatch')` → "url(#x-platforms-hatch)". */
export function hatch(g: Group, id: string, colour: string = theme.colour.other): string {
  const pattern = el(el(g, 'defs', {}), 'pattern', { id, patternUnits: 'userSpaceOnUse', width: 6, height: 6, patternTransform: 'rotate(45)' });
  el(pattern, 'rect', { width: 6, height: 6, fill: theme.colour.background });
  el(pattern, 'line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: colour, 'stroke-width': 3 });
  return `url(#${id})`;
}
