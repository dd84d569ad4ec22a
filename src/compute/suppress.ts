/**
 * Disclosure control. A campaign may set `suppress_below: N`: counts from 1 to N-1 are
 * withheld (count null, `suppressed: true`, shown by copy as "fewer than N"), and every
 * share, rate and rank built on a withheld count is withheld too. Zero is never withheld
 * (it identifies nobody). Without `suppress_below` (or with N <= 1) nothing is withheld.
 *
 * Totals for regions and the nation are summed from the raw counts and then suppressed
 * by the same rule; this layer does not guard against recovering a withheld force count
 * by subtraction (secondary suppression) — say so if a campaign needs it.
 */

/**
 * True when a count falls under the threshold and must be withheld.
 * @example isSuppressed(3, 5) // true; isSuppressed(0, 5) // false; isSuppressed(3, undefined) // false
 */
export function isSuppressed(count: number | null | undefined, below: number | undefined): boolean {
  if (count === null || count === undefined || below === undefined) return false;
  return count >= 1 && count < below;
}

/**
 * The count as it may be shown: null when withheld or not supplied.
 * @example shown(3, 5) // null; shown(7, 5) // 7; shown(undefined, 5) // null
 */
export function shown(count: number | null | undefined, below: number | undefined): number | null {
  if (count === null || count === undefined) return null;
  return isSuppressed(count, below) ? null : count;
}
