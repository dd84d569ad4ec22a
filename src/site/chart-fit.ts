/**
 * How a chart without a phone drawing sits on a phone. Every chart src/charts draws has one
 * (Chart.phoneSvg: the page shows it on a narrow screen, src/site/charts.ts), so this is the
 * fallback only: such a chart scales down to the screen, except a league of many forces with
 * rotated labels, which keeps its drawn width and scrolls sideways inside a focusable region.
 */
import type { Chart } from '../charts/index.ts';

/** More columns than this and a league's labels are unreadable when scaled to 390 px. */
export const MAX_FITTED_COLUMNS = 12;

/** scrollsOnPhone(league of 42 forces) → true; scrollsOnPhone(platforms chart) → false. */
export function scrollsOnPhone(chart: Pick<Chart, 'fileBase' | 'table'>): boolean {
  return chart.fileBase.startsWith('league') && chart.table.rows.length > MAX_FITTED_COLUMNS;
}
