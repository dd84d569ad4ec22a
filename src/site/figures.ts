/**
 * Key figures, context sentences and data tables for a page: the computed model,
 * phrased in house style. Pure: model + filters in, strings out.
 */
import type { CampaignModel, ComputedForce, ComputedNational, ComputedRegion, Rank, ShareItem } from '../compute/types.ts';
import { ucfirst } from '../phrase/index.ts';
import type { Filters } from './release.ts';
import { decimal, digits, percentAt, percentCell } from './format.ts';
import { dataTable } from './table-html.ts';
import type { DataTable, KeyFigure } from './types.ts';
import { forceUrl, regionUrl } from './urls.ts';
import type { Reference } from '../load/types.ts';

type Area = ComputedForce | ComputedRegion | ComputedNational;

/** The figures a reporter looks for first, as label/value pairs. */
export function keyFigures(area: Area, model: CampaignModel, reference: Reference, f: Filters): KeyFigure[] {
  if (area.kind === 'force' && !area.responded) {
    return [{ label: 'Figures', value: replyLabel(area), note: area.note ?? `${area.name} did not provide figures.` }];
  }
  const unit = model.campaign.unit.plural;
  const out: KeyFigure[] = [];
  if (area.kind === 'force' && area.status === 'partial') out.push({ label: 'Reply', value: 'Partial figures', note: `${area.note ?? 'not every month or category was supplied'}; not ranked` });
  out.push({ label: `${ucfirst(unit)} recorded`, value: digits(area.offences) });
  if (area.method_recorded !== null) out.push({ label: 'Where the method of communication was recorded', value: digits(area.method_recorded) });
  for (const group of area.groups) if (group.count !== null || group.suppressed || group.published_share) out.push(shareFigure(group, model));
  if (area.top_platform && area.top_platform.share !== null) {
    out.push({ label: 'Most used platform', value: area.top_platform.name, note: `${percentCell(area.top_platform.share)} of ${unit} where the method was recorded` });
  }
  if (area.rate !== null) out.push(rateFigure(area, model));
  if (area.kind === 'force' && isRanked(area.rank.offences)) out.push({ label: 'Rank by number of offences', value: String(f.rank(area.rank.offences, rankNoun(model, reference))) });
  if (area.kind === 'force' && isRanked(area.rank.rate)) out.push({ label: 'Rank by rate', value: String(f.rank(area.rank.rate, rankNoun(model, reference))) });
  if (area.share_of_national !== null && area.kind !== 'national') out.push({ label: `Share of the total for ${f.place(model.national.name)}`, value: percentCell(area.share_of_national) });
  if (area.youngest_victim_age !== null) out.push({ label: 'Youngest victim', value: `${area.youngest_victim_age} years old` });
  if (area.change) out.push({ label: `Change since the previous period`, value: String(f.change(area.change.to, area.change.from)), note: `from ${digits(area.change.from)} to ${digits(area.change.to)}` });
  return out;
}

/** The rate, labelled for its period when the period is not a year (never passed off as annual). */
function rateFigure(area: Area, model: CampaignModel): KeyFigure {
  if (area.rate_is_annual !== false) return { label: 'Rate per 100,000 people', value: decimal(area.rate), note: 'Census 2021 population' };
  const months = Math.round((area.rate_period_days ?? 0) / 30.44);
  return {
    label: `Rate per 100,000 people over ${months === 1 ? 'one month' : `${months} months`}`,
    value: decimal(area.rate),
    note: `Census 2021 population; ${model.campaign.period.label}, not a full year (about ${decimal(area.rate_per_year)} a year)`,
  };
}

function shareFigure(group: ShareItem, model: CampaignModel): KeyFigure {
  const note = group.instances ? 'sum of the member platforms: an offence may be counted more than once' : undefined;
  const value = group.suppressed
    ? `fewer than ${model.campaign.suppress_below}`
    : group.published_share
      ? `${percentAt(group.share, group.share_decimals)} (as published)`
      : group.share !== null ? `${digits(group.count)} (${percentCell(group.share)})` : digits(group.count);
  return { label: group.name, value, ...(note ? { note } : {}) };
}

