/**
 * Published totals (`national:` and `regions:` in figures.yaml) cannot be below the sum
 * of the forces they cover: every force in figures.yaml inside the area is part of the
 * published total. Compute checks the same as a backstop; here the problem is located.
 */
import type { CampaignFigures, Figure, FigureCounts, ForceFigures, PublishedTotals, Reference } from './types.ts';
import { isResponse } from './status.ts';

export interface TotalProblem {
  /** Path in figures.yaml, e.g. ["regions", "wales", "offences"]. */
  path: (string | number)[];
  message: string;
}

const given = (n: Figure): n is number => typeof n === 'number';

function sum(values: (Figure)[]): number | null {
  const supplied = values.filter(given);
  return supplied.length === 0 ? null : supplied.reduce((a, b) => a + b, 0);
}

/** [field path inside the block, published, sum of forces] for every count the block gives. */
function pairs(block: FigureCounts, forces: ForceFigures[]): Array<[(string | number)[], Figure, number | null]> {
  const out: Array<[(string | number)[], Figure, number | null]> = [
    [['offences'], block.offences, sum(forces.map((f) => f.offences))],
    [['method_recorded'], block.method_recorded, sum(forces.map((f) => f.method_recorded))],
  ];
  for (const [id, n] of Object.entries(block.platforms ?? {})) out.push([['platforms', id], n, sum(forces.map((f) => f.platforms?.[id]))]);
  for (const [id, n] of Object.entries(block.groups ?? {})) {
    // A group total is comparable only when every force gives its de-duplicated count.
    const values = forces.map((f) => f.groups?.[id]);
    out.push([['groups', id], n, values.every(given) ? sum(values) : null]);
  }
  return out;
}

function checkBlock(block: PublishedTotals, forces: ForceFigures[], prefix: (string | number)[], label: string): TotalProblem[] {
  const problems: TotalProblem[] = [];
  for (const [field, published, summed] of pairs(block, forces)) {
    // `discrepancy: "why"` accepts the disagreement: the published figure is used and the sum kept beside it.
    if (block.discrepancy === undefined && given(published) && given(summed) && published < summed) {
      problems.push({ path: [...prefix, ...field], message: `the published total is below the sum of ${label} in figures.yaml (expected at least ${summed}, found ${published}): correct it, or say why the source's figures disagree with discrepancy: "…"` });
    }
  }
  if (given(block.forces_replied) && block.forces_replied < forces.length) {
    problems.push({ path: [...prefix, 'forces_replied'], message: `fewer forces replied than figures.yaml gives replies for (expected at least ${forces.length}, found ${block.forces_replied})` });
  }
  if (given(block.forces_asked) && given(block.forces_replied) && block.forces_asked < block.forces_replied) {
    problems.push({ path: [...prefix, 'forces_asked'], message: `more forces replied than were asked (expected at least ${block.forces_replied}, found ${block.forces_asked})` });
  }
  return problems;
}

/**
 * Every published total below the sum of its forces.
 * @example checkPublishedTotals({ forces: { gwent: { offences: 21 } }, regions: { wales: { offences: 20 } } }, reference)
 * // [{ path: ["regions", "wales", "offences"], message: "the published total is below the sum of the forces in this region ... (expected at least 21, found 20)" }]
 */
export function checkPublishedTotals(figures: CampaignFigures, reference: Reference): TotalProblem[] {
  const regionOf = new Map(reference.forces.map((f) => [f.id, f.region]));
  const responding = Object.entries(figures.forces).filter(([id, f]) => regionOf.has(id) && isResponse(f));
  const problems = figures.national ? checkBlock(figures.national, responding.map(([, f]) => f), ['national'], 'all the forces') : [];
  for (const [regionId, block] of Object.entries(figures.regions ?? {})) {
    const members = responding.filter(([id]) => regionOf.get(id) === regionId).map(([, f]) => f);
    problems.push(...checkBlock(block, members, ['regions', regionId], 'the forces in this region'));
  }
  return problems;
}
