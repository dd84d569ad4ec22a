/**
 * Hand-made computed models for chart tests, typed as src/compute/types.ts. Forces and
 * populations come from data/forces.yaml; offences are the real 2017/18 figures from
 * ../shared/data/scwc-figures.yaml where published, otherwise the force "did not reply".
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import type { Campaign, Reference } from '../../src/load/types.ts';
import { competitionRanks } from '../../src/compute/rank.ts';
import type {
  AreaFigures, CampaignModel, ComputedForce, ComputedNational, ComputedRegion, Rank, ShareItem, Trend,
} from '../../src/compute/types.ts';

const reference = load(readFileSync('data/forces.yaml', 'utf8')) as Reference;

const offences2017: Record<string, number> = {
  cambridgeshire: 66, essex: 60, nottinghamshire: 86, hertfordshire: 48, lincolnshire: 84, northamptonshire: 26,
  'west-yorkshire': 147, cleveland: 95, durham: 88, northumbria: 57, 'west-mercia': 73, 'south-wales': 158,
  'north-wales': 53, gwent: 44, 'dyfed-powys': 19, 'greater-manchester': 296, merseyside: 70, cheshire: 25,
  'thames-valley': 114, dorset: 37, 'north-yorkshire': 14, humberside: 77, wiltshire: 28, 'devon-and-cornwall': 56,
  gloucestershire: 25, suffolk: 52, derbyshire: 37, kent: 122, surrey: 27, sussex: 77, hampshire: 152,
  // ties on purpose, so joint ranks are drawn
  staffordshire: 37, leicestershire: 77,
};

export function item(id: string, name: string, count: number | null, denominator: number | null, extra: Partial<ShareItem> = {}): ShareItem {
  const share = count === null || !denominator ? null : count / denominator;
  return { id, name, count, share, ...extra };
}

function byId(items: ShareItem[]): Record<string, ShareItem> {
  return Object.fromEntries(items.map((i) => [i.id, i]));
}

export function figures(over: Partial<AreaFigures> = {}): AreaFigures {
  const platforms = over.platforms ?? [];
  const groups = over.groups ?? [];
  return {
    offences: null, method_recorded: null, platforms, groups, platform: byId(platforms), group: byId(groups),
    top_platform: platforms[0] ?? null, youngest_victim_age: null, breakdowns: [], change: null, previous: null,
    trend: null, rate: null, share_of_national: null, ...over,
  };
}

/** Competition ranking, highest first: 1, 2, 2, 4. */
function ranks(values: Map<string, number>): Map<string, Rank> {
  const sorted = [...values.values()].sort((a, b) => b - a);
  const out = new Map<string, Rank>();
  for (const [id, v] of values) {
    const position = sorted.indexOf(v) + 1;
    const joint = sorted.filter((s) => s === v).length > 1;
    out.set(id, { position, of: sorted.length, joint, direction: 'highest' });
  }
  return out;
}

export function trend(points: [string, number | null][]): Trend {
  const pts = points.map(([period, offences]) => ({ period, offences }));
  const supplied = pts.filter((p) => p.offences !== null);
  const first = supplied[0] ?? null;
  const last = supplied.length > 1 ? supplied[supplied.length - 1] ?? null : null;
  return { points: pts, first, last: last ?? first, change: null, has_gaps: supplied.length < pts.length, total: null, last_periods: {} };
}

const derbyPlatforms = [
  item('facebook', 'Facebook', 3, 12), item('snapchat', 'Snapchat', 2, 12), item('instagram', 'Instagram', 1, 12),
  item('whatsapp', 'WhatsApp', null, 12, { suppressed: true }), item('kik', 'Kik', 0, 12),
];
const derbyGroups = [item('facebook-owned', 'Facebook-owned apps', 4, 12, { instances: true })];

