/**
 * Trend: offences per period as columns. A period with no figure is a gap labelled
 * "no figure", never a zero-height column, so a missing year cannot read as none.
 */
import type { Trend } from '../compute/types.ts';
import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { asIs, el } from './document.ts';
import { framedSvg, layoutOf, MARGIN, valueGrid } from './frame.ts';
import { count, r2 } from './format.ts';
import { boxesPath, type Box } from './shapes.ts';
import { theme } from './theme.ts';
import type { ChartText, SvgOptions } from './types.ts';

export interface TrendData {
  /** Area name, e.g. "Derbyshire" or "England and Wales". */
  name: string;
  trend: Trend;
}

const PLOT = 200;
const AXIS = 40;
const TOP = 18;

/** True when at least one period has a figure. Example: a force with no history → false. */
export function hasTrend(trend: Trend | null): trend is Trend {
  return trend !== null && trend.points.some((p) => p.offences !== null);
}

/** Title, description and table. Example desc: "Offences recorded in Derbyshire by period: 2017/18, 37; 2018/19, no figure; …" */
export function trendText({ name, trend }: TrendData): ChartText {
  const first = trend.points[0]?.period;
  const last = trend.points[trend.points.length - 1]?.period;
  const span = first && last && first !== last ? `, ${first} to ${last}` : first ? `, ${first}` : '';
  const title = `Offences recorded in ${name}${span}`;
  const each = trend.points.map((p) => `${p.period}, ${p.offences === null ? 'no figure' : count(p.offences)}`);
  let desc = `Offences recorded in ${name} by period: ${each.join('; ')}.`;
  if (trend.change && trend.first && trend.last) {
    desc += ` From ${count(trend.change.from)} in ${trend.first.period} to ${count(trend.change.to)} in ${trend.last.period}.`;
  }
  if (trend.has_gaps) desc += ' Periods with no figure are shown as gaps, not as zero.';
  const table = {
    caption: title,
    head: ['Period', 'Offences'],
    rows: trend.points.map((p) => [p.period, p.offences === null ? 'no figure' : count(p.offences)]),
  };
  return { title, desc, table };
}

/** Draw the chart. Example: `trendSvg({name: 'Derbyshire', trend}, {id: 'derbyshire-trend', …})`. `text`: the chart's title, description and table, when the caller has them already. */
export function trendSvg(data: TrendData, opts: SvgOptions, text: ChartText = trendText(data)): string {
  const { colour } = theme;
  const layout = layoutOf(opts);
  const { font, width } = layout;
  const phone = layout.name === 'phone';
  const points = data.trend.points;
  const plot = phone ? PHONE_PLOT : PLOT;
  const x = scaleBand(points.map((p) => p.period), [MARGIN + AXIS, width - MARGIN]).padding(0.25);
  // On a phone, period names too wide for their column are staggered over as many lines as they need.
  const lines = phone ? periodLines(points.map((p) => p.period), x.step(), font.small) : 1;
  return framedSvg(text, opts, TOP + plot + 20 + (lines - 1) * layout.smallLine, (g) => {
    // 8% headroom so a value label never sits on the top gridline.
    const y = scaleLinear([0, (max(points, (p) => p.offences ?? 0) || 1) * 1.08], [TOP + plot, TOP]).nice(4);
    valueGrid(g, MARGIN + AXIS, width - MARGIN, y.ticks(4).map((tick) => ({ value: tick, y: r2(y(tick)), text: count(tick) })), font);
    // Columns as one path, texts in groups that carry their shared style: less markup.
    const band = r2(x.bandwidth());
    const at = points.map((p) => {
      const x0 = r2(x(p.period) ?? 0);
      return { p, x0, cx: r2(x0 + x.bandwidth() / 2) };
    });
    // A gap is outlined with a dashed line and labelled: absence of data, not zero.
    for (const { p, x0 } of at) {
      if (p.offences === null) el(g, 'rect', { x: x0, y: TOP, width: band, height: plot, fill: colour.background, stroke: colour.other, 'stroke-dasharray': '3 3' });
    }
    const columns: Box[] = at.flatMap(({ p, x0 }) => (p.offences === null ? [] : [{ x: x0, y: r2(y(p.offences)), width: band, height: r2(y(0) - y(p.offences)) }]));
    const d = boxesPath(columns);
    if (d) el(g, 'path', { d: asIs(d), fill: colour.focus });
    const periods = el(g, 'g', { 'text-anchor': 'middle', 'font-size': font.small });
    at.forEach(({ p, cx }, i) => {
      el(periods, 'text', { x: cx, y: TOP + plot + 16 + (i % lines) * layout.smallLine }, p.period);
      if (p.offences === null) {
        // "no figure" in a column too narrow for it on one line: one word a line.
        if (phone) {
          const words = el(periods, 'text', { fill: colour.muted });
          ['no', 'figure'].forEach((word, j) => el(words, 'tspan', { x: cx, y: TOP + plot / 2 + j * layout.smallLine }, word));
        } else el(periods, 'text', { x: cx, y: TOP + plot / 2, fill: colour.muted }, 'no figure');
      }
    });
    const values = el(g, 'g', { 'text-anchor': 'middle', 'font-weight': 700 });
    for (const { p, cx } of at) {
      if (p.offences !== null) el(values, 'text', { x: cx, y: r2(y(p.offences) - 4) }, count(p.offences));
    }
  });
}

const PHONE_PLOT = 180;

/**
 * How many lines period names need so that neighbours on a line do not touch, given the
 * distance between column centres and the text size (a character taken as 0.55 of it: Arial's digits are 0.556, its slash 0.278).
 * Example: `periodLines(['2017/18', '2018/19', …7 periods], 40, 12)` → 2; five periods 56 apart → 1.
 */
export function periodLines(periods: readonly string[], step: number, fontSize: number): number {
  const widest = Math.max(0, ...periods.map((p) => p.length)) * fontSize * 0.55 + 4;
  return Math.max(1, Math.min(periods.length, Math.ceil(widest / step)));
}
