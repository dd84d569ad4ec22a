/**
 * The build: load → validate → compute → phrase → render, into a fresh folder that
 * replaces the output only when everything succeeded (a failed build leaves dist/ whole).
 */
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeCampaign } from '../compute/index.ts';
import { loadProject, type Project } from '../load/index.ts';
import { createFilters, resolveStyle } from '../phrase/index.ts';
import { TemplateError, templateErrors, type Problem } from '../errors.ts';
import type { PfaCollection } from '../charts/geo.ts';
import type { CampaignModel } from '../compute/types.ts';
import { drawAreaCharts } from './chart-draw.ts';
import { rememberCharts } from './chart-memo.ts';
import { chartProvider, loadBoundaries, type ChartDrawer } from './charts.ts';
import { buildCampaignPages, homePage, type CampaignPages, type PageSource } from './pages.ts';
import type { Filters } from './release.ts';
import type { CampaignSummary, CopyOf, Download, Page } from './types.ts';
import { FileWriter } from './writer.ts';
import { robotsTxt } from './robots.ts';
import { sliceCollector } from './gc.ts';
import { openOutput, type Output } from './output-swap.ts';

/** Pages per Eleventy run: big enough that small sites render in one run, small enough to bound memory (about 0.3 MB a page with charts, two slices alive at once). */
export const SLICE_SIZE = 500;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The site's own templates and stylesheet, read by every build (serve watches them). */
export const TEMPLATES_DIR = path.join(ROOT, 'templates');
export const ASSETS_DIR = path.join(ROOT, 'assets');
const DEFAULT_PNG_CACHE = path.join(ROOT, 'node_modules', '.cache', 'localpress', 'png');

export interface BuildOptions {
  dataDir: string;
  outDir: string;
  campaignIds?: string[];
  /** Path prefix for GitHub Pages, e.g. "/repo/". */
  base?: string;
  /** Build campaigns still under embargo, with a banner and noindex. */
  preview?: boolean;
  /** The build's notion of now, for embargoes. */
  now?: Date;
  /** Absolute site URL for the feed and sitemap, e.g. https://org.github.io */
  siteUrl?: string;
  /** Draw charts (default true). */
  charts?: boolean;
  /** Rasterise charts to PNG for download (default: a publishing build does, a preview and serve do not: it is the slow part). */
  png?: boolean;
  /** Where rasterised charts are kept between builds (default node_modules/.cache/localpress/png; null: no cache). */
  pngCache?: string | null;
  /** Reuse charts drawn by an earlier build in this process when a campaign's figures are unchanged (serve). */
  rememberCharts?: boolean;
  /** Read the site's templates from disk on every page, not from Eleventy's process-wide cache (serve, once a template has been edited). */
  reloadTemplates?: boolean;
  /** Pages rendered per Eleventy run (default SLICE_SIZE). */
  sliceSize?: number;
  log?: (message: string) => void;
}

export interface BuildReport {
  outDir: string;
  campaigns: { id: string; pages: number; embargoed: boolean }[];
  skipped: { id: string; reason: string }[];
  pages: number;
  files: number;
  warnings: Problem[];
  milliseconds: number;
  /** Charts drawn by this build (not remembered from an earlier one) and the time drawing them took. */
  charts: ChartStats;
}

/** Charts drawn and the milliseconds spent drawing them. */
export interface ChartStats {
  charts: number;
  ms: number;
}

/** build({ dataDir: "data", outDir: "dist" }) → writes the site; throws DataError/TemplateError and leaves outDir untouched. */
export async function build(options: BuildOptions): Promise<BuildReport> {
  // Before any work: a refused --out (UsageError) has touched nothing; one build at a time per output.
  const output = await openOutput(options.outDir, { dataDir: options.dataDir, siteDirs: [TEMPLATES_DIR, ASSETS_DIR], ...(options.log ? { log: options.log } : {}) });
  try {
    return await buildLocked(options, output);
  } catch (error) {
    rmSync(output.staging, { recursive: true, force: true }); // also when the data failed before any page was made
    throw error;
  } finally {
    output.release();
  }
}

