/**
 * Area names with the article English gives them, ready to follow "in":
 * "North West" → "the North West", "East of England" → "the East of England",
 * "Yorkshire and The Humber" → "Yorkshire and the Humber", "Wales" → "Wales",
 * "London" → "London", "the British Transport Police network" stays.
 *
 * Compass regions ("North West", "North-West", "South East", "East Midlands", "West
 * Midlands", "East of England", "north of England") and a few named areas take "the";
 * counties, cities, nations and force areas ("West Yorkshire", "North Wales") do not.
 */
import { text } from './guard.ts';
import type { Style } from './style.ts';

const COMPASS = '(?:North|South|East|West|Central)';
/** Names that take "the", as patterns over the whole name. */
const TAKES_THE: readonly RegExp[] = [
  new RegExp(`^${COMPASS}(?:[- ]?(?:East|West))?$`, 'i'),
  new RegExp(`^${COMPASS}(?:[- ](?:East|West))? Midlands$`, 'i'),
  /^Midlands$/i,
  new RegExp(`^${COMPASS}(?:[- ](?:East|West))? of\\b`, 'i'),
  /^(?:Thames Valley|City of London|Humber|United Kingdom|UK|Home Counties)$/,
];

/** place("North West", style) === "the North West"; place("Wales", style) === "Wales". */
export function place(name: string, _style: Style): string {
  // An article written inside a name ("Yorkshire and The Humber") is lower case in running text.
  const clean = text('place', name).trim().replace(/\s+/g, ' ').replace(/(^| )The /g, '$1the ');
  if (clean.startsWith('the ')) return clean;
  return TAKES_THE.some((re) => re.test(clean)) ? `the ${clean}` : clean;
}
