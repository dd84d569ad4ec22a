/**
 * One campaign → its pages (national, regions, forces) and downloads.
 * Everything is phrased here; the Nunjucks templates only place the strings.
 */
import type { CampaignModel, ComputedForce, ComputedNational, ComputedRegion } from '../compute/types.ts';
import type { CampaignInput, Reference } from '../load/types.ts';
import { figureDenseSentences, ucfirst } from '../phrase/index.ts';
import { dataNotes } from './data-notes.ts';
import { correctionsFor } from './corrections.ts';
import { figuresCsv, figuresJson, releaseText } from './downloads.ts';
import { csvGuide } from './figures-csv.ts';
import { releaseDocuments } from './release-doc.ts';
import { shareCardSvg } from './share-card.ts';
import { digits } from './format.ts';
import { linkItemHtml, linkItemsHtml } from './table-html.ts';
import { voicesFor } from './voices.ts';
import { contextSentences, forcesTable, keyFigures, platformTable, regionsTable } from './figures.ts';
import { compileRelease, markdownToHtml, type Filters } from './release.ts';
import type { CampaignSummary, CopyOf, Download, Link, Page, PageChart } from './types.ts';
import { campaignUrl, forceUrl, pageAddress, permalinkFor, regionUrl } from './urls.ts';

type Area = ComputedForce | ComputedRegion | ComputedNational;

/** Charts for one area: inline SVGs for the page and their files for download. */
export type ChartProvider = (area: Area, model: CampaignModel, urlOfArea: string) => Promise<{ charts: PageChart[]; files: Download[] }>;

export interface CampaignPagesOptions {
  reference: Reference;
  filters: Filters;
  /** Set when building a campaign that is still under embargo (preview builds). */
  embargoed: boolean;
  charts?: ChartProvider;
  /** Rasterise a share card's SVG (the charts' renderer and PNG cache); absent: no share.png (quick previews, tests). */
  shareCard?: (svg: string) => Promise<Uint8Array | CopyOf>;
  /** Absolute site URL (--site-url) and path prefix (--base), for the page link in release.txt and the Word release. */
  siteUrl?: string;
  base?: string;
}

/** One page of a campaign, made only when asked for: a big campaign never holds all its pages (and their charts) at once. */
export interface PageSource {
  url: string;
  noindex: boolean;
  /** The page and the files beside it (release.txt, figures, charts). */
  make: () => Promise<{ page: Page; downloads: Download[] }>;
  /** Renders only the page's release and throws its TemplateError, if any: once a build has failed, the rest of its pages are checked, not made. */
  verify: () => void;
}

export interface CampaignPages {
  summary: CampaignSummary;
  /** National, then regions, then forces. */
  pages: PageSource[];
  /** Files for the whole campaign (every force's figures). */
  downloads: Download[];
  /** Sentences with more than four figures, by page URL, filled in as pages are made: readers of automated copy struggle with them. */
  denseSentences: { url: string; sentence: string }[];
}

