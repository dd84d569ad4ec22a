/**
 * The angles a release needs, computed for the page so the template only places them
 * (SPEC "Writing a release"): where the page is, the force's region and its forces ranked,
 * shares of the region and the nation, rates per day and per week, the peak period, the
 * previous period's label, the nation's figures beside the local ones, forces replied and
 * asked. Numbers only; the filters phrase them.
 *
 * pageAngles(model, force, reference, place) → { where: "Thames Valley", short_name: "TVP", … }
 */
import type { Change, ComputedForce, ComputedNational, ComputedRegion, CampaignModel, HistoryPoint, Rank, ShareItem } from '../compute/types.ts';
import type { Reference } from '../load/types.ts';

/** Top-level names a release template sees besides the model (`{{ where }}`, `{{ per_week }}`). */
export interface Angles {
  /**
   * The page's area as named in a sentence after "in": a force's area ("Derbyshire"), a
   * region with its article ("the North West") or, when only one of its forces is in the
   * release, that force's area ("Derbyshire"); the nation's name ("England and Wales"), or,
   * when the request went only to the forces listed (campaign.yaml `asked: listed-forces`),
   * "the 12 forces asked".
   */
  where: string;
  /**
   * `where` with the word a sentence puts before it, so copy never joins strings: "in
   * Derbyshire", "in the North West", "in England and Wales"; "on the British Transport Police
   * network" for a force with no region of its own (a railway network, not a place); "across
   * the 12 forces asked" on the national page of a campaign that asked only the forces listed.
   */
  in_where: string;
  /** A short name for headlines: the force's initialism ("TVP", "GMP") or else its name; a region's or the nation's name. */
  short_name: string;
  /** Every other name the force goes by (forces.yaml aliases: "Metropolitan Police", "Met"); empty for regions and the nation. */
  aliases: string[];
  /** A force's region, computed like the page's own figures; null on region and national pages, for a force without a region (BTP) and for a force of a region left out (`leave_out_regions`). */
  force_region: ComputedRegion | null;
  /** The region's forces that replied with a figure, most offences first: the page's region, or a force's own region. Empty on the national page and for a force of a region left out. */
  region_forces: ComputedForce[];
  /** A force's offences as a share (0..1) of its region's; null without both figures or when its region is left out. */
  share_of_region: number | null;
  /** The area's offences as a share (0..1) of the nation's (the model's share_of_national, here too). */
  share_of_national: number | null;
  /** Days in the campaign period, start and end included (2023-04-01 to 2024-03-31: 366). */
  period_days: number;
  /** Offences per day over the period (8.7 for 3,171 in a year); null without offences. */
  per_day: number | null;
  /** Offences per week over the period's whole weeks, as outlets count them (6,156 in a year of 52 weeks: 118.4); null without offences. */
  per_week: number | null;
  /** The nation's offences per day and per week, to set beside the local ones (every page: "nine a day across England and Wales"). */
  national_per_day: number | null;
  /** The nation's offences per week over the period's whole weeks. */
  national_per_week: number | null;
  /** The history period with the most offences (the latest on a tie); null without history. */
  peak: HistoryPoint | null;
  /** True when the latest period is the peak: "the highest number on record". */
  peak_is_latest: boolean;
  /** The label of the period before the campaign's (from the history: "2022/23" before "2023/24"); null when the history does not say. */
  previous_label: string | null;
  /** The nation's rate per 100,000, to set beside the local one ("9.5 against 6.7 nationally"). */
  national_rate: number | null;
  /** The nation's change against the previous period, to set beside the local change. */
  national_change: Change | null;
  /** The area's rank by offences among its peers: forces nationally, regions among regions; null for the nation. */
  rank_offences: Rank | null;
  /** Every force that replied with a figure, most offences first (the national league). */
  forces_ranked: ComputedForce[];
  /** The forces of the page's region (every force, on the national page) that did not reply, in forces.yaml order. */
  no_reply: ComputedForce[];
  /** History periods with no figure supplied, in order ("2019/20"). */
  missing_periods: string[];
  /** The area's breakdowns by id, then category: `breakdown.gender.girls.share`. */
  breakdown: Record<string, Record<string, ShareItem>>;
  /** How many forces gave figures across the nation ("39 of the 43 forces"). */
  forces_replied: number | null;
  /** How many forces were asked across the nation. */
  forces_asked: number | null;
}

type Area = ComputedForce | ComputedRegion | ComputedNational;

/** Whole days from start to end, both included: periodDays("2017-04-03", "2017-12-31") === 273. */
export function periodDays(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1;
}

/** The responding forces of a region with a figure, most offences first (forces.yaml order on a tie). */
export function regionForces(model: CampaignModel, regionId: string | null): ComputedForce[] {
  if (regionId === null) return [];
  return leagueOf(model).byRegion.get(regionId) ?? [];
}

/**
 * The forces with a figure, most offences first (forces.yaml order on a tie), and the same
 * league split by region: sorted once per model, not on every page (a 10,000-force campaign
 * sorted all its forces for each of its pages).
 */