function buildForces(): ComputedForce[] {
  const responding = reference.forces.filter((f) => offences2017[f.id] !== undefined);
  const byOffences = ranks(new Map(responding.map((f) => [f.id, offences2017[f.id] ?? 0])));
  const rateOf = (id: string): number | null => {
    const f = reference.forces.find((x) => x.id === id);
    const n = offences2017[id];
    return f?.population && n !== undefined ? (n / f.population) * 100_000 : null;
  };
  const byRate = ranks(new Map(responding.flatMap((f) => { const r = rateOf(f.id); return r === null ? [] : [[f.id, r] as const]; })));
  return reference.forces.map((f) => {
    const n = offences2017[f.id] ?? null;
    const region = reference.regions.find((r) => r.id === f.region);
    const derby = f.id === 'derbyshire';
    return {
      kind: 'force', id: f.id, name: f.name, area: f.area, code: f.code, region_id: f.region, region_name: region?.name ?? null,
      population: f.population, responded: n !== null, status: n !== null ? 'replied' : 'no-reply', note: null, source: null,
      rank: { offences: byOffences.get(f.id) ?? null, rate: byRate.get(f.id) ?? null, offences_in_region: null, rate_in_region: null, group_share: {} },
      ...figures({
        offences: n, rate: rateOf(f.id), method_recorded: derby ? 12 : null,
        platforms: derby ? derbyPlatforms : [], groups: derby ? derbyGroups : [],
        trend: derby ? trend([['2017/18', 37], ['2018/19', null], ['2019/20', 41], ['2020/21', 58], ['2021/22', 0], ['2022/23', 62]]) : null,
      }),
    } satisfies ComputedForce;
  });
}

export const forces = buildForces();
export const derbyshire = forces.find((f) => f.id === 'derbyshire') as ComputedForce;
export const noReply = forces.find((f) => f.id === 'lancashire') as ComputedForce;

/**
 * n made-up areas shaped like Derbyshire, all replying, ranked by offences as the model ranks
 * them (charts take ranks from the model). Offences default to n, n-1, ..., 1.
 * Example: `manyAreas(3)[0].offences` → 3.
 */
export function manyAreas(n: number, offences: (i: number) => number = (i) => n - i): ComputedForce[] {
  const values = Array.from({ length: n }, (_, i) => offences(i));
  const ranked = competitionRanks(values);
  return values.map((value, i) => ({
    ...derbyshire,
    id: `area-${i + 1}`,
    area: `Area ${i + 1}`,
    responded: true,
    offences: value,
    rank: { ...derbyshire.rank, offences: ranked[i] ?? null, rate: null },
  }));
}

export const national: ComputedNational = {
  kind: 'national', id: 'national', name: 'England and Wales', population: 59_597_500, forces_replied: 33, forces_asked: 44, forces_in_area: 44, covers_all_forces: true,
  published_totals: false,
  ...figures({
    offences: 1628, method_recorded: 956, rate: 2.73,
    platforms: [
      item('facebook', 'Facebook', 312, 956), item('snapchat', 'Snapchat', 176, 956), item('instagram', 'Instagram', 149, 956),
      item('whatsapp', 'WhatsApp', 31, 956), item('kik', 'Kik', null, 956),
    ],
    groups: [item('facebook-owned', 'Facebook-owned apps', 497, 956)],
    trend: trend([['2017/18', 3728], ['2018/19', 5333], ['2019/20', 5954], ['2020/21', 6319], ['2021/22', 6275], ['2022/23', 6350], ['2023/24', 7062]]),
  }),
};

export const eastMidlands: ComputedRegion = {
  kind: 'region', id: 'east-midlands', name: 'East Midlands', nation: 'England', population: 4_880_000,
  force_ids: forces.filter((f) => f.region_id === 'east-midlands').map((f) => f.id), forces_replied: 5, forces_asked: 5, forces_in_area: 5, covers_all_forces: true,
  published_totals: false, rank: { offences: null, rate: null },
  ...figures({
    offences: 310, method_recorded: 120, rate: 6.35,
    platforms: [item('facebook', 'Facebook', 40, 120), item('snapchat', 'Snapchat', 30, 120)],
    groups: [item('facebook-owned', 'Facebook-owned apps', 55, 120)],
    trend: trend([['2017/18', 310], ['2018/19', 298]]),
  }),
};

export const campaign: Campaign = {
  id: 'scwc-2018', title: 'Online grooming offences', offence: 'Sexual Communication with a Child', published: '2018-04-16',
  period: { start: '2017-04-03', end: '2018-03-31', label: '2017/18' }, source: 'NSPCC Freedom of Information requests to police forces',
  unit: { singular: 'offence', plural: 'offences' }, platforms: { facebook: 'Facebook' }, groups: {}, quotes: [], contacts: [],
  notes_to_editors: '',
};

export const model: CampaignModel = { campaign, national, regions: [eastMidlands], forces };

export const options = {
  idPrefix: 'derbyshire', source: 'Source: NSPCC FOI requests to police forces, 2017/18. Census 2021 population.',
  illustrative: false, forceHref: (id: string) => `/repo/scwc-2018/${id}/`,
};
