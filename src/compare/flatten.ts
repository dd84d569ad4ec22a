/**
 * A computed area as flat "path → value" pairs, so two builds can be compared figure by figure.
 *   flattenFigures(derbyshire) → { "offences": 20, "rank.offences": "4 of 5", "platform.facebook.count": 3, ... }
 */
import { pct } from '../charts/format.ts';
import { roundShown } from '../phrase/round.ts';
import type { ComputedForce, ComputedNational, ComputedRegion, Rank, ShareItem } from '../compute/types.ts';

type Area = ComputedForce | ComputedRegion | ComputedNational;
export type Flat = Record<string, string | number | boolean | null>;

/** The figures a reader would check, flattened; shares rounded to 0.1 percentage points (what the copy can show). */
export function flattenFigures(area: Area): Flat {
  const out: Flat = {
    offences: area.offences,
    method_recorded: area.method_recorded,
    rate: round(area.rate, 1),
    share_of_national: percent(area.share_of_national),
    youngest_victim_age: area.youngest_victim_age,
    top_platform: area.top_platform?.id ?? null,
  };
  if (area.kind === 'force') {
    out.responded = area.responded;
    out['rank.offences'] = rankText(area.rank.offences);
    out['rank.rate'] = rankText(area.rank.rate);
    out['rank.offences_in_region'] = rankText(area.rank.offences_in_region);
  }
  const items: [string, ShareItem][] = [
    ...Object.entries(area.platform).map(([id, item]) => [`platform.${id}`, item] as [string, ShareItem]),
    ...Object.entries(area.group).map(([id, item]) => [`group.${id}`, item] as [string, ShareItem]),
  ];
  for (const [key, item] of items) {
    out[`${key}.count`] = item.count;
    out[`${key}.share`] = percent(item.share);
  }
  if (area.change) out['change.percent'] = percent(area.change.percent);
  return out;
}

function rankText(rank: Rank | null): string | null {
  return rank ? `${rank.joint ? 'joint ' : ''}${rank.position} of ${rank.of}` : null;
}

/** 0.32636 → "32.6%"; 23/80 → "28.8%", as the page shows it (src/charts/format.ts pct). */
function percent(share: number | null | undefined): string | null {
  return typeof share === 'number' ? pct(share) : null;
}

/** The page's rounding (src/phrase/round.ts): round(9.45, 1) → 9.5; round(0.0112, 1) → 0.011, not 0. */
function round(n: number | null, dp: number): number | null {
  return n === null ? null : roundShown(n, dp);
}
