/**
 * Hatching, so a series or "no figure" differs from its neighbours by pattern as well as
 * colour (WCAG 1.4.1). Ids are prefixed with the chart id: unique on the page.
 */
import { theme } from './theme.ts';
import type { Group } from './frame.ts';

/** Add a diagonal hatch `<pattern>` and return its `url(#…)`. Example: `hatch(g, 'x-platforms-hatch')` → "url(#x-platforms-hatch)". */
export function hatch(g: Group, id: string, colour: string = theme.colour.other): string {
  const pattern = g
    .append('defs')
    .append('pattern')
    .attr('id', id)
    .attr('patternUnits', 'userSpaceOnUse')
    .attr('width', 6)
    .attr('height', 6)
    .attr('patternTransform', 'rotate(45)');
  pattern.append('rect').attr('width', 6).attr('height', 6).attr('fill', theme.colour.background);
  pattern.append('line').attr('x1', 0).attr('y1', 0).attr('x2', 0).attr('y2', 6).attr('stroke', colour).attr('stroke-width', 3);
  return `url(#${id})`;
}
