/**
 * Files for newsrooms beside each page: release.txt (paste into a CMS or email),
 * figures.csv and figures.json. Illustrative campaigns say so inside every file.
 */
import { stringify } from 'csv-stringify/sync';
import type { CampaignModel, ComputedForce } from '../compute/types.ts';
import { csvRows } from './figures-csv.ts';
import { blocksToText } from './plain.ts';
import { ILLUSTRATIVE_NOTICE, attribution, contactLine, type ReleaseDocument } from './release-doc.ts';

export { ILLUSTRATIVE_NOTICE } from './release-doc.ts';

/**
 * The release as plain text for email and CMS paste: the embargo line, the date, corrections,
 * headline, standfirst, body (Markdown markers dropped, links as "text (URL)", each paragraph on
 * one line), quotes, ENDS, notes to editors, method, source, the page link and press contacts.
 */
export function releaseText(doc: ReleaseDocument): string {
  const lines: string[] = [];
  const section = (...text: string[]) => lines.push(...text, '');
  if (doc.embargo) section(doc.embargo);
  if (doc.illustrative) section(doc.illustrative);
  section(doc.dateline);
  for (const c of doc.corrections) section(`${c.label.toUpperCase()}: ${c.text}`);
  section(doc.headline.toUpperCase(), doc.standfirst);
  section(blocksToText(doc.body));
  for (const quote of doc.quotes) section(`"${quote.text}"`, attribution(quote));
  section('ENDS');
  if (doc.notes.length > 0) section('NOTES TO EDITORS', '', blocksToText(doc.notes));
  if (doc.method.length > 0) section('METHOD', '', blocksToText(doc.method));
  section(`Source: ${doc.source}`, `Online: ${doc.pageUrl}`);
  if (doc.contacts.length > 0) section('PRESS CONTACTS', '', ...doc.contacts.map(contactLine));
  return `${lines.join('\n').trimEnd()}\n`;
}

/** One row per force with plain column names (site/figures-csv.ts); a column guide is written beside the campaign's file. */
export function figuresCsv(forces: ComputedForce[], model: CampaignModel): string {
  return csv(csvRows(forces, model));
}

/**
 * Rows → CSV text for a newsroom's spreadsheet. Cells the data controls (force and region names,
 * sources) may start with =, +, -, @, a tab or a carriage return, which Excel runs as a formula
 * (`=HYPERLINK(...)`): csv-stringify's escape_formulas puts an apostrophe before such TEXT cells.
 * Numbers are passed as numbers and left alone, so a fall of -3 stays -3 in a numeric column.
 * Every CSV the site writes goes through here.
 */
export function csv(rows: unknown[][]): string {
  const cells = rows.map((row) => row.map((v) => (v === null || v === undefined ? '' : v)));
  return stringify(cells, { escape_formulas: true, cast: { boolean: (b) => (b ? 'true' : 'false') } });
}

/** The computed model of one force (or all), with the campaign it belongs to, for checking every figure. */
export function figuresJson(payload: { forces?: ComputedForce[]; force?: ComputedForce }, model: CampaignModel): string {
  const { campaign, national, regions } = model;
  const meta = {
    campaign: {
      id: campaign.id, title: campaign.title, period: campaign.period, source: campaign.source, illustrative: campaign.illustrative === true,
      // campaign.yaml `asked: listed-forces`: only the forces listed were asked (national.name says "the 12 forces asked").
      ...(campaign.asked === 'listed-forces' ? { asked: campaign.asked } : {}),
    },
    ...(campaign.illustrative ? { notice: ILLUSTRATIVE_NOTICE } : {}),
  };
  // Regions left out (campaign.yaml leave_out_regions) are named, not totalled: the pages give no figures for them.
  const leftOut = (model.left_out_regions ?? []).map((r) => ({
    id: r.id, name: r.name, forces_in_area: r.forces_in_area,
    forces_with_figures: model.forces.filter((f) => f.region_id === r.id && f.responded).map((f) => f.id),
    reason: 'left out by the campaign: its figures cover only some of its forces',
  }));
  const body = payload.force ? { force: payload.force } : { national, regions, ...(leftOut.length > 0 ? { left_out_regions: leftOut } : {}), forces: payload.forces };
  return `${JSON.stringify({ ...meta, ...body }, null, 2)}\n`;
}