async function buildLocked(options: BuildOptions, output: Output): Promise<BuildReport> {
  const started = performance.now();
  // Eleventy loads (0.4 s) while the data is read, not before, as a top-level import would.
  loadEleventy().catch(() => {}); // a failure is reported where it is awaited
  const project = loadProject(options.dataDir, options.campaignIds);
  const report: BuildReport = { outDir: options.outDir, campaigns: [], skipped: [], pages: 0, files: 0, warnings: project.warnings, milliseconds: 0, charts: { charts: 0, ms: 0 } };
  const staging = output.staging;
  const writer = new FileWriter(staging);
  let next: Promise<unknown> | null = null;
  try {
    const { sources, summaries, denseSentencesOf } = await prepareCampaigns(project, options, writer, report);
    const home = homePage(summaries);
    const site = {
      title: 'localpress',
      url: (options.siteUrl ?? '').replace(/\/$/, ''),
      sources: project.reference.sources,
      // The feed's date comes from the data, never the clock, so builds are reproducible.
      updated: `${summaries.map((s) => s.updated).sort().at(-1) ?? '1970-01-01'}T00:00:00Z`,
    };
    const sitemap = [home, ...sources].map((x) => ({ url: x.url, noindex: x.noindex }));
    // Pages are made and rendered a slice at a time, each slice by its own Eleventy run: a
    // page's inline charts and Eleventy's copy of its HTML are then freed before the next
    // slice, so memory stays flat however many areas a campaign has.
    const slices = sliceOf(sources, options.sliceSize ?? SLICE_SIZE);
    // A page whose release fails to render is noted and the build goes on, so that it reports
    // every failing page (as check does), not only the first; nothing is written then.
    const failed: { at: number; error: TemplateError }[] = [];
    const noteFailure = (at: number, error: unknown) => {
      if (!(error instanceof TemplateError)) throw error;
      failed.push({ at, error });
    };
    let first = 0; // index in `sources` of the slice's first page
    const makeSlice = (slice: PageSource[], offset: number) => Promise.all(slice.map(async (source, j) => {
      try {
        const { page, downloads } = await source.make();
        report.files += downloads.length;
        return [{ page, deferred: writeDownloads(writer, downloads) }];
      } catch (error) {
        noteFailure(offset + j, error);
        return [];
      }
    })).then((made) => made.flat());
    const collectAfterSlice = sliceCollector();
    let making = makeSlice(slices[0]!, 0);
    for (let i = 0; i < slices.length; i++) {
      const pages = await making;
      if (failed.length > 0) {
        // This build will write nothing: the pages not made yet only have their release rendered.
        sources.slice(first + slices[i]!.length).forEach((source, j) => {
          try {
            source.verify();
          } catch (error) {
            noteFailure(first + slices[i]!.length + j, error);
          }
        });
        throw templateErrors(failed.sort((a, b) => a.at - b.at).map((f) => f.error));
      }
      first += slices[i]!.length;
      // The next slice is made (its downloads written) while Eleventy renders this one.
      if (i + 1 < slices.length) {
        making = makeSlice(slices[i + 1]!, first);
        next = making.catch(() => {}); // a failure there is reported when it is awaited
      }
      // PNGs are rasterised on libuv's threads while Eleventy renders the pages on this one, so a
      // cold build keeps both cores busy; both are settled before a failure is reported, so
      // nothing writes into staging after it is removed.
      const rendering = await Promise.allSettled([
        renderSlice(staging, options, { pages: [...(i === 0 ? [home] : []), ...pages.map((x) => x.page)], site, campaigns: home.campaigns, sitemap }, i === 0),
        renderDeferred(writer, pages.flatMap((x) => x.deferred)),
      ]);
      for (const outcome of rendering) if (outcome.status === 'rejected') throw outcome.reason;
      if (slices.length > 1) {
        collectAfterSlice(); // this slice's pages and HTML are garbage now: collected once they weigh as much as what lives
        options.log?.(`  pages ${Math.min((i + 1) * slices[0]!.length, sources.length)} of ${sources.length}`);
      }
    }
    // Said once every page is made, so a template error is the only thing a failed build prints.
    for (const summary of report.campaigns) {
      options.log?.(`  ${summary.id}: ${summary.pages} pages${summary.embargoed ? ' (EMBARGOED preview)' : ''}`);
      const dense = denseSentencesOf.get(summary.id) ?? [];
      if (dense.length > 0) options.log?.(`  warning: ${dense.length} sentence(s) in ${summary.id} carry more than four figures, hard to read; first, on ${dense[0]!.url}: "${dense[0]!.sentence.slice(0, 160)}"`);
    }
    writer.write('.nojekyll', '');
    writer.write('robots.txt', robotsTxt(options.siteUrl, options.base));
    cpSync(ASSETS_DIR, path.join(staging, 'assets'), { recursive: true });
    output.swap();
    report.pages = sources.length + 2; // + home and 404
  } catch (error) {
    // Pages still being made would write into staging after it is removed.
    await next;
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  report.milliseconds = Math.round(performance.now() - started);
  return report;
}

/** Compute every campaign due for publication and queue its pages; write the campaign-wide downloads into staging. */
async function prepareCampaigns(project: Project, options: BuildOptions, writer: FileWriter, report: BuildReport) {
  const now = options.now ?? new Date();
  const sources: PageSource[] = [];
  const summaries: CampaignSummary[] = [];
  const denseSentencesOf = new Map<string, CampaignPages['denseSentences']>();
  let geo: ReturnType<typeof loadBoundaries> | undefined;
  const png = pngSettings(options);
  for (const input of project.campaigns) {
    const { campaign } = input;
    const embargoed = campaign.embargo !== undefined && Date.parse(campaign.embargo) > now.getTime();
    if (embargoed && !options.preview) {
      report.skipped.push({ id: campaign.id, reason: `under embargo until ${campaign.embargo} (use --preview to see it)` });
      continue;
    }
    const model = computeCampaign({ campaign, figures: input.figures }, project.reference);
    const filters = createFilters(resolveStyle(campaign.style)) as Filters;
    const charts = options.charts === false ? undefined : chartProvider(campaign, {
      draw: chartDrawer(campaign.id, model, (geo ??= loadBoundaries(options.dataDir)), options.rememberCharts === true, report.charts),
      ...png,
    });
    const built = buildCampaignPages(input, model, { reference: project.reference, filters, embargoed, ...(charts ? { charts } : {}), ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}), ...(options.base ? { base: options.base } : {}), ...shareCards(options, png) });
    sources.push(...built.pages);
    summaries.push(built.summary);
    denseSentencesOf.set(campaign.id, built.denseSentences);
    writeDownloads(writer, built.downloads);
    report.files += built.downloads.length;
    report.campaigns.push({ id: campaign.id, pages: built.pages.length, embargoed });
  }
  return { sources, summaries, denseSentencesOf };
}

