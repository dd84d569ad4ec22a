/**
 * How a chart sits on a phone. Most charts scale down to the screen (CSS, the SVG unchanged);
 * a league of many forces with rotated labels would shrink below reading size, so it keeps
 * its drawn width and scrolls sideways inside a focusable region instead.
 */
import type { Chart } from '../charts/index.ts';

/** More columns than this and a league's labels are unreadable when scaled to 390 px. */
export const MAX_FITTED_COLUMNS = 12;

/** scrollsOnPhone(league of 42 forces) → true; scrollsOnPhone(platforms chart) → false. */
export function scrollsOnPhone(chart: Pick<Chart, 'fileBase' | 'table'>): boolean {
  return chart.fileBase.startsWith('league') && chart.table.rows.length > MAX_FITTED_COLUMNS;
}
