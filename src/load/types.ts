/**
 * The shapes of the data files as a press officer writes them (snake_case, as in YAML).
 * These are the validated inputs of the compute layer; nothing here is derived.
 */

/** A region of England and Wales, from data/forces.yaml. */
export interface RegionRef {
  id: string;
  name: string;
  nation: string;
}

/** A police force, from data/forces.yaml (real, sourced reference data). */
export interface ForceRef {
  id: string;
  /** Official name, e.g. "Derbyshire Constabulary". */
  name: string;
  /** Area name used in copy, e.g. "Derbyshire". */
  area: string;
  /** ONS police force area code (E23000026); null for British Transport Police. */
  code: string | null;
  /** Region id; null for British Transport Police. */
  region: string | null;
  /** Census 2021 usual residents; null where a force has no area (BTP). */
  population: number | null;
  aliases?: string[];
}

export interface Reference {
  regions: RegionRef[];
  forces: ForceRef[];
  /** Source and licence lines shown on the site. */
  sources: string[];
}

/**
 * A share as the source published it, without its count (`snapchat: 48%` in figures.yaml):
 * the fraction (0.48) and the decimal places of the published per cent (0), the precision
 * it is exact to. Sums, ranks and charts that need counts leave it out.
 */
export interface PublishedShare {
  share: number;
  decimals: number;
}

/** A count, a published percentage, or null / absent (not supplied, never zero). */
export type Figure = number | PublishedShare | null | undefined;

/** True for a published percentage (`48%`), false for a count or nothing. */
export function isPublishedShare(value: unknown): value is PublishedShare {
  return typeof value === 'object' && value !== null && typeof (value as PublishedShare).share === 'number';
}

/** Counts as given for one area and one period. Every count is a whole number >= 0. */
export interface FigureCounts {
  offences?: number | null;
  /** Offences where the method of communication was recorded: the denominator of every platform share. */
  method_recorded?: number | null;
  /** platform id -> offences involving it, or the share published without a count (48%) */
  platforms?: Record<string, Figure>;
  /** group id -> offences involving any member, de-duplicated (when the source gives it), or a published share */
  groups?: Record<string, Figure>;
  youngest_victim_age?: number | null;
  /** Optional breakdowns: name -> categories and what their shares are of, e.g. gender: { of: 'offences', categories: { girls: 12, boys: 3 } } */
  breakdowns?: Record<string, BreakdownCounts>;
}

/**
 * What a breakdown's shares are of. `offences`: every offence of the area (the default; a
 * category alone is then never "100 per cent"). `known`: only the offences where the category
 * is known, i.e. the sum of the categories given (needs at least two).
 */
export type BreakdownBase = 'offences' | 'known';

/** One breakdown as read from `breakdowns: { age: { of: known, under-12: 4, 12-15: 16 } }`. */
export interface BreakdownCounts {
  of: BreakdownBase;
  /** category -> count, or a published share (72%); null = not supplied. */
  categories: Record<string, Figure>;
}

/** FOI reply state of a force. `responded: false` in YAML is the same as status "no-reply". */
export type ReplyStatus = 'replied' | 'no-reply' | 'refused' | 'not-held' | 'partial';

export interface ForceFigures extends FigureCounts {
  responded?: boolean;
  status?: ReplyStatus;
  /** Short reason or period note, e.g. "first six months only". */
  note?: string;
  /** The same counts for the prior period. */
  previous?: FigureCounts;
  /** period label -> offences; null = not supplied, never zero. */
  history?: Record<string, number | null>;
  /** Where this force's figures were published. */
  source?: string;
}

/** Totals as published, for campaigns where not every force's figures are available. */
export interface PublishedTotals extends FigureCounts {
  /** National block only: the area the total covers, e.g. "England and Wales" (default) or "the UK". */
  name?: string;
  forces_replied?: number;
  forces_asked?: number;
  /**
   * Why the published figures disagree with the sum of the forces listed inside them (e.g.
   * "WalesOnline gives 554 in its text; its table of the four forces adds to 564"). With it,
   * the published figure is used and the forces' sum kept beside it; without it, an error.
   */
  discrepancy?: string;
  previous?: FigureCounts;
  history?: Record<string, number | null>;
  source?: string;
}