/** Whether PNGs are made (not in a preview, unless asked) and where they are cached. */
function pngSettings(options: BuildOptions): { png: boolean; pngCache: string | null } {
  return { png: options.png ?? !options.preview, pngCache: options.pngCache === undefined ? DEFAULT_PNG_CACHE : options.pngCache };
}

/** Share cards are rasterised like the charts (resvg, Inter, the PNG cache), and only when PNGs are. */
function shareCards(options: BuildOptions, { png, pngCache }: ReturnType<typeof pngSettings>): { shareCard?: (svg: string) => Promise<Uint8Array | CopyOf> } {
  if (options.charts === false || !png) return {}; // a preview rasterises nothing
  return { shareCard: async (svg) => (await import('./png-cache.ts')).pngDownload(svg, pngCache) };
}

/** Draw a campaign's charts, counting them and the time they take; remembered between builds in one process when asked (serve). */
function chartDrawer(campaignId: string, model: CampaignModel, geo: PfaCollection | null, remember: boolean, stats: ChartStats): ChartDrawer {
  const draw: ChartDrawer = async (area, campaignModel, opts) => {
    const started = performance.now();
    const charts = drawAreaCharts(area, campaignModel, opts, geo);
    stats.charts += charts.length;
    stats.ms += performance.now() - started;
    return charts;
  };
  return remember ? rememberCharts(campaignId, model, geo, draw) : draw;
}

