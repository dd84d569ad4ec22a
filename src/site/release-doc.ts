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

/** What every page of a campaign shares. */
export interface CampaignReleaseContext {
  campaign: Campaign;
  /** "00:01 Monday 16 April 2018" while under embargo, else null. */
  embargoLabel: string | null;
  /** "00:01 Monday 16 April 2018" when the campaign had an embargo that has lifted. */
  liftedLabel: string | null;
  publishedLabel: string;
}

/** What one page has of its own. */
export interface ReleaseContext {
  quotes: PageQuote[];
  contacts: PageContact[];
  corrections: PageCorrection[];
  pageUrl: string;
  /** Notes the data calls for on this page (a discrepancy, published percentages, partial coverage): after the notes to editors. */
  extraNotes?: string[];
}

/**
 * releaseDocuments(campaignContext) → releaseDocument(rendered, pageContext): the parts of a page's
 * release, as plain text blocks. What every page shares (dateline, notes, method) is made once.
 */
export function releaseDocuments(shared: CampaignReleaseContext): (release: RenderedRelease, context: ReleaseContext) => ReleaseDocument {
  const { campaign } = shared;
  const when = shared.embargoLabel ? '' : shared.liftedLabel ? ` · For release at ${shared.liftedLabel}` : ' · For immediate release';
  const embargo = shared.embargoLabel ? `EMBARGOED UNTIL ${shared.embargoLabel}` : null;
  const dateline = `${shared.publishedLabel}${when}`;
  const notes = plainBlocks(campaign.notes_to_editors);
  const method = campaign.methodology ? plainBlocks(campaign.methodology) : [];
  return (release, context) => ({
    title: campaign.title,
    embargo,
    illustrative: campaign.illustrative ? ILLUSTRATIVE_NOTICE : null,
    dateline,
    corrections: context.corrections,
    headline: release.headline,
    standfirst: release.standfirst,
    body: release.bodyBlocks,
    quotes: context.quotes,
    // Extra notes are parsed with the campaign's, as one Markdown text.
    notes: context.extraNotes?.length ? plainBlocks([campaign.notes_to_editors, ...context.extraNotes].join('\n\n')) : notes,
    method,
    source: campaign.source,
    pageUrl: context.pageUrl,
    contacts: context.contacts,
  });
}

/** "Name, Role, email, phone" */
export function contactLine(c: PageContact): string {
  return [c.name, c.role, c.email, c.phone].filter(Boolean).join(', ');
}

/** "- Name, Role" under a quote. */
export function attribution(q: PageQuote): string {
  return `- ${[q.name, q.role].filter(Boolean).join(', ')}`;
}