/** buildCampaignPages(input, model, options) → national, region and force pages plus their downloads. */
export function buildCampaignPages(input: CampaignInput, model: CampaignModel, options: CampaignPagesOptions): CampaignPages {
  const { reference, filters: f } = options;
  const { campaign } = model;
  const release = compileRelease(input, f, reference);
  const repliesPublished = input.figures.national?.forces_replied !== undefined;
  const summary = campaignSummary(model, f, options.embargoed, repliesPublished);
  // The same on every page of the campaign: phrased once.
  const notesHtml = markdownToHtml(campaign.notes_to_editors);
  const releaseDocument = releaseDocuments({
    campaign,
    embargoLabel: summary.embargoLabel,
    liftedLabel: !options.embargoed && campaign.embargo ? f.ukdate(campaign.embargo, true) : null,
    publishedLabel: summary.publishedLabel,
  });
  const pages: PageSource[] = [];
  const denseSentences: CampaignPages['denseSentences'] = [];
  const home: Link = { href: '/', text: 'All campaigns' };
  const nationalLink: Link = { href: summary.url, text: campaign.title };
  // A force's link and list item are the same on every page that lists it (the national page, its
  // region's page, the other forces' pages in its region): made once.
  const forceLinks = new Map<string, { link: Link; html: string }>();
  const forceLink = (force: ComputedForce) => {
    let made = forceLinks.get(force.id);
    if (!made) {
      const link = { href: forceUrl(campaign.id, force.id), text: force.name };
      forceLinks.set(force.id, (made = { link, html: linkItemHtml(link) }));
    }
    return made;
  };
  const forceList = (heading: string, forces: ComputedForce[]) => ({ heading, links: forces.map((x) => forceLink(x).link), linksHtml: forces.map((x) => forceLink(x).html).join('') });

  /** Queue a page; `finish` adds what only that kind of page has (tables, navigation, downloads). */
  const addPage = (area: Area, url: string, breadcrumbs: Link[], finish: (page: Page, downloads: Download[]) => void = () => {}) => {
    pages.push({ url, noindex: options.embargoed, verify: () => void release.render(model, area), make: async () => {
      const rendered = release.render(model, area);
      // Notes the data calls for on this page (a discrepancy, percentages without counts, partial coverage).
      const extraNotes = dataNotes(area, model, reference, input.figures);
      for (const sentence of figureDenseSentences(`${rendered.headline}.\n\n${rendered.standfirst}\n\n${rendered.bodyMarkdown}`)) denseSentences.push({ url, sentence });
      const base = url.replace(/^\//, '');
      const charted = (await options.charts?.(area, model, url)) ?? { charts: [], files: [] };
      // Local voices and corrections: the most local quotes and contacts, the corrections for this page.
      const { quotes, contacts } = voicesFor(campaign, area);
      const corrections = correctionsFor(campaign, area, (iso) => f.ukdate(iso));
      const doc = releaseDocument(rendered, { quotes, contacts, corrections, pageUrl: pageAddress(url, options), extraNotes });
      const downloads: Download[] = [
        { path: `${base}release.txt`, contents: releaseText(doc) },
        // Zipped off the main path with the PNGs (deferred), loading docx only when a page needs it.
        { path: `${base}release.docx`, contents: async () => (await import('./docx.ts')).releaseDocx(doc, campaign.published) },
        ...charted.files,
      ];
      const shareCard = options.shareCard;
      if (shareCard) {
        const n = area.kind === 'force' && !area.responded ? null : area.offences;
        const svg = shareCardSvg({
          figure: n === null ? null : digits(n),
          figureLabel: `${n === null ? campaign.unit.plural : f.plural(campaign.unit.singular, n, campaign.unit.plural)} of ${campaign.offence} recorded in ${campaign.period.label}`,
          headline: rendered.headline,
          area: area.kind === 'force' ? area.area : area.name,
          campaign: campaign.title,
          period: summary.periodLabel,
          illustrative: campaign.illustrative === true,
        });
        downloads.push({ path: `${base}share.png`, contents: () => shareCard(svg) });
      }
      const table = platformTable(area, model);
      const page: Page = {
        url,
        permalink: permalinkFor(url),
        kind: area.kind,
        title: rendered.headline,
        // The breadcrumb item names the page: "The British Transport Police network", not "the …".
        label: ucfirst(area.kind === 'force' ? area.area : area.name),
        campaign: summary,
        breadcrumbs,
        headline: rendered.headline,
        standfirst: rendered.standfirst,
        bodyHtml: rendered.bodyHtml,
        keyFigures: keyFigures(area, model, reference, f),
        context: contextSentences(area, model, reference, f, repliesPublished),
        quotes,
        contacts,
        corrections,
        notesHtml: extraNotes.length > 0 ? `${notesHtml}${markdownToHtml(extraNotes.join('\n\n'))}` : notesHtml,
        tables: table ? [table] : [],
        charts: charted.charts,
        navigation: [],
        downloads: [{ href: `${url}release.txt`, text: 'Release as plain text (.txt)' }, { href: `${url}release.docx`, text: 'Release as a Word document (.docx)' }],
        noindex: options.embargoed,
        campaigns: [],
        shareImage: shareCard ? `${url}share.png` : null,
        releaseTxt: `${url}release.txt`,
      };
      finish(page, downloads);
      page.downloads.push(...charted.charts.flatMap((c) => c.downloads));
      return { page, downloads };
    } });
  };

  // National page: the release, every region and every force.
  addPage(model.national, summary.url, [home], (national) => {
    national.tables.push(regionsTable(model, reference, f), forcesTable(model.forces, model, reference, f, `Every force in this release`));
    const regionLinks = model.regions.map((r) => ({ href: regionUrl(campaign.id, r.id, reference), text: r.name }));
    national.navigation.push(
      { heading: 'Regions', links: regionLinks, linksHtml: linkItemsHtml(regionLinks) },
      { ...forceList('Forces', model.forces), id: 'forces-by-region', groups: forcesByRegion(model, reference).map((group) => forceList(group.heading, group.forces)) },
    );
    national.downloads.push({ href: `${summary.url}figures.csv`, text: 'Figures for every force (.csv)' }, { href: `${summary.url}figures-guide.txt`, text: 'What each column of the .csv means (.txt)' }, { href: `${summary.url}figures.json`, text: 'Figures for every force (.json)' });
  });
  const campaignDownloads: Download[] = [{ path: `${campaign.id}/figures.csv`, contents: figuresCsv(model.forces, model) }, { path: `${campaign.id}/figures-guide.txt`, contents: csvGuide(model) }, { path: `${campaign.id}/figures.json`, contents: figuresJson({ forces: model.forces }, model) }];

  const membersOf = new Map<string, ComputedForce[]>();
  for (const force of model.forces) {
    if (force.region_id === null) continue;
    const list = membersOf.get(force.region_id) ?? [];
    list.push(force);
    membersOf.set(force.region_id, list);
  }
  for (const region of model.regions) {
    const members = membersOf.get(region.id) ?? [];
    addPage(region, regionUrl(campaign.id, region.id, reference), [home, nationalLink], (page) => {
      if (members.length > 0) page.tables.push(forcesTable(members, model, reference, f, `Forces in ${f.place(region.name)}`));
      page.navigation.push(forceList(`Forces in ${f.place(region.name)}`, members));
    });
  }

  const regionsById = new Map(model.regions.map((r) => [r.id, r]));
  for (const force of model.forces) {
    const url = forceUrl(campaign.id, force.id);
    const region = force.region_id === null ? undefined : regionsById.get(force.region_id);
    const regionLink = region ? [{ href: regionUrl(campaign.id, region.id, reference), text: region.name }] : [];
    addPage(force, url, [home, nationalLink, ...regionLink], (page, downloads) => {
      // Also for a force of a region left out (campaign.yaml leave_out_regions): its neighbours are still in the release.
      if (force.region_id !== null && force.region_name !== null) {
        const others = (membersOf.get(force.region_id) ?? []).filter((other) => other.id !== force.id);
        if (others.length > 0) page.navigation.push(forceList(`Other forces in ${f.place(force.region_name)}`, others));
      }
      page.downloads.push({ href: `${url}figures.csv`, text: `Figures for ${force.area} (.csv)` }, { href: `${summary.url}figures-guide.txt`, text: 'What each column of the .csv means (.txt)' }, { href: `${url}figures.json`, text: `Figures for ${force.area} (.json)` });
      downloads.push({ path: `${url.slice(1)}figures.csv`, contents: figuresCsv([force], model) }, { path: `${url.slice(1)}figures.json`, contents: figuresJson({ force }, model) });
    });
  }
  // A force outside the release (a campaign with only some forces' own figures) gets a plain
  // statement at its address, not a 404: a reporter looking for it learns the release has no figures for it.
  // (Only where the campaign publishes a national total, or says it asked only the forces listed
  // (campaign.yaml `asked: listed-forces`): otherwise a missing force is a forgotten reply, which check warns of.)
  const inRelease = new Set(model.forces.map((force) => force.id));
  const notAsked = campaign.asked === 'listed-forces' && !model.national.published_totals;
  for (const ref of model.national.published_totals || notAsked ? reference.forces : []) {
    if (inRelease.has(ref.id)) continue;
    const url = forceUrl(campaign.id, ref.id);
    pages.push({ url, noindex: options.embargoed, verify: () => {}, make: async () => ({ page: notInReleasePage(ref, url, summary, [home, nationalLink], options.embargoed, f, notAsked), downloads: [] }) });
  }
  return { summary, pages, downloads: campaignDownloads, denseSentences };
}

/** The campaign's forces under their regions (a region left out too: a heading, not a link), in forces.yaml order; forces without a region (BTP) last. */
function forcesByRegion(model: CampaignModel, reference: Reference): { heading: string; forces: ComputedForce[] }[] {
  const groups = reference.regions.map((region) => ({ heading: region.name, forces: model.forces.filter((force) => force.region_id === region.id) }));
  const national = model.forces.filter((force) => force.region_id === null);
  return [...groups, ...(national.length > 0 ? [{ heading: 'Not in a region', forces: national }] : [])].filter((g) => g.forces.length > 0);
}

/** "This release has no figures for Lancashire": the page at a force's address when the release does not cover it. */
function notInReleasePage(ref: Reference['forces'][number], url: string, summary: CampaignSummary, breadcrumbs: Link[], noindex: boolean, f: Filters, notAsked = false): Page {
  const headline = `This release has no figures for ${ref.area}`;
  // campaign.yaml `asked: listed-forces`: the force was never asked, so neither "did not reply" nor "not in the national figures" is in doubt.
  const text = notAsked
    ? `${summary.title} gives figures only for the forces asked, listed on the national page. ${ref.name} was not asked for figures, so this release has none for it, and its figures are not in the release's totals. That does not mean that none were recorded there.`
    : `${summary.title} gives local figures only for the forces listed on the national page. It has no figures of ${ref.name}'s own: that does not mean the force did not reply. The national figures are on the release's main page.`;
  return {
    url, permalink: permalinkFor(url), kind: 'force', title: headline, label: ucfirst(ref.area), campaign: summary, breadcrumbs,
    headline, standfirst: notAsked ? `${summary.periodLabel}: ${ref.name} was not among the forces asked.` : `${summary.periodLabel}: ${f.place(ref.area)} is not among the forces with local figures in this release.`, bodyHtml: markdownToHtml(text),
    keyFigures: [], context: [], quotes: [], contacts: [], corrections: [], notesHtml: '', tables: [], charts: [], navigation: [],
    downloads: [], noindex, campaigns: [],
  };
}

/** The campaign as listed on the home page and in every page header. */
export function campaignSummary(model: CampaignModel, f: Filters, embargoed: boolean, repliesPublished: boolean): CampaignSummary {
  const { campaign, national } = model;
  const localForces = model.forces.length;
  return {
    id: campaign.id,
    title: campaign.title,
    url: campaignUrl(campaign.id),
    offence: campaign.offence,
    periodLabel: ucfirst(campaign.period.label),
    published: campaign.published,
    publishedLabel: f.ukdate(campaign.published),
    updated: [campaign.published, ...(campaign.corrections ?? []).map((c) => c.date)].sort().at(-1)!,
    corrections: (campaign.corrections ?? []).map((c) => ({
      date: c.date,
      label: `Corrected on ${f.ukdate(c.date)}`,
      text: c.text,
      url: c.forces?.[0] !== undefined ? forceUrl(campaign.id, c.forces[0]) : campaignUrl(campaign.id),
    })),
    illustrative: campaign.illustrative === true,
    embargoLabel: embargoed && campaign.embargo ? f.ukdate(campaign.embargo, true) : null,
    source: campaign.source,
    methodologyHtml: campaign.methodology ? markdownToHtml(campaign.methodology) : '',
    // With a published national total, the replies behind it are known only if the block gives them.
    forcesLabel:
      national.published_totals && !repliesPublished
        ? `Local figures for ${localForces} ${localForces === 1 ? 'force' : 'forces'}`
        : national.published_totals && (national.forces_replied ?? 0) > localForces
          // A total from 45 forces with eight forces' own figures: say both, so the others do not read as non-replies.
          ? `National figures from ${national.forces_replied} forces; local figures for ${localForces}`
        : national.forces_asked !== null && national.forces_asked >= (national.forces_replied ?? 0)
          ? `Figures from ${national.forces_replied ?? 0} of ${national.forces_asked} forces`
          : `Figures from ${national.forces_replied ?? 0} forces`,
  };
}

/** The home page: every campaign, newest first (ties by title, so the order is stable). */
export function homePage(summaries: CampaignSummary[]): Page {
  const campaigns = [...summaries].sort((a, b) => b.published.localeCompare(a.published, 'en-GB') || a.title.localeCompare(b.title, 'en-GB'));
  return {
    url: '/', permalink: 'index.html', kind: 'home', title: 'Press releases', label: 'Press releases', campaign: null, breadcrumbs: [],
    headline: 'Press releases', standfirst: 'Local figures for every police force, with national and regional context, ready to use.',
    bodyHtml: '', keyFigures: [], context: [], quotes: [], contacts: [], corrections: [], notesHtml: '', tables: [], charts: [], navigation: [], downloads: [],
    noindex: false, campaigns,
  };
}
