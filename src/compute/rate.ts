/** Offences per 100,000 population (Census 2021 usual residents, from data/forces.yaml). */

export const RATE_BASE = 100_000;

/**
 * Rate per 100,000; null when the count or population is missing or the population is 0
 * (British Transport Police has no resident population, so no rate and no rate rank).
 * @example ratePer100k(20, 794_400) // 2.5176...
 */
export function ratePer100k(count: number | null, population: number | null): number | null {
  if (count === null || population === null || population <= 0) return null;
  // Multiply first: one rounding step, so equal rates compare equal for ranking.
  return (count * RATE_BASE) / population;
}