/** Sentences placing a force or region in its national and regional context. */
export function contextSentences(area: Area, model: CampaignModel, reference: Reference, f: Filters, repliesPublished = false): string[] {
  const national = model.national;
  const unit = model.campaign.unit;
  const out: string[] = [];
  const offences = (n: number) => `${digits(n)} ${f.plural(unit.singular, n, unit.plural)}`;
  // With a published national total, the replies are known only if the block gives them.
  const clause = national.published_totals && !repliesPublished ? '' : repliedClause(national, f);
  if (national.offences !== null) out.push(`Across ${f.place(national.name)}, police recorded ${offences(national.offences)}${clause}.`);
  if (area.kind === 'force' && area.region_id) {
    const region = model.regions.find((r) => r.id === area.region_id);
    const inRegion = forcesInRegion(reference, area.region_id);
    const replied = region?.forces_replied ?? 0;
    if (region && region.offences !== null && (region.published_totals || replied > 1)) {
      const who = region.published_totals || replied === inRegion ? 'forces' : `the ${f.num(replied)} forces with figures (of ${f.num(inRegion)})`;
      out.push(`In ${f.place(region.name)}, ${who} recorded ${offences(region.offences)}.`);
    }
    if (isRanked(area.rank.offences_in_region) && region) out.push(`By number of ${unit.plural}, ${area.area} ranked ${f.rank(area.rank.offences_in_region, `forces in ${f.place(region.name)} with figures`)}.`);
  }
  if (area.kind === 'region' && isRanked(area.rank.offences) && regionsComparable(model, reference)) {
    // With regions left out (campaign.yaml leave_out_regions), "of eight regions" would read as all of them.
    const regions = (model.left_out_regions ?? []).length > 0 ? 'regions in this release' : 'regions';
    out.push(`By number of ${unit.plural}, ${f.place(area.name)} ranked ${f.rank(area.rank.offences, regions)}.`);
  }
  return out;
}

/** " (figures from 39 of the 43 forces asked)", or " (figures from 45 forces)" when only the replies are known. */
function repliedClause(national: ComputedNational, f: Filters): string {
  if (national.forces_replied === null || national.forces_replied <= 0) return '';
  if (national.forces_asked !== null && national.forces_asked >= national.forces_replied) return ` (figures from ${f.num(national.forces_replied)} of the ${f.num(national.forces_asked)} forces asked)`;
  return ` (figures from ${f.num(national.forces_replied)} forces)`;
}

/** Regions can be ranked against each other only when every total covers its whole region. */
function regionsComparable(model: CampaignModel, reference: Reference): boolean {
  return model.regions.every((r) => r.published_totals || r.forces_replied === forcesInRegion(reference, r.id));
}

/** Forces per region in forces.yaml, counted once per reference (asked on every page). */
function forcesInRegion(reference: Reference, regionId: string): number {
  let counts = regionCounts.get(reference);
  if (!counts) {
    counts = new Map();
    for (const force of reference.forces) if (force.region !== null) counts.set(force.region, (counts.get(force.region) ?? 0) + 1);
    regionCounts.set(reference, counts);
  }
  return counts.get(regionId) ?? 0;
}
const regionCounts = new WeakMap<Reference, Map<string, number>>();

/** "forces" when the campaign covers every force; otherwise say the rank is among those with figures. */
export function rankNoun(model: CampaignModel, reference: Reference): string {
  // Asked on every force page: counted once per model, or a 10,000-area build is quadratic.
  const known = rankNouns.get(model);
  if (known?.reference === reference) return known.noun;
  const territorial = reference.forces.filter((x) => x.region !== null).length;
  const noun = model.forces.filter((x) => x.region_id !== null).length >= territorial ? 'forces' : 'forces with figures in this release';
  rankNouns.set(model, { reference, noun });
  return noun;
}
const rankNouns = new WeakMap<CampaignModel, { reference: Reference; noun: string }>();

