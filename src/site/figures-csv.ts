/**
 * figures.csv as a reporter opens it in a spreadsheet: one row per force, plain column names,
 * percentages as numbers of per cent (47.8, under a "(%)" heading), every figure a page shows
 * (reply, counts, platform and group shares, population, rate, ranks, share of the national
 * total, previous period, change, history), and a column guide written beside it from the same
 * list, so the two cannot drift.
 */
import type { CampaignModel, ComputedForce, Rank } from '../compute/types.ts';
import { place, resolveStyle, ucfirst } from '../phrase/index.ts';
import { roundShown, roundShownPercent } from '../phrase/round.ts';
import { replyLabel } from './figures.ts';
import { ILLUSTRATIVE_NOTICE } from './release-doc.ts';

interface Column {
  header: string;
  /** One line for the guide. */
  means: string;
  value: (force: ComputedForce) => string | number | null;
}

/** columns(model) → the CSV's columns, in order. */
export function csvColumns(model: CampaignModel): Column[] {
  const { campaign } = model;
  const askedOnly = campaign.asked === 'listed-forces' && !model.national.published_totals;
  const unit = ucfirst(campaign.unit.plural);
  const recorded = `${campaign.unit.plural} where the method was recorded`;
  // Rounded as the page shows them (src/phrase/round.ts): 23/80 is 28.8 here, in the table and in the copy;
  // what the page shows as "<0.1" keeps two significant figures (0.0059), never 0, and what it
  // shows as ">99.9" keeps the places it needs not to read 100 (99.99).
  const share = (s: number | null | undefined) => (typeof s === 'number' ? roundShownPercent(s * 100, 1) : null);
  const rank = (r: Rank | null) => (r ? r.position : null);
  const periods = [...new Set(model.forces.flatMap((f) => f.trend?.points.map((p) => p.period) ?? []))];
  const items = (kind: 'group' | 'platform') =>
    Object.entries(kind === 'group' ? Object.fromEntries(Object.entries(campaign.groups).map(([id, g]) => [id, g.name])) : campaign.platforms).flatMap(([id, name]): Column[] => [
      { header: name, means: `${unit} involving ${name}${kind === 'group' ? ' (any member app; where the source gives no de-duplicated figure, the sum of the members, which can count an offence twice)' : ''}`, value: (f) => f[kind][id]?.count ?? null },
      { header: `${name} (%)`, means: `${name} as a percentage of ${recorded}, one decimal place (two significant figures below 0.05; more places above 99.95, never 100 for less than all)`, value: (f) => share(f[kind][id]?.share) },
    ]);
  // previous.platforms / previous.groups, where any force gives them: nothing accepted is dropped.
  const previousItems = () =>
    [...Object.entries(campaign.groups).map(([id, g]) => [id, g.name] as const), ...Object.entries(campaign.platforms)]
      .filter(([id]) => model.forces.some((f) => (f.previous?.group[id] ?? f.previous?.platform[id])?.count != null))
      .flatMap(([id, name]): Column[] => [
        { header: `${name}, previous period`, means: `${unit} involving ${name} in the previous period, where given`, value: (f) => (f.previous?.group[id] ?? f.previous?.platform[id])?.count ?? null },
        { header: `${name} (%), previous period`, means: `${name} as a percentage of the previous period's ${recorded}`, value: (f) => share((f.previous?.group[id] ?? f.previous?.platform[id])?.share) },
      ]);
  return [
    { header: 'Force', means: 'Police force', value: (f) => f.name },
    { header: 'Force ID', means: 'Short id used in the site’s addresses', value: (f) => f.id },
    { header: 'Region', means: 'Region of England and Wales (blank for British Transport Police)', value: (f) => f.region_name },
    { header: 'Reply', means: 'How the force answered the request', value: (f) => replyLabel(f) },
    { header: unit, means: `${unit} recorded in ${campaign.period.label}`, value: (f) => f.offences },
    { header: ucfirst(recorded), means: `${unit} where the method of communication was recorded: what the platform percentages are of`, value: (f) => f.method_recorded },
    ...items('group'),
    ...items('platform'),
    { header: 'Most used platform', means: 'Platform with the most offences', value: (f) => f.top_platform?.name ?? null },
    { header: 'Youngest victim (age)', means: 'Age of the youngest victim, in years', value: (f) => f.youngest_victim_age },
    { header: 'Population (Census 2021)', means: 'Usual residents of the police force area, Census 2021 (blank for British Transport Police)', value: (f) => f.population },
    { header: 'Rate per 100,000 people', means: `${unit} per 100,000 population, one decimal place (two significant figures below 0.05, so that none reads 0)`, value: (f) => (f.rate === null ? null : roundShown(f.rate, 1)) },
    { header: 'Rank by number', means: `Rank among forces with figures by ${campaign.unit.plural}, 1 = most (tied forces share a rank)`, value: (f) => rank(f.rank.offences) },
    { header: 'Rank by rate', means: 'Rank by rate per 100,000 people, 1 = highest', value: (f) => rank(f.rank.rate) },
    { header: 'Forces ranked', means: 'How many forces the ranks are among', value: (f) => f.rank.offences?.of ?? null },
    { header: 'Joint rank', means: '"yes" when another force has the same figure', value: (f) => (f.rank.offences ? (f.rank.offences.joint ? 'yes' : 'no') : null) },
    { header: 'Rank in region', means: `Rank by ${campaign.unit.plural} among the region's forces with figures${leftOutClause(model)}`, value: (f) => rank(f.rank.offences_in_region) },
    { header: 'Share of national total (%)', means: `The force's ${campaign.unit.plural} as a percentage of the national total${askedOnly ? ` (here the total for ${model.national.name}: the request went only to the forces in this file, not to every force in England and Wales)` : ''}`, value: (f) => share(f.share_of_national) },
    { header: 'Previous period', means: `${unit} in the previous period, where given`, value: (f) => f.previous?.offences ?? null },
    { header: 'Change since previous period', means: `${unit} now minus the previous period (negative = a fall)`, value: (f) => f.change?.absolute ?? null },
    { header: 'Change since previous period (%)', means: 'The change as a percentage of the previous period (negative = a fall)', value: (f) => share(f.change?.percent) },
    ...previousItems(),
    ...periods.map((period): Column => ({ header: `${unit} ${period}`, means: `${unit} recorded in ${period} (blank = not supplied, not zero)`, value: (f) => f.trend?.points.find((p) => p.period === period)?.offences ?? null })),
    { header: 'Illustrative', means: '"yes" when the figures are made up for demonstration', value: () => (campaign.illustrative ? 'yes' : 'no') },
    { header: 'Source', means: 'Where the figures come from', value: (f) => f.source ?? campaign.source },
  ];
}

