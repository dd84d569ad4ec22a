/**
 * The page model handed to Eleventy: everything already phrased and formatted,
 * so templates only place strings (templates never compute).
 */

export interface Link {
  href: string;
  text: string;
}

export interface KeyFigure {
  label: string;
  value: string;
  /** e.g. "Census 2021 population" or "fewer than 5 are not shown". */
  note?: string;
}

export interface DataTable {
  caption: string;
  head: string[];
  /** First cell may link to the area's page. */
  rows: { cells: string[]; href?: string }[];
  /** Which columns are numeric (right-aligned). */
  numeric: boolean[];
  /** The `<tbody>` rows as HTML, escaped (src/site/table-html.ts): the templates place it, they do not loop over rows. */
  rowsHtml: string;
}

export interface PageChart {
  id: string;
  title: string;
  desc: string;
  svg: string;
  /** The chart drawn for a phone's width (src/charts/theme.ts phoneLayout): shown instead of `svg` on a narrow screen (assets/style.css). */
  phoneSvg?: string;
  /** `svg` is the phone drawing, shown at every width (the map), no wider than a phone drawing is ever shown. */
  compact?: true;
  table: DataTable;
  downloads: Link[];
}

export interface CampaignSummary {
  id: string;
  title: string;
  url: string;
  offence: string;
  periodLabel: string;
  /** "Monday 16 April 2018" */
  publishedLabel: string;
  published: string;
  /** The latest of the publication date and any correction's date (YYYY-MM-DD), for the feed. */
  updated: string;
  /** Every correction, each with the page it is shown on (the first force listed, or the campaign page), for the feed. */
  corrections: { date: string; label: string; text: string; url: string }[];
  illustrative: boolean;
  /** Set when the campaign is still under embargo at build time (preview builds only). */
  embargoLabel: string | null;
  source: string;
  methodologyHtml: string;
  forcesLabel: string;
}

export interface Page {
  /** Site-relative URL without the path prefix, e.g. "/scwc-2017/derbyshire/". */
  url: string;
  /** Output file relative to the site root, e.g. "scwc-2017/derbyshire/index.html". */
  permalink: string;
  kind: 'home' | 'national' | 'region' | 'force';
  /** Used in <title>. */
  title: string;
  /** Short name of the page's area, for breadcrumbs: "Derbyshire", "Wales". */
  label: string;
  campaign: CampaignSummary | null;
  breadcrumbs: Link[];
  headline: string;
  standfirst: string;
  bodyHtml: string;
  keyFigures: KeyFigure[];
  /** Sentences placing the figures in context (national, regional, rank). */
  context: string[];
  quotes: { text: string; name: string; role: string }[];
  contacts: { name: string; role: string; email: string; phone: string }[];
  /** Dated corrections that apply to this page ("Corrected on Friday 20 April 2018"), oldest first. */
  corrections: { date: string; label: string; text: string }[];
  notesHtml: string;
  tables: DataTable[];
  charts: PageChart[];
  /** Regions and forces reachable from this page; `groups` (with an element `id`) lists the links by region under a filter box. */
  /** `linksHtml` is the list's `<li>` items as HTML (src/site/table-html.ts), which the template places. */
  navigation: { heading: string; links: Link[]; linksHtml: string; id?: string; groups?: { heading: string; links: Link[]; linksHtml: string }[] }[];
  /** Site-relative URL of this page's release.txt, for the "Copy release text" button. */
  releaseTxt?: string;
  downloads: Link[];
  noindex: boolean;
  /** Home page only: campaigns newest first. */
  campaigns: CampaignSummary[];
  /** Site-relative URL of the page's share card (og:image), e.g. "/scwc/kent/share.png"; null without one. */
  shareImage?: string | null;
}

/** A file written beside the pages (text, CSV, JSON, SVG, PNG). */
export interface Download {
  /** Relative to the site root. */
  path: string;
  /**
   * A function is rendered when the file is written (PNGs: rasterised off the main thread, in
   * parallel); it may give a file to copy instead of bytes (a PNG already in the cache).
   */
  contents: string | Uint8Array | (() => Promise<Uint8Array | CopyOf>);
}

/** A download whose bytes are already in a file (the PNG cache): copied by the kernel, never read into the build. */
export interface CopyOf {
  copyOf: string;
}
