/** Shapes shared by the chart modules and the site that embeds them. */
import type { Layout } from './theme.ts';

/** The same figures as a chart, as a data table for the page. */
export interface Table {
  caption: string;
  head: string[];
  rows: string[][];
}

/** One drawn chart: inline SVG for the page, files for download, a table for everyone. */
export interface Chart {
  /** Unique on its page; also the prefix of every id inside the SVG. */
  id: string;
  title: string;
  desc: string;
  svg: string;
  /** The site writes `<fileBase>.svg` and `<fileBase>.png`, e.g. "platforms". */
  fileBase: string;
  table: Table;
  /**
   * The same chart drawn for a phone's width (theme.ts phoneLayout), with ids under `${id}-phone`:
   * the page shows it instead of `svg` on a narrow screen. Never a download.
   */
  phoneSvg: string;
  /**
   * The page shows `phoneSvg` at every width, not `svg` (the map: its two drawings differ only in
   * where the legend sits, and each carries 120 KB of boundaries, too much to send twice).
   */
  phoneEverywhere?: true;
}

export interface ChartOptions {
  /** Prefix for ids inside the SVGs, unique per page, e.g. "derbyshire". */
  idPrefix: string;
  /** Source line drawn into every chart. */
  source: string;
  /** Draw "ILLUSTRATIVE" into the image. */
  illustrative: boolean;
  /** Where the map links a force's area: the site's page for it. Example: `(id) => '/scwc/' + id + '/'`. */
  forceHref: (forceId: string) => string;
}

/** What every chart module takes besides its data. */
export interface SvgOptions {
  /** Unique id for this chart on its page; inner ids are `${id}-title` etc. */
  id: string;
  source: string;
  illustrative: boolean;
  /** Draw for a phone (theme.ts phoneLayout): 360 wide, larger type, the chart's phone arrangement. Absent: the wide layout. */
  layout?: Layout;
}

/** Title, description and table of a chart, computed from the same data as its drawing. */
export interface ChartText {
  title: string;
  desc: string;
  table: Table;
}
