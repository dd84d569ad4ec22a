/**
 * UK dates: "2018-04-16" → "Monday 16 April 2018". With a time, the clock time is the one
 * written in the string, in its own offset ("2018-04-16T00:01:00+01:00" → "00:01 Monday
 * 16 April 2018"), so the result never depends on the machine's timezone. A Date object
 * (e.g. from a YAML timestamp) is read in UTC for the same reason.
 * Forms: 'full' (the default), 'date' ("16 April 2018"), 'month-year' ("April 2018", also
 * from "2018-04"), 'day-month' ("16 April").
 */
import { fail } from './guard.ts';
import type { Style } from './style.ts';

export type DateForm = 'full' | 'date' | 'month-year' | 'day-month';
export const DATE_FORMS: readonly DateForm[] = ['full', 'date', 'month-year', 'day-month'];
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

interface Parts {
  year: number;
  month: number;
  day: number;
  time: string | null;
}

function parse(value: unknown): Parts {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return parse(value.toISOString());
  const m = typeof value === 'string' ? ISO.exec(value.trim()) : null;
  if (!m) throw fail('ukdate', 'an ISO date like "2018-04-16" or "2018-04-16T00:01:00+01:00"', value);
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map((s) => (s === undefined ? NaN : Number(s)));
  const probe = new Date(Date.UTC(year!, month! - 1, day!));
  if (probe.getUTCMonth() !== month! - 1 || probe.getUTCDate() !== day) throw fail('ukdate', 'a real calendar date', value);
  if (hour! > 23 || minute! > 59) throw fail('ukdate', 'a real clock time', value);
  return { year: year!, month: month!, day: day!, time: m[4] === undefined ? null : `${m[4]}:${m[5]}` };
}

/** ukdate("2018-04-16", style) === "Monday 16 April 2018"; ukdate("2018-04", style, false, 'month-year') === "April 2018"; ukdate("2018-04-16T00:01:00+01:00", style, true) === "00:01 Monday 16 April 2018". */
export function ukdate(iso: string | Date, style: Style, withTime = false, form: DateForm = 'full'): string {
  if (!DATE_FORMS.includes(form)) throw fail('ukdate', `form ${DATE_FORMS.map((f) => `"${f}"`).join(', ')}`, form);
  const yearMonth = typeof iso === 'string' ? YEAR_MONTH.exec(iso.trim()) : null;
  if (yearMonth && form === 'month-year' && !withTime && Number(yearMonth[2]) >= 1 && Number(yearMonth[2]) <= 12) {
    return `${style.months[Number(yearMonth[2]) - 1]} ${yearMonth[1]}`;
  }
  const { year, month, day, time } = parse(iso);
  const weekday = style.weekdays[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  const monthName = style.months[month - 1];
  const date = {
    full: `${weekday} ${day} ${monthName} ${year}`,
    date: `${day} ${monthName} ${year}`,
    'month-year': `${monthName} ${year}`,
    'day-month': `${day} ${monthName}`,
  }[form];
  if (!withTime) return date;
  if (time === null) throw fail('ukdate', 'a date with a time (withTime was asked for)', iso);
  return `${time} ${date}`;
}
