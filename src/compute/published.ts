/**
 * Published totals (`national:` / `regions:` blocks in figures.yaml) take precedence over
 * the sums of forces, field by field: a field the block gives replaces the sum, a field it
 * leaves out keeps the sum. The share family — method_recorded, platforms and groups — is
 * taken as one unit: if the block gives any of them, all come from the block (missing ones
 * null), so a published denominator is never paired with summed numerators.
 * A published total below the sum of its forces is a data error (the sum counts only
 * forces inside the total, so it can never exceed it).
 */
import type { FigureCounts, PublishedTotals } from '../load/types.ts';
import type { Problem } from '../errors.ts';

const given = (n: number | null | undefined): n is number => n !== null && n !== undefined;

/**
 * True when the block supplies the share family (method_recorded, platforms or groups).
 * @example publishesShares({ offences: 149 }) // false
 */
export function publishesShares(block: PublishedTotals | undefined): boolean {
  return block !== undefined && (given(block.method_recorded) || block.platforms !== undefined || block.groups !== undefined);
}

/**
 * Merge a published block over summed counts.
 * @example withPublished({ offences: 120 }, { offences: 3171 }).offences // 3171
 */
export function withPublished(summed: FigureCounts, block: PublishedTotals | undefined): FigureCounts {
  if (!block) return summed;
  const shareFamily = publishesShares(block);
  return {
    offences: given(block.offences) ? block.offences : summed.offences ?? null,
    method_recorded: shareFamily ? (block.method_recorded ?? null) : summed.method_recorded ?? null,
    platforms: shareFamily ? (block.platforms ?? {}) : summed.platforms ?? {},
    groups: shareFamily ? (block.groups ?? {}) : summed.groups ?? {},
    youngest_victim_age: given(block.youngest_victim_age)
      ? block.youngest_victim_age
      : summed.youngest_victim_age ?? null,
    breakdowns: { ...summed.breakdowns, ...block.breakdowns },
  };
}

/** (path, published, sum) triples to compare. */
function comparable(summed: FigureCounts, block: PublishedTotals, prefix: string): Array<[string, number | null | undefined, number | null | undefined]> {
  const out: Array<[string, number | null | undefined, number | null | undefined]> = [
    [`${prefix}.offences`, block.offences, summed.offences],
    [`${prefix}.method_recorded`, block.method_recorded, summed.method_recorded],
  ];
  for (const [id, v] of Object.entries(block.platforms ?? {})) out.push([`${prefix}.platforms.${id}`, v, summed.platforms?.[id]]);
  for (const [id, v] of Object.entries(block.groups ?? {})) out.push([`${prefix}.groups.${id}`, v, summed.groups?.[id]]);
  return out;
}

/**
 * Problems where a published total is below the sum of its forces.
 * @example checkPublished({ offences: 120 }, { offences: 100 }, 'national')
 * // [{ path: 'national.offences', message: 'published total 100 is below the sum of the forces (120)', ... }]
 */
export function checkPublished(
  summed: FigureCounts,
  block: PublishedTotals | undefined,
  prefix: string,
  replied?: number,
): Problem[] {
  if (!block) return [];
  const problems: Problem[] = [];
  const problem = (path: string, message: string): Problem => ({
    file: 'figures.yaml', line: 0, column: 0, path, message, severity: 'error',
  });
  for (const [path, published, sum] of comparable(summed, block, prefix)) {
    if (given(published) && given(sum) && published < sum) {
      problems.push(problem(path, `published total ${published} is below the sum of the forces (${sum})`));
    }
  }
  if (given(block.forces_replied) && replied !== undefined && block.forces_replied < replied) {
    problems.push(problem(`${prefix}.forces_replied`,
      `published forces_replied ${block.forces_replied} is below the number of forces that replied in figures.yaml (${replied})`));
  }
  if (given(block.forces_asked) && given(block.forces_replied) && block.forces_asked < block.forces_replied) {
    problems.push(problem(`${prefix}.forces_asked`,
      `forces_asked ${block.forces_asked} is below forces_replied (${block.forces_replied})`));
  }
  return problems;
}
