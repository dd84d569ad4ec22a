/**
 * Several same-styled shapes as one `<path>`: fifty bars of one colour drawn as one path
 * are a fraction of the markup (and of a renderer's elements). The image is the same: each rectangle is the closed subpath a renderer makes of a `<rect>`
 * (x, y, across, down, back, close), and the shapes of one path never overlap.
 */
import { r2 } from './format.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Path data for rectangles. A rectangle with no width or height is left out, as a `<rect>`
 * with either zero is not drawn at all (not even its stroke).
 * Example: `boxesPath([{x: 10, y: 5, width: 20, height: 4}])` → "M10,5h20v4h-20z".
 */
export function boxesPath(boxes: readonly Box[]): string {
  let d = '';
  for (const { x, y, width, height } of boxes) {
    if (width > 0 && height > 0) d += `M${x},${y}h${width}v${height}h${r2(-width)}z`;
  }
  return d;
}

/**
 * Path data for horizontal lines from x1 to x2, one per y.
 * Example: `hLinesPath(60, 580, [34, 104])` → "M60,34H580M60,104H580".
 */
export function hLinesPath(x1: number, x2: number, ys: readonly number[]): string {
  return ys.map((y) => `M${x1},${y}H${x2}`).join('');
}
