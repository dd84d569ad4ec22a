/**
 * Files for newsrooms beside each page: release.txt (paste into a CMS or email),
 * figures.csv and figures.json. Illustrative campaigns say so inside every file.
 */
import { stringify } from 'csv-stringify/sync';
import type { CampaignModel, ComputedForce } from '../compute/types.ts';
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

/** One flat row per force: the figures a reporter would check, shares as fractions 0..1. */
export function figuresCsv(forces: ComputedForce[], model: CampaignModel): string {
  const platformIds = Object.keys(model.campaign.platforms);
  const groupIds = Object.keys(model.campaign.groups);
  const header = [
    'force_id', 'force_name', 'region', 'responded', 'offences', 'method_recorded', 'rate_per_100k', 'rank_offences', 'rank_offences_joint', 'share_of_national',
    ...groupIds.flatMap((id) => [`group_${id}_count`, `group_${id}_share`]),
    ...platformIds.flatMap((id) => [`platform_${id}_count`, `platform_${id}_share`]),
    'youngest_victim_age', 'illustrative', 'source',
  ];
  const rows = forces.map((f) => [
    f.id, f.name, f.region_name ?? '', f.responded, f.offences, f.method_recorded, round(f.rate), f.rank.offences?.position ?? null, f.rank.offences?.joint ?? null, round(f.share_of_national),
    ...groupIds.flatMap((id) => [f.group[id]?.count ?? null, round(f.group[id]?.share ?? null)]),
    ...platformIds.flatMap((id) => [f.platform[id]?.count ?? null, round(f.platform[id]?.share ?? null)]),
    f.youngest_victim_age, model.campaign.illustrative === true, f.source ?? model.campaign.source,
  ]);
  return csv([header, ...rows]);
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
    campaign: { id: campaign.id, title: campaign.title, period: campaign.period, source: campaign.source, illustrative: campaign.illustrative === true },
    ...(campaign.illustrative ? { notice: ILLUSTRATIVE_NOTICE } : {}),
  };
  const body = payload.force ? { force: payload.force } : { national, regions, forces: payload.forces };
  return `${JSON.stringify({ ...meta, ...body }, null, 2)}\n`;
}

function round(n: number | null | undefined): number | null {
  return typeof n === 'number' ? Math.round(n * 1e6) / 1e6 : null;
}
