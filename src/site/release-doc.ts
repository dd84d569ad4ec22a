/**
 * One page's release as a press release document: the parts, in order, that release.txt and
 * release.docx both print, so the two cannot disagree. Pure: rendered copy + campaign in.
 */
import type { Campaign } from '../load/types.ts';
import type { PageCorrection } from './corrections.ts';
import { plainBlocks, type PlainBlock } from './plain.ts';
import type { RenderedRelease } from './release.ts';
import type { PageContact, PageQuote } from './voices.ts';

export const ILLUSTRATIVE_NOTICE = 'ILLUSTRATIVE FIGURES: these numbers are made up for demonstration and are not real data.';

export interface ReleaseDocument {
  /** Campaign title, for the document's properties. */
  title: string;
  /** "EMBARGOED UNTIL 00:01 Monday 16 April 2018", or null when not under embargo. */
  embargo: string | null;
  illustrative: string | null;
  /** "Monday 16 April 2018 · For immediate release" */
  dateline: string;
  corrections: PageCorrection[];
  headline: string;
  standfirst: string;
  body: PlainBlock[];
  quotes: PageQuote[];
  notes: PlainBlock[];
  method: PlainBlock[];
  source: string;
  /** The page this release is published on, absolute when the site URL is known. */
  pageUrl: string;
  contacts: PageContact[];
}

export interface ReleaseContext {
  campaign: Campaign;
  /** "00:01 Monday 16 April 2018" while under embargo, else null. */
  embargoLabel: string | null;
  /** "00:01 Monday 16 April 2018" when the campaign had an embargo that has lifted. */
  liftedLabel: string | null;
  publishedLabel: string;
  quotes: PageQuote[];
  contacts: PageContact[];
  corrections: PageCorrection[];
  pageUrl: string;
  /** Notes the data calls for on this page (a discrepancy, published percentages, partial coverage): after the notes to editors. */
  extraNotes?: string[];
}

/** releaseDocument(rendered, context) → the parts of the release, as plain text blocks. */
export function releaseDocument(release: RenderedRelease, context: ReleaseContext): ReleaseDocument {
  const { campaign } = context;
  const when = context.embargoLabel ? '' : context.liftedLabel ? ` · For release at ${context.liftedLabel}` : ' · For immediate release';
  return {
    title: campaign.title,
    embargo: context.embargoLabel ? `EMBARGOED UNTIL ${context.embargoLabel}` : null,
    illustrative: campaign.illustrative ? ILLUSTRATIVE_NOTICE : null,
    dateline: `${context.publishedLabel}${when}`,
    corrections: context.corrections,
    headline: release.headline,
    standfirst: release.standfirst,
    body: plainBlocks(release.bodyMarkdown),
    quotes: context.quotes,
    notes: plainBlocks([campaign.notes_to_editors, ...(context.extraNotes ?? [])].join('\n\n')),
    method: campaign.methodology ? plainBlocks(campaign.methodology) : [],
    source: campaign.source,
    pageUrl: context.pageUrl,
    contacts: context.contacts,
  };
}

/** "Name, Role, email, phone" */
export function contactLine(c: PageContact): string {
  return [c.name, c.role, c.email, c.phone].filter(Boolean).join(', ');
}

/** "- Name, Role" under a quote. */
export function attribution(q: PageQuote): string {
  return `- ${[q.name, q.role].filter(Boolean).join(', ')}`;
}
