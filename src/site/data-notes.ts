/**
 * Notes to editors that the data itself calls for, added to the campaign's own notes on the
 * pages they concern (issue 12): a published total that disagrees with its forces
 * (`discrepancy:`), figures published only as percentages, and a region built from some of
 * its forces. Pure: model in, Markdown paragraphs out.
 */
import type { CampaignModel, ComputedForce, ComputedNational, ComputedRegion, Discrepancy, ShareItem } from '../compute/types.ts';
import type { CampaignFigures, Reference } from '../load/types.ts';
import { num, place, resolveStyle } from '../phrase/index.ts';
import { digits, percentAt } from './format.ts';

type Area = ComputedForce | ComputedRegion | ComputedNational;

/**
 * The data notes for one page, as Markdown paragraphs (empty when there is nothing to say).
 * @example dataNotes(walesRegion, model) // ["**Published total for Wales.** 554 offences as published; the four forces' own figures add up to 564. WalesOnline gives …"]
 */
export function dataNotes(area: Area, model: CampaignModel, reference?: Reference, published?: Pick<CampaignFigures, 'national' | 'regions'>): string[] {
  const unit = model.campaign.unit.plural;
  const notes: string[] = [];
  // A total is used on the nation's page, on every force's page (its context sentence) and on
  // region pages; a region's total on its own page, its forces' pages and the national table.
  const region = area.kind === 'region' ? area : area.kind === 'force' ? model.regions.find((r) => r.id === area.region_id) : undefined;
  if (model.national.discrepancy) notes.push(discrepancyNote(model.national.name, model.national.discrepancy, unit));
  const regions = area.kind === 'national' ? model.regions : region ? [region] : [];
  for (const r of regions) if (r.discrepancy) notes.push(discrepancyNote(r.name, r.discrepancy, unit));
  // The source of each published total this page uses (figures.yaml `national.source`, `regions.<id>.source`).
  const sources = [
    ...(model.national.published_totals && published?.national?.source ? [`for ${model.national.name}: ${published.national.source.trim()}`] : []),
    ...regions.flatMap((r) => (r.published_totals && published?.regions?.[r.id]?.source ? [`for ${r.name}: ${published.regions[r.id]!.source!.trim()}`] : [])),
  ];
  if (sources.length > 0) notes.push(`**Source of the published ${sources.length === 1 ? 'total' : 'totals'}.** ${sources.map((s) => `${s[0]!.toUpperCase()}${s.slice(1).replace(/\.$/, '')}.`).join(' ')}`);
  const shares = publishedShares(area);
  if (shares.length > 0) {
    notes.push(`**Percentages as published.** ${shares.join('; ')} ${shares.length === 1 ? 'was' : 'were'} published as ${shares.length === 1 ? 'a percentage' : 'percentages'} without ${shares.length === 1 ? 'its count' : 'their counts'}. ${shares.length === 1 ? 'It is' : 'They are'} given exactly as published and left out of totals, rankings and charts that need counts.`);
  }
  // A summed total leaves out what a force published only as a percentage: say whose.
  if (area.kind !== 'force' && !area.published_totals) {
    const members = model.forces.filter((f) => f.responded && (area.kind === 'national' || f.region_id === area.id));
    const left = members.flatMap((f) => publishedShares(f).map((s) => `${f.area} (${s})`));
    if (left.length > 0) notes.push(`**Left out of the totals.** ${left.join('; ')}: published as percentages without counts, so not in the totals for ${area.name}, whose shares for these figures are not stated.`);
  }
  const asked = askedNote(model);
  if (asked) notes.push(asked);
  if (region && !region.covers_all_forces && !region.published_totals) {
    notes.push(coverageNote(region, model, reference));
  }
  const leftOut = leftOutNote(area, model);
  if (leftOut) notes.push(leftOut);
  return notes;
}

/**
 * Regions left out by campaign.yaml `leave_out_regions`: on the national page every one, on a
 * force's page its own region, so that no reader takes a missing region for one without figures.
 * @example leftOutNote(national, model) // "**Region left out.** This release gives no figures for the North West as a region: it has figures from only 1 of the region's 5 forces (Lancashire), and a total for part of a region would read as the whole region's. …"
 */
function leftOutNote(area: Area, model: CampaignModel): string | null {
  const all = model.left_out_regions ?? [];
  const these = area.kind === 'national' ? all : area.kind === 'force' ? all.filter((r) => r.id === area.region_id) : [];
  if (these.length === 0) return null;
  const style = resolveStyle(model.campaign.style);
  const one = these.length === 1;
  const from = these.map((r) => {
    const withFigures = model.forces.filter((f) => f.region_id === r.id && f.responded).map((f) => f.area);
    const forces = one ? `the region's ${digits(r.forces_in_area)} forces` : `the ${digits(r.forces_in_area)} forces of ${place(r.name, style)}`;
    return withFigures.length === 0 ? `none of ${forces}` : `only ${digits(withFigures.length)} of ${forces} (${names(withFigures)})`;
  });
  const national = place(model.national.name, style);
  // A summed national total holds every force of the release; a published one is the source's.
  const inTotal = model.national.published_totals ? '' : `in the total for ${national} and `;
  const why = area.kind === 'national'
    ? `: the figures of ${one ? 'its' : 'their'} forces are ${inTotal}on the forces' own pages, and the regional rankings leave ${one ? 'it' : 'them'} out`
    : model.national.published_totals ? '' : `: the figures of its forces are in the total for ${national}`;
  return [
    `**${one ? 'Region' : 'Regions'} left out.** This release gives no figures for ${names(these.map((r) => place(r.name, style)))} as ${one ? 'a region' : 'regions'}: it has figures from ${names(from)}, and a total for part of a region would read as the whole region's.`,
    `This does not mean that no ${model.campaign.unit.plural} were recorded there${why}.`,
  ].join(' ');
}