/**
 * csvColumns, made once per model. Every force page writes its own one-row figures.csv, and
 * making the columns scans every force (the history periods, the previous-period items): once
 * per page that was quadratic (4.8 s of a 23 s build at 1,000 areas).
 */
const columnsByModel = new WeakMap<CampaignModel, Column[]>();
export function columnsOf(model: CampaignModel): Column[] {
  let columns = columnsByModel.get(model);
  if (!columns) columnsByModel.set(model, (columns = csvColumns(model)));
  return columns;
}

/** The header row and one row per force. */
export function csvRows(forces: ComputedForce[], model: CampaignModel): unknown[][] {
  const columns = columnsOf(model);
  return [columns.map((c) => c.header), ...forces.map((f) => columns.map((c) => c.value(f)))];
}

/** figures-guide.txt: what each column of figures.csv means. */
export function csvGuide(model: CampaignModel): string {
  const lines = [`figures.csv: ${model.campaign.title}`, ''];
  if (model.campaign.illustrative) lines.push(ILLUSTRATIVE_NOTICE, '');
  lines.push('One row per force. Blank cells are figures that were not supplied, never zero. Percentages are numbers of per cent (47.8 means 47.8%).', '');
  for (const c of csvColumns(model)) lines.push(`${c.header}: ${c.means}`);
  return `${lines.join('\n')}\n`;
}

/** " (blank for the forces of the North West, a region this release leaves out)": campaign.yaml leave_out_regions. */
function leftOutClause(model: CampaignModel): string {
  const style = resolveStyle(model.campaign.style);
  const names = (model.left_out_regions ?? []).map((r) => place(r.name, style));
  if (names.length === 0) return '';
  return ` (blank for the forces of ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`}, ${names.length === 1 ? 'a region' : 'regions'} this release leaves out as ${names.length === 1 ? 'its' : 'their'} figures cover only some of ${names.length === 1 ? 'its' : 'their'} forces)`;
}
