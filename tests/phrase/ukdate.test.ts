import { describe, expect, it } from 'vitest';
import { defaultStyle as style, ukdate } from '../../src/phrase/index.ts';

describe('ukdate', () => {
  it.each([
    ['2018-04-16', 'Monday 16 April 2018'],
    ['2024-02-29', 'Thursday 29 February 2024'],
    ['2000-01-01', 'Saturday 1 January 2000'],
    ['2018-04-16T00:01:00+01:00', 'Monday 16 April 2018'],
  ])('%j → %j', (iso, expected) => {
    expect(ukdate(iso, style)).toBe(expected);
  });

  it.each([
    // The clock time written in the string's own offset, whatever the machine's timezone.
    ['2018-04-16T00:01:00+01:00', '00:01 Monday 16 April 2018'],
    ['2018-04-15T23:01:00Z', '23:01 Sunday 15 April 2018'],
    ['2023-11-30T09:30+00:00', '09:30 Thursday 30 November 2023'],
    ['2023-11-30T21:05:59.123-05:00', '21:05 Thursday 30 November 2023'],
  ])('with time %j → %j', (iso, expected) => {
    expect(ukdate(iso, style, true)).toBe(expected);
  });

  it.each([
    ['2018-04-16', 'date', '16 April 2018'],
    ['2018-04-16', 'month-year', 'April 2018'],
    ['2018-04', 'month-year', 'April 2018'],
    ['2018-04-16', 'day-month', '16 April'],
    ['2018-04-16', 'full', 'Monday 16 April 2018'],
  ])('%j in form %s → %j', (iso, form, expected) => {
    expect(ukdate(iso, style, false, form as 'date')).toBe(expected);
  });

  it('rejects an unknown form', () => {
    expect(() => ukdate('2018-04-16', style, false, 'year' as 'date')).toThrow(/^ukdate: expected form "full", "date", "month-year", "day-month", found "year"/);
  });

  it('reads a Date object in UTC', () => {
    expect(ukdate(new Date(Date.UTC(2018, 3, 16, 12)), style)).toBe('Monday 16 April 2018');
  });

  it.each([
    ['16/04/2018', /^ukdate: expected an ISO date like "2018-04-16"/],
    ['2018-02-30', /^ukdate: expected a real calendar date, found "2018-02-30"/],
    ['2018-04-16T25:00:00Z', /^ukdate: expected a real clock time/],
    [undefined, /^ukdate: expected an ISO date .* found undefined/],
  ])('rejects %j', (bad, message) => {
    expect(() => ukdate(bad as string, style)).toThrow(message);
  });

  it('asks for a time when withTime is set and there is none', () => {
    expect(() => ukdate('2018-04-16', style, true)).toThrow(/^ukdate: expected a date with a time/);
  });
});
