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

/** Days in a campaign period, both ends included: 2017-04-03 to 2017-12-31 is 273. */
export function periodDays(period: { start: string; end: string }): number {
  return Math.round((Date.parse(`${period.end}T00:00:00Z`) - Date.parse(`${period.start}T00:00:00Z`)) / 86_400_000) + 1;
}

/** A period of 360 to 370 days counts as a year: its rates per 100,000 are annual. */
export function isAnnual(days: number): boolean {
  return days >= 360 && days <= 370;
}

/**
 * A rate over `days` as a rate per year (× 365.25 / days); the rate itself for a year's period.
 * @example ratePerYear(2.7, 273) // 3.6123...; ratePerYear(9.4, 366) // 9.4
 */
export function ratePerYear(rate: number | null, days: number): number | null {
  if (rate === null || days <= 0) return null;
  return isAnnual(days) ? rate : (rate * 365.25) / days;
}