const NOT_GIVEN: Record<string, string> = { 'no-reply': 'did not reply', refused: 'refused', 'not-held': 'did not hold the figures' };

/**
 * A region summed from some of its forces: which forces' figures make the total, which forces
 * are in the release but gave none (and why), and which are not in this release at all.
 * @example coverageNote(northWest, model, reference) // "**North West.** … the 1 of its 5 forces whose own figures were published (Lancashire). Cheshire did not reply. Cumbria, Greater Manchester and Merseyside are not in this release (which does not mean they did not reply)."
 */
function coverageNote(region: ComputedRegion, model: CampaignModel, reference?: Reference): string {
  const listed = model.forces.filter((f) => f.region_id === region.id);
  const replied = listed.filter((f) => f.responded).map((f) => f.area);
  // With no force's figures there is no sum: "the sum of the 0 of its 6 forces" read as a figure of nought.
  const sentences = [
    replied.length === 0
      ? `**${region.name}.** There are no regional figures: none of its forces in this release gave figures.`
      : `**${region.name}.** The regional figures in this release are the sum of the ${digits(region.forces_replied)} of its ${digits(region.forces_in_area)} forces whose own figures were published (${names(replied)}).`,
  ];
  for (const [status, phrase] of Object.entries(NOT_GIVEN)) {
    const these = listed.filter((f) => !f.responded && f.status === status).map((f) => f.area);
    if (these.length > 0) sentences.push(`${names(these)} ${phrase}.`);
  }
  const outside = reference?.forces.filter((f) => f.region === region.id && !listed.some((l) => l.id === f.id)).map((f) => f.area);
  // campaign.yaml `asked: listed-forces`: the forces not listed were never asked, which is not a missing reply.
  if (askedOnly(model)) {
    if (outside === undefined) sentences.push('The other forces of the region were not asked for figures.');
    else if (outside.length > 0) sentences.push(`${names(outside)} ${outside.length === 1 ? 'was' : 'were'} not asked for figures.`);
  } else if (outside === undefined) sentences.push('The other forces of the region are not in this release (which does not mean they did not reply).');
  else if (outside.length > 0) sentences.push(`${names(outside)} ${outside.length === 1 ? 'is' : 'are'} not in this release (which does not mean ${outside.length === 1 ? 'it' : 'they'} did not reply).`);
  return sentences.join(' ');
}

/** True when the request went only to the forces listed (campaign.yaml `asked: listed-forces`) and the national figures are their sum. */
function askedOnly(model: CampaignModel): boolean {
  return model.campaign.asked === 'listed-forces' && !model.national.published_totals;
}

/**
 * campaign.yaml `asked: listed-forces`: on every page, which forces the request went to, and
 * that the national figures are theirs, not England and Wales's.
 * @example askedNote(model) // "**Forces asked.** The request went to 12 forces, not to every force in England and Wales: Avon and Somerset Constabulary, … The figures for the 12 forces asked are the sum of the 10 that gave figures. Kent did not reply."
 */
function askedNote(model: CampaignModel): string | null {
  if (!askedOnly(model)) return null;
  const style = resolveStyle(model.campaign.style);
  // Named as forces ("Metropolitan Police Service"), not areas ("London"): the request went to a force.
  const all = model.forces.map((f) => f.name);
  const gave = model.forces.filter((f) => f.responded).length;
  const sentences = [
    `**Forces asked.** The request went to ${num(all.length, style)} ${all.length === 1 ? 'force' : 'forces'}, not to every force in England and Wales: ${names(all)}.`,
    gave === all.length
      ? `The figures for ${place(model.national.name, style)} are the sum of their figures.`
      : gave === 0
        ? `${all.length === 1 ? 'It gave no figures' : 'None of them gave figures'}, so there are no figures for ${place(model.national.name, style)}.`
        : `The figures for ${place(model.national.name, style)} are the sum of the ${num(gave, style)} that gave figures.`,
  ];
  for (const [status, phrase] of Object.entries(NOT_GIVEN)) {
    const these = model.forces.filter((f) => !f.responded && f.status === status).map((f) => f.area);
    if (these.length > 0) sentences.push(`${names(these)} ${phrase}.`);
  }
  return sentences.join(' ');
}

/** ["A", "B", "C"] → "A, B and C". */
function names(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function discrepancyNote(name: string, d: Discrepancy, unit: string): string {
  const figures = d.fields.map((f) => `${f.field === 'offences' ? unit : f.field.replace(/^\w+\./, '')}: ${digits(f.published)} as published, ${digits(f.forces_sum)} from the forces' own figures`);
  const detail = figures.length > 0 ? ` (${figures.join('; ')})` : '';
  return `**Published total for ${name}.** The published figures are used here${detail}. ${d.reason.trim()}`;
}

/** "Snapchat 48%" for every share of this area published without its count. */
function publishedShares(area: Area): string[] {
  const label = (item: ShareItem, what?: string) => `${what ? `${what} ` : ''}${item.name} ${percentAt(item.share, item.share_decimals)}`;
  const own = [...area.groups, ...area.platforms].filter((i) => i.published_share).map((i) => label(i));
  const breakdowns = area.breakdowns.flatMap((b) => b.items.filter((i) => i.published_share).map((i) => label(i, `${b.id}:`)));
  return [...own, ...breakdowns];
}