/** Platforms and groups for this area beside the national shares. */
export function platformTable(area: Area, model: CampaignModel): DataTable | null {
  const items = [...area.groups, ...area.platforms];
  if (items.every((item) => item.count === null && !item.published_share)) return null;
  const national = model.national;
  const showNational = area.kind !== 'national';
  return dataTable({
    caption: `${ucfirst(model.campaign.unit.plural)} by platform, where the method of communication was recorded`,
    head: ['Platform', ucfirst(model.campaign.unit.plural), 'Share', ...(showNational ? [`${national.name} share`] : [])],
    numeric: [false, true, true, true],
    rows: items.map((item) => ({
      cells: [
        item.instances ? `${item.name} (instances)` : item.name,
        item.suppressed ? `fewer than ${model.campaign.suppress_below}` : item.published_share ? 'not published' : digits(item.count),
        shareCell(item),
        ...(showNational ? [shareCell(national.platform[item.id] ?? national.group[item.id])] : []),
      ],
    })),
  });
}

/** A share as a table shows it: one decimal place, or the precision it was published at. */
function shareCell(item: ShareItem | undefined): string {
  return item?.published_share ? percentAt(item.share, item.share_decimals) : percentCell(item?.share);
}

/** Every force in the campaign (or in one region), with its figures and rank. */
export function forcesTable(forces: ComputedForce[], model: CampaignModel, reference: Reference, f: Filters, caption: string): DataTable {
  return dataTable({
    caption,
    head: ['Force', 'Region', ucfirst(model.campaign.unit.plural), 'Rate per 100,000', 'Rank'],
    numeric: [false, false, true, true, false],
    rows: forces.map((force) => ({
      href: forceUrl(model.campaign.id, force.id),
      cells: [
        force.name,
        force.region_name ?? '–',
        force.responded ? digits(force.offences) : replyLabel(force),
        force.responded ? decimal(force.rate) : '–',
        force.rank.offences ? `${force.rank.offences.joint ? '=' : ''}${force.rank.offences.position}` : '–',
      ],
    })),
  });
}

/** Regions with their totals, for the national page. */
export function regionsTable(model: CampaignModel, reference: Reference, f?: Filters): DataTable {
  const leftOut = (model.left_out_regions ?? []).map((r) => r.name);
  return dataTable({
    // A region left out (campaign.yaml leave_out_regions) is named where a reader looks for it.
    caption: leftOut.length === 0 || !f ? 'Regions' : `Regions (${f.list!(leftOut.map((name) => f.place(name)))} left out: figures for only some of ${leftOut.length === 1 ? 'its' : 'their'} forces; see the notes to editors)`,
    head: ['Region', ucfirst(model.campaign.unit.plural), 'Forces with figures', 'Rate per 100,000'],
    numeric: [false, true, true, true],
    rows: model.regions.map((region) => ({
      href: regionUrl(model.campaign.id, region.id, reference),
      cells: [region.name, digits(region.offences), coverageCell(region), decimal(region.rate)],
    })),
  });
}

/**
 * How many forces a region's total stands on, out of the region's forces (forces.yaml):
 * "4 of 5" for a sum of four listed forces of five, "Published total" when a published
 * total does not say how many forces replied.
 */
export function coverageCell(region: ComputedRegion): string {
  if (region.forces_replied === null) return 'Published total';
  const of = region.published_totals ? (region.forces_asked ?? region.forces_in_area) : region.forces_in_area;
  return `${region.forces_replied} of ${of}`;
}

const REPLY_LABELS: Record<ComputedForce['status'], string> = {
  replied: 'Replied',
  partial: 'Partial reply',
  'no-reply': 'Did not provide figures',
  refused: 'Refused the request',
  'not-held': 'Said it does not hold the figures',
};

/** How a force answered the FOI request, in a reporter's words: "Refused the request". */
export function replyLabel(force: ComputedForce): string {
  return REPLY_LABELS[force.status];
}

/** A rank is worth a sentence only when more than one area was ranked. */
function isRanked(rank: Rank | null): rank is Rank {
  return rank !== null && rank.of > 1;
}
