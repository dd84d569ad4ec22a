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

/** Counts as given for one area and one period. Every count is a whole number >= 0. */
export interface FigureCounts {
  offences?: number | null;
  /** Offences where the method of communication was recorded: the denominator of every platform share. */
  method_recorded?: number | null;
  /** platform id -> offences involving it */
  platforms?: Record<string, number | null>;
  /** group id -> offences involving any member, de-duplicated (when the source gives it) */
  groups?: Record<string, number | null>;
  youngest_victim_age?: number | null;
  /** Optional breakdowns: name -> (category -> count), e.g. gender: { girls: 12, boys: 3 } */
  breakdowns?: Record<string, Record<string, number | null>>;
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
