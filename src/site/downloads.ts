/**
 * Files for newsrooms beside each page: release.txt (paste into a CMS or email),
 * figures.csv and figures.json. Illustrative campaigns say so inside every file.
 */
import { stringify } from 'csv-stringify/sync';
import type { CampaignModel, ComputedForce } from '../compute/types.ts';
import type { RenderedRelease } from './release.ts';
import type { CampaignSummary } from './types.ts';

export const ILLUSTRATIVE_NOTICE = 'ILLUSTRATIVE FIGURES: these numbers are made up for demonstration and are not real data.';

/** The release as plain text: headline, standfirst, body, quotes, notes to editors, contacts. */
export function releaseText(release: RenderedRelease, model: CampaignModel, summary: CampaignSummary): string {
  const { campaign } = model;
  const lines: string[] = [];
  if (summary.embargoLabel) lines.push(`EMBARGOED UNTIL ${summary.embargoLabel}`, '');
  if (campaign.illustrative) lines.push(ILLUSTRATIVE_NOTICE, '');
  lines.push(release.headline.toUpperCase(), '', release.standfirst, '', release.bodyMarkdown.trim(), '');
  for (const quote of campaign.quotes) lines.push(`"${quote.text}"`, `- ${[quote.name, quote.role].filter(Boolean).join(', ')}`, '');
  lines.push('ENDS', '', 'NOTES TO EDITORS', '', campaign.notes_to_editors.trim(), '');
  lines.push(`Source: ${campaign.source}`, '');
  if (campaign.contacts.length > 0) {
    lines.push('PRESS CONTACTS', '');
    for (const c of campaign.contacts) lines.push([c.name, c.role, c.email, c.phone].filter(Boolean).join(', '));
    lines.push('');
  }
  return lines.join('\n');
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