const leagues = new WeakMap<CampaignModel, { ranked: ComputedForce[]; byRegion: Map<string, ComputedForce[]> }>();
function leagueOf(model: CampaignModel) {
  let league = leagues.get(model);
  if (!league) {
    const ranked = model.forces.filter((f) => f.responded && f.offences !== null).sort((a, b) => (b.offences ?? 0) - (a.offences ?? 0));
    const byRegion = new Map<string, ComputedForce[]>();
    for (const f of ranked) {
      if (f.region_id === null) continue;
      const list = byRegion.get(f.region_id);
      if (list) list.push(f);
      else byRegion.set(f.region_id, [f]);
    }
    leagues.set(model, (league = { ranked, byRegion }));
  }
  return league;
}

function peakOf(area: Area): { peak: HistoryPoint | null; latest: boolean } {
  const points = area.trend?.points.filter((p) => p.offences !== null) ?? [];
  let peak: HistoryPoint | null = null;
  for (const p of points) if (peak === null || (p.offences ?? 0) >= (peak.offences ?? 0)) peak = p;
  return { peak, latest: peak !== null && peak === points[points.length - 1] };
}

function previousLabel(area: Area, national: ComputedNational, label: string): string | null {
  for (const source of [area, national]) {
    const periods = source.trend?.points.map((p) => p.period) ?? [];
    const at = periods.indexOf(label);
    if (at > 0) return periods[at - 1] ?? null;
  }
  return null;
}

function whereOf(model: CampaignModel, area: Area, place: (name: string) => string): string {
  if (area.kind === 'force') return area.area;
  if (area.kind === 'national') return area.name;
  if (!area.published_totals && area.force_ids.length === 1) {
    const only = model.forces.find((f) => f.id === area.force_ids[0]);
    if (only) return only.area;
  }
  return place(area.name);
}

/** The word before `where`: "on" a railway network, "across" the forces asked ("across the 12 forces asked"), else "in". */
function inWord(model: CampaignModel, area: Area): string {
  if (area.kind === 'force' && !area.region_id) return 'on';
  if (area.kind === 'national' && model.campaign.asked === 'listed-forces' && !area.published_totals) return 'across';
  return 'in';
}

const INITIALISM = /^[A-Z]{2,6}$/;

/** forces.yaml by id, built once per reference: a scan of every force on every force page made a big build quadratic. */
const referenceForces = new WeakMap<Reference, Map<string, Reference['forces'][number]>>();
function referenceForcesOf(reference: Reference): Map<string, Reference['forces'][number]> {
  let byId = referenceForces.get(reference);
  if (!byId) referenceForces.set(reference, (byId = new Map(reference.forces.map((f) => [f.id, f]))));
  return byId;
}

/** The angles for one page: pageAngles(model, area, reference, filters.place). */
export function pageAngles(model: CampaignModel, area: Area, reference: Reference | undefined, place: (name: string) => string): Angles {
  const { national, campaign } = model;
  const ref = area.kind === 'force' && reference ? referenceForcesOf(reference).get(area.id) : undefined;
  const aliases = ref?.aliases ?? [];
  const forceRegion = area.kind === 'force' ? (model.regions.find((r) => r.id === area.region_id) ?? null) : null;
  // A force of a region left out (campaign.yaml leave_out_regions) has no region to compare with.
  const regionId = area.kind === 'region' ? area.id : (forceRegion?.id ?? null);
  const days = periodDays(campaign.period.start, campaign.period.end);
  const offences = area.offences;
  const { peak, latest } = peakOf(area);
  const regionOffences = forceRegion?.offences ?? null;
  const where = whereOf(model, area, place);
  return {
    where,
    in_where: `${inWord(model, area)} ${where}`,
    short_name: aliases.find((a) => INITIALISM.test(a)) ?? area.name,
    aliases,
    force_region: forceRegion,
    region_forces: regionForces(model, regionId),
    share_of_region: offences !== null && regionOffences ? offences / regionOffences : null,
    share_of_national: area.share_of_national,
    period_days: days,
    per_day: offences === null || days <= 0 ? null : offences / days,
    per_week: offences === null || days <= 0 ? null : offences / Math.max(1, Math.round(days / 7)),
    national_per_day: national.offences === null || days <= 0 ? null : national.offences / days,
    national_per_week: national.offences === null || days <= 0 ? null : national.offences / Math.max(1, Math.round(days / 7)),
    peak,
    peak_is_latest: latest,
    previous_label: previousLabel(area, national, campaign.period.label),
    national_rate: national.rate,
    national_change: national.change,
    rank_offences: area.kind === 'national' ? null : area.rank.offences,
    forces_ranked: leagueOf(model).ranked,
    no_reply: area.kind === 'force' ? [] : model.forces.filter((f) => !f.responded && (area.kind === 'national' || f.region_id === area.id)),
    missing_periods: area.trend?.points.filter((p) => p.offences === null).map((p) => p.period) ?? [],
    breakdown: Object.fromEntries(area.breakdowns.map((b) => [b.id, Object.fromEntries(b.items.map((i) => [i.id, i]))])),
    forces_replied: national.forces_replied,
    forces_asked: national.forces_asked,
  };
}
