/**
 * Wires src/charts into pages: each area's charts inline on its page, with a data table,
 * and as .svg and .png files beside it for newsrooms.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { GEO_FILE, loadGeo, type PfaCollection } from '../charts/geo.ts';
import type { Chart, ChartOptions } from '../charts/types.ts';
import type { CampaignModel } from '../compute/types.ts';
import type { Campaign } from '../load/types.ts';
import type { ChartArea } from './chart-draw.ts';
import type { ChartProvider } from './pages.ts';
import { pngDownload } from './png-cache.ts';
import { forceUrl } from './urls.ts';
import { dataTable } from './table-html.ts';
import type { DataTable, Download, PageChart } from './types.ts';

/** The boundaries for maps, when the data folder has them (fixtures may not). */
export function loadBoundaries(dataDir: string): PfaCollection | null {
  const file = path.join(dataDir, GEO_FILE);
  return existsSync(file) ? loadGeo(file) : null;
}

/** Draws an area's charts (src/site/build.ts counts them, and remembers them for serve). */
export type ChartDrawer = (area: ChartArea, model: CampaignModel, opts: ChartOptions) => Promise<Chart[]>;

export interface ChartSettings {
  draw: ChartDrawer;
  /** Rasterise PNGs (the slow part); off for quick previews. */
  png: boolean;
  /** Folder of PNGs by content hash, reused across builds; null to always rasterise. */
  pngCache: string | null;
}

/** chartProvider(campaign, settings) → for each area, its charts and their files. */
export function chartProvider(campaign: Campaign, settings: ChartSettings): ChartProvider {
  return async (area, model, url) => {
    // Map links are the site's own force URLs ("/campaign/force/"); the HTML base plugin adds any path prefix.
    const opts = { idPrefix: `chart-${area.id}`, source: `Source: ${campaign.source}`, illustrative: campaign.illustrative === true, forceHref: (forceId: string) => forceUrl(campaign.id, forceId) };
    const charts = await settings.draw(area, model, opts);
    const base = url.replace(/^\//, '');
    const files: Download[] = [];
    const pageCharts = charts.map((chart): PageChart => {
      files.push({ path: `${base}${chart.fileBase}.svg`, contents: `<?xml version="1.0" encoding="UTF-8"?>\n${chart.svg}\n` });
      const downloads = [{ href: `${url}${chart.fileBase}.svg`, text: `${chart.title} (.svg)` }];
      if (settings.png) {
        files.push({ path: `${base}${chart.fileBase}.png`, contents: () => pngDownload(chart.svg, settings.pngCache) });
        downloads.push({ href: `${url}${chart.fileBase}.png`, text: `${chart.title} (.png, 1200 px wide)` });
      }
      const drawings = chart.phoneEverywhere ? { svg: chart.phoneSvg, compact: true as const } : { svg: chart.svg, phoneSvg: chart.phoneSvg };
      return { id: chart.id, title: chart.title, desc: chart.desc, ...drawings, table: toDataTable(chart), downloads };
    });
    return { charts: pageCharts, files };
  };
}

function toDataTable(chart: Chart): DataTable {
  const numeric = chart.table.head.map((_, i) => i > 0 && chart.table.rows.every((row) => /^[\d,.–%\s-]*$/.test(row[i] ?? '')));
  return dataTable({ caption: chart.table.caption, head: chart.table.head, numeric, rows: chart.table.rows.map((cells) => ({ cells })) });
}
