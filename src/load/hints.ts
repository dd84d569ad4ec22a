/**
 * What to write instead, for values as people type them (found in the session-5 walkthrough):
 * a count with thousands commas, a share as a decimal where a published percentage goes, a date
 * in the UK order or in words, a date with month and day swapped, an embargo without its offset.
 * Each returns " (…)" ready to append to a message, or "".
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "1,204" → " (write it without commas: 1204)"; anything else → "". */
export function countHint(found: unknown): string {
  if (typeof found !== 'string' || !/^\s*\d{1,3}(,\d{3})+\s*$/.test(found)) return '';
  return ` (write it without commas: ${found.trim().replace(/,/g, '')})`;
}

/**
 * 0.48 where a platform, group or breakdown count goes → " (a share? write it as published,
 * with %: 48%)"; a whole number, or a field that takes no percentage, → "".
 */
export function shareHint(found: unknown, path: readonly (string | number)[]): string {
  if (typeof found !== 'number' || !Number.isFinite(found) || Number.isInteger(found) || found <= 0 || found >= 1) return '';
  if (!path.some((key) => key === 'platforms' || key === 'groups' || key === 'breakdowns')) return '';
  const percent = Number((found * 100).toFixed(3));
  return ` (a share? write it as published, with %: ${percent}%)`;
}

/** "15/09/2025", "15.9.2025", "15 September 2025", "Sept 15, 2025" or "2025-31-03" → "2025-09-15" (a real day), else undefined. */
export function isoDateFrom(text: string): string | undefined {
  const t = text.trim();
  let day: number | undefined;
  let month: number | undefined;
  let year: number | undefined;
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  m ??= /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m && year === undefined) {
    // Already year first: only a swapped month and day (2025-31-03) has something to suggest.
    [year, day, month] = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  if (!m) {
    const words = /^(?:\w+day,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(t);
    const american = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(t);
    const [d, name, y] = words ? [words[1], words[2], words[3]] : american ? [american[2], american[1], american[3]] : [];
    const index = name && name.length >= 3 ? MONTHS.findIndex((full) => full.startsWith(name.toLowerCase())) : -1;
    if (index >= 0) [day, month, year] = [Number(d), index + 1, Number(y)];
  }
  if (day === undefined || month === undefined || year === undefined) return undefined;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A date written another way → " (did you mean 2025-09-15?)"; an embargo without its time
 * zone → " (did you mean 2025-09-15T00:01:00+01:00? +01:00 is British Summer Time, +00:00
 * winter)", the offset London has that day.
 */
export function dateHint(found: unknown, withTime: boolean): string {
  if (typeof found !== 'string') return '';
  if (!withTime) {
    const iso = isoDateFrom(found);
    return iso && iso !== found.trim() ? ` (did you mean ${iso}?)` : '';
  }
  const m = /^(.+?)(?:[T\s]+|\s+at\s+)(\d{1,2})[:.](\d{2})(?::(\d{2}))?$/.exec(found.trim());
  const day = m ? (/^\d{4}-\d{2}-\d{2}$/.test(m[1]!) ? m[1]! : isoDateFrom(m[1]!)) : /^\d{4}-\d{2}-\d{2}$/.test(found.trim()) ? found.trim() : isoDateFrom(found);
  if (!day) return '';
  const [hours, minutes, seconds] = m ? [m[2]!.padStart(2, '0'), m[3]!, m[4] ?? '00'] : ['00', '01', '00'];
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return '';
  const offset = londonOffset(day);
  return ` (did you mean ${day}T${hours}:${minutes}:${seconds}${offset}? ${offset === '+01:00' ? '+01:00 is British Summer Time' : '+00:00 is London in winter'})`;
}

/** The UTC offset London has on that day (at noon): "+01:00" in summer, "+00:00" in winter. */
function londonOffset(day: string): string {
  const probe = new Date(`${day}T12:00:00Z`);
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'short' }).formatToParts(probe).find((p) => p.type === 'timeZoneName')?.value;
  return name === 'BST' ? '+01:00' : '+00:00';
}