export interface CampaignFigures {
  forces: Record<string, ForceFigures>;
  national?: PublishedTotals;
  regions?: Record<string, PublishedTotals>;
}

export interface Quote {
  text: string;
  name: string;
  role?: string;
}

export interface Contact {
  name: string;
  role?: string;
  email?: string;
  phone?: string;
}

export interface GroupDef {
  name: string;
  members: string[];
}

/** House-style overrides, merged over the defaults in src/phrase. */
export interface StyleOverrides {
  /** Numbers up to this are written as words ("four"); default 9. */
  words_up_to?: number;
  /** "per cent" (default) or "%". */
  percent?: 'per cent' | '%';
  /** Oxford comma in lists; default false. */
  oxford_comma?: boolean;
  /** A rise to three times: "tripled" (default, as most outlets write) or "trebled". */
  multiples?: 'tripled' | 'trebled';
}

export interface Campaign {
  /** Folder name under data/campaigns/, ^[a-z0-9-]+$ */
  id: string;
  title: string;
  offence: string;
  /** Publication date, YYYY-MM-DD: the index lists campaigns newest first. */
  published: string;
  period: { start: string; end: string; label: string };
  /** ISO 8601 with offset, e.g. 2018-04-16T00:01:00+01:00 */
  embargo?: string;
  source: string;
  methodology?: string;
  /** What one count is: { singular: "offence", plural: "offences" } */
  unit: { singular: string; plural: string };
  platforms: Record<string, string>;
  groups: Record<string, GroupDef>;
  quotes: Quote[];
  contacts: Contact[];
  /** Markdown. */
  notes_to_editors: string;
  style?: StyleOverrides;
  illustrative?: boolean;
  /** Disclosure control: counts 1..N-1 shown as "fewer than N". Off when absent. */
  suppress_below?: number;
  /**
   * Regions left out of the release because the figures cover them only in part: 'partly-covered'
   * for every such region, or the ids of some of them. Absent: none (each such region's page says so instead).
   */
  leave_out_regions?: 'partly-covered' | string[];
  /**
   * Who the request went to: 'every-force' (the default: a force missing from figures.yaml may be
   * a forgotten reply) or 'listed-forces' (only the forces in figures.yaml were asked; the national
   * figures are theirs, named "the 12 forces asked", not England and Wales).
   */
  asked?: 'every-force' | 'listed-forces';
  /** Dated corrections; `forces` limits one to those force pages (absent: every page). */
  corrections?: Correction[];
  /** Local voices: region id → quotes and contacts that replace the national ones on that region's pages (and its forces', unless a force has its own). */
  regions?: Record<string, LocalVoices>;
  /** Local voices: force id → quotes and contacts for that force's page. */
  forces?: Record<string, LocalVoices>;
}

/** corrections: [{ date: 2018-04-20, text: "Kent's figure was 120, not 210.", forces: [kent] }] */
export interface Correction {
  /** YYYY-MM-DD */
  date: string;
  text: string;
  forces?: string[];
}

export interface LocalVoices {
  quotes?: Quote[];
  contacts?: Contact[];
}

/** The release copy: front matter strings and a Markdown+Nunjucks body. */
export interface ReleaseTemplate {
  headline: string;
  standfirst: string;
  body: string;
  /** Line in release.njk where the body starts (1-based), for error messages. */
  bodyLine: number;
  /** The file it was read from (release.njk, or release/force.njk in a split release). */
  file?: string;
  /** Where the headline's and standfirst's text lie in the file, line by line (for error messages). */
  segments?: { headline: TextSegment[]; standfirst: TextSegment[] };
}

/** A line of a front-matter value in its file: 1-based line and column of its text, and the text's length. */
export interface TextSegment {
  line: number;
  column: number;
  length: number;
}

export interface CampaignInput {
  campaign: Campaign;
  figures: CampaignFigures;
  release: ReleaseTemplate;
  /** A release split by page kind (release/force.njk…): used for its kind instead of `release`. */
  releases?: Partial<Record<'force' | 'region' | 'national', ReleaseTemplate>>;
  /** Absolute paths of the files read, for error messages. */
  files: { campaign: string; figures: string; release: string };
}
