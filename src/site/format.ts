/**
 * Figures for tables: digits with thousands separators, never words; a dash for "not
 * supplied". The numbers are written as the charts write them (src/charts/format.ts), so a
 * table and the chart beside it cannot disagree, and rounded by the copy's rule
 * (src/phrase/round.ts), so neither disagrees with the sentence above them.
 */
import { count, pct, rate } from '../charts/format.ts';

/** NOT_SUPPLIED is what a table shows for null: not zero, not blank. */
export const NOT_SUPPLIED = '–';

const finite = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

/** digits(1628) → "1,628"; digits(null) → "–" */
export function digits(n: number | null | undefined): string {
  return finite(n) ? count(n) : NOT_SUPPLIED;
}

/** decimal(1.456) → "1.5"; for rates per 100,000. */
export function decimal(n: number | null | undefined): string {
  return finite(n) ? rate(n) : NOT_SUPPLIED;
}

/** percentCell(0.3264) → "32.6%"; tables use the compact sign whatever the house style. */
export function percentCell(share: number | null | undefined): string {
  return finite(share) ? pct(share) : NOT_SUPPLIED;
}

/**
 * A share at a given number of decimal places of the per cent: a share published as "48%"
 * keeps its precision (percentAt(0.48, 0) → "48%", not "48.0%"); one place by default.
 */
export function percentAt(share: number | null | undefined, decimals = 1): string {
  return finite(share) ? pct(share, decimals) : NOT_SUPPLIED;
}
