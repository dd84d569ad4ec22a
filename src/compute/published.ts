/**
 * Published totals (`national:` / `regions:` blocks in figures.yaml) replace the sums of
 * forces entirely: a field the block gives is the published figure, and a field it leaves out
 * is *not published* — never filled with the sum of the few forces listed (a national age
 * breakdown of "15-and-under: 72, share 1" from one force is a wrong number, not a total).
 * A published total below the sum of its forces is a data error, found when the data is
 * loaded (src/load/published.ts), where the line is known.
 */
import type { Figure, FigureCounts, PublishedTotals } from '../load/types.ts';
import type { Discrepancy } from './types.ts';

const given = (n: Figure): n is number => typeof n === 'number';

/**
 * The counts of an area: the published block where there is one (fields it leaves out are
 * not published: null or empty), else the sums of its forces.
 * @example withPublished({ offences: 120, youngest_victim_age: 9 }, { offences: 3171 }) // { offences: 3171, youngest_victim_age: null, ... }
 */
export function withPublished(summed: FigureCounts, block: PublishedTotals | undefined): FigureCounts {
  if (!block) return summed;
  return {
    offences: block.offences ?? null,
    method_recorded: block.method_recorded ?? null,
    platforms: block.platforms ?? {},
    groups: block.groups ?? {},
    youngest_victim_age: block.youngest_victim_age ?? null,
    breakdowns: block.breakdowns ?? {},
  };
}

/** (path, published, sum) triples to compare. */
function comparable(summed: FigureCounts, block: PublishedTotals, prefix: string): Array<[string, Figure, Figure]> {
  const out: Array<[string, Figure, Figure]> = [
    [`${prefix}.offences`, block.offences, summed.offences],
    [`${prefix}.method_recorded`, block.method_recorded, summed.method_recorded],
  ];
  for (const [id, v] of Object.entries(block.platforms ?? {})) out.push([`${prefix}.platforms.${id}`, v, summed.platforms?.[id]]);
  for (const [id, v] of Object.entries(block.groups ?? {})) out.push([`${prefix}.groups.${id}`, v, summed.groups?.[id]]);
  return out;
}

/**
 * A published block that carries `discrepancy: "why"`: the reason, and every field where the
 * published figure is below the sum of the forces listed inside it (the forces' sum kept
 * beside the published figure, for the downloads and the notes to editors).
 * @example discrepancyOf({ offences: 564 }, { offences: 554, discrepancy: 'WalesOnline ...' })
 * // { reason: 'WalesOnline ...', fields: [{ field: 'offences', published: 554, forces_sum: 564 }] }
 */
export function discrepancyOf(summed: FigureCounts, block: PublishedTotals | undefined): Discrepancy | undefined {
  if (block?.discrepancy === undefined) return undefined;
  const fields = comparable(summed, block, '')
    .filter((t): t is [string, number, number] => given(t[1]) && given(t[2]) && t[1] < t[2])
    .map(([path, published, sum]) => ({ field: path.slice(1), published, forces_sum: sum }));
  return { reason: block.discrepancy, fields };
}