/** sliceOf([1,2,3,4,5], 2) → [[1,2],[3,4],[5]]; always at least one slice, so the home page is rendered. */
export function sliceOf<T>(items: T[], size: number): T[][] {
  const slices: T[][] = [];
  for (let i = 0; i < items.length; i += size) slices.push(items.slice(i, i + size));
  return slices.length > 0 ? slices : [[]];
}

interface SiteData {
  pages: Page[];
  site: { title: string; url: string; sources: unknown; updated: string };
  campaigns: CampaignSummary[];
  sitemap: { url: string; noindex: boolean }[];
}

let eleventyModule: Promise<typeof import('@11ty/eleventy')> | null = null;
const loadEleventy = () => (eleventyModule ??= import('@11ty/eleventy'));

/** One Eleventy run over some pages; the site-wide files (404, feed, sitemap) only in the first. */
async function renderSlice(staging: string, options: BuildOptions, lp: SiteData, withSiteFiles: boolean): Promise<void> {
  const { default: Eleventy } = await loadEleventy();
  const eleventy = new Eleventy(TEMPLATES_DIR, staging, {
    quietMode: true,
    configPath: path.join(ROOT, '.eleventy.js'),
    pathPrefix: options.base ?? '/',
    config(eleventyConfig: any) {
      eleventyConfig.addGlobalData('lp', { ...lp, siteFiles: withSiteFiles });
      // Eleventy keeps template files in a process-wide cache that only its own watcher clears.
      // Reading them afresh costs about 1 s of CPU at 1,000 pages, so only when asked.
      if (options.reloadTemplates) eleventyConfig.setUseTemplateCache(false);
    },
  });
  // Eleventy's own "Wrote N files" line is forced past quietMode; our build prints its own summary,
  // and errors are thrown to us, not logged.
  eleventy.disableLogger();
  await eleventy.write();
}

/** Write the downloads whose contents are ready; return the deferred ones (PNGs) for later. */
function writeDownloads(writer: FileWriter, downloads: Download[]): Download[] {
  const later: Download[] = [];
  for (const file of downloads) {
    if (typeof file.contents === 'function') later.push(file);
    else writer.write(file.path, file.contents);
  }
  return later;
}

/** Deferred downloads rendered at once: enough to keep libuv's four threads busy, few enough to bound memory. */
export const DEFERRED_AT_ONCE = 4;

/**
 * Render deferred downloads (PNGs, Word files) and write them, DEFERRED_AT_ONCE at a time: a
 * new one starts as soon as one finishes, so one slow chart never idles the others.
 */
export async function renderDeferred(writer: Pick<FileWriter, 'write' | 'copy'>, deferred: Download[]): Promise<void> {
  let next = 0;
  const drain = async () => {
    while (next < deferred.length) {
      const file = deferred[next++]!;
      const contents = typeof file.contents === 'function' ? await file.contents() : file.contents;
      if (typeof contents === 'object' && 'copyOf' in contents) writer.copy(file.path, contents.copyOf);
      else writer.write(file.path, contents);
    }
  };
  await Promise.all(Array.from({ length: Math.min(DEFERRED_AT_ONCE, deferred.length) }, drain));
}
