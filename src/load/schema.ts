/**
 * The shapes of forces.yaml, campaign.yaml and figures.yaml as zod schemas.
 * Cross-field rules (method_recorded ≤ offences, known ids…) live in consistency.ts.
 */
// ids.ts holds the id rule (also used for campaign folder names and by the CLI).
import { ID_MAX_LENGTH, ID_PATTERN } from './ids.ts';
import { z } from 'zod';
import type { Figure } from './types.ts';

const id = z.string().regex(ID_PATTERN, 'an id of lower-case letters, digits and hyphens').max(ID_MAX_LENGTH, `an id of at most ${ID_MAX_LENGTH} characters (ids become folder names)`);
const count = z.number().int().min(0);
const optionalCount = count.nullable().optional();
const age = z.number().int().min(0).max(17);
/** "2018-02-30" has the right shape but is not a day of the calendar. */
const isRealDay = (s: string): boolean => {
  const [y, m, d] = s.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};
// A value of the wrong shape is reported once, by the regex: the calendar check runs only on the right shape.
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME_SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/;
const isoDate = z
  .string()
  .regex(DATE_SHAPE, 'a date as YYYY-MM-DD')
  .refine((s) => !DATE_SHAPE.test(s) || isRealDay(s), 'a real calendar date as YYYY-MM-DD');
const isoDateTime = z
  .string()
  .regex(DATE_TIME_SHAPE, 'a date and time with offset, e.g. 2018-04-16T00:01:00+01:00')
  .refine((s) => !DATE_TIME_SHAPE.test(s) || (isRealDay(s) && !Number.isNaN(Date.parse(s))), 'a real date and time with offset, e.g. 2018-04-16T00:01:00+01:00');

export const referenceSchema = z.object({
  regions: z.array(z.object({ id, name: z.string().min(1), nation: z.string().min(1) }).strict()).min(1),
  forces: z
    .array(
      z
        .object({
          id,
          name: z.string().min(1),
          area: z.string().min(1),
          code: z.string().nullable(),
          region: id.nullable(),
          population: count.nullable(),
          aliases: z.array(z.string()).optional(),
        })
        .strict(),
    )
    .min(1),
});

/**
 * A share as the source publishes it, without its count: "48%" or "32.6%" (0 to 100, at
 * most three decimal places). Read as { share: 0.48, decimals: 0 }: the fraction, and how
 * many decimal places the published per cent had (the precision it is exact to).
 */
const publishedPercent = z
  .string()
  .regex(/^\s*\d{1,3}(\.\d{1,3})?\s*%\s*$/, 'a count (a whole number) or a published percentage such as 48% or 32.6%')
  .transform((text, ctx) => {
    const digits = text.replace('%', '').trim();
    const percent = Number(digits);
    if (percent > 100) {
      ctx.addIssue({ code: 'custom', message: `a percentage from 0% to 100% (found ${text.trim()})` });
      return z.NEVER;
    }
    return { share: percent / 100, decimals: digits.includes('.') ? digits.split('.')[1]!.length : 0 };
  });
/** Where a count goes in platforms, groups and breakdowns: a count, a published percentage, or null (not supplied). */
const countOrPercent = z.union([count, publishedPercent]).nullable().optional();

/**
 * A breakdown as written: categories with counts, and `of`, what its shares are of —
 * `offences` (the default: every offence, so one category alone is never 100%) or `known`
 * (the offences where the category is known: the sum of the categories given).
 * Read into { of, categories } so a category can never be mistaken for the setting.
 */
export const BREAKDOWN_BASES = ['offences', 'known'] as const;
const breakdown = z
  .object({ of: z.enum(BREAKDOWN_BASES).optional() })
  .catchall(countOrPercent)
  .transform(({ of, ...categories }) => ({ of: of ?? 'offences', categories: categories as Record<string, Figure> }));

const counts = {
  offences: optionalCount,
  method_recorded: optionalCount,
  platforms: z.record(z.string(), countOrPercent).optional(),
  groups: z.record(z.string(), countOrPercent).optional(),
  youngest_victim_age: age.nullable().optional(),
  breakdowns: z.record(id, breakdown).optional(),
};
const countsSchema = z.object(counts).strict();
const history = z.record(z.string(), optionalCount);

export const forceFiguresSchema = z
  .object({
    ...counts,
    responded: z.boolean().optional(),
    status: z.enum(['replied', 'no-reply', 'refused', 'not-held', 'partial']).optional(),
    note: z.string().optional(),
    previous: countsSchema.optional(),
    history: history.optional(),
    source: z.string().optional(),
  })
  .strict();

const publishedTotals = z
  .object({
    ...counts,
    name: z.string().optional(),
    forces_replied: count.optional(),
    forces_asked: count.optional(),
    /** Why the published figure disagrees with the sum of its listed forces; without it a disagreement is an error. */
    discrepancy: z.string().trim().min(1).optional(),
    previous: countsSchema.optional(),
    history: history.optional(),
    source: z.string().optional(),
  })
  .strict();

export const figuresSchema = z
  .object({
    forces: z.record(z.string(), forceFiguresSchema),
    national: publishedTotals.optional(),
    // A region is named as data/forces.yaml names it: a `name:` here was accepted and never used.
    regions: z.record(z.string(), publishedTotals.omit({ name: true })).optional(),
  })
  .strict();

// ---- press-pack (issue 16): corrections and local voices in campaign.yaml ----------------------
// Kept in one block so it merges cleanly beside other edits to this file.
const quoteSchema = z.object({ text: z.string().min(1), name: z.string().min(1), role: z.string().optional() }).strict();
const contactSchema = z.object({ name: z.string().min(1), role: z.string().optional(), email: z.string().optional(), phone: z.string().optional() }).strict();
/** Quotes and contacts for one region or force: the most local list given wins, list by list. */
const localVoices = z.object({ quotes: z.array(quoteSchema).min(1).optional(), contacts: z.array(contactSchema).min(1).optional() }).strict();
const pressFields = {
  /** Dated corrections: on the pages of the forces listed, or on every page without `forces`. */
  corrections: z.array(z.object({ date: isoDate, text: z.string().min(1), forces: z.array(id).min(1).optional() }).strict()).default([]),
  /** region id → local quotes and contacts */
  regions: z.record(id, localVoices).default({}),
  /** force id → local quotes and contacts */
  forces: z.record(id, localVoices).default({}),
};
// ---- end press-pack -------------------------------------------------------------------------------

/** campaign.yaml `asked`: who the request went to. `every-force` (the default) or only the forces listed in figures.yaml. */
export const ASKED_VALUES = ['every-force', 'listed-forces'] as const;

/** The one word `leave_out_regions` takes besides a list of region ids. */
export const LEAVE_OUT_PARTLY_COVERED = 'partly-covered';

export const campaignSchema = z
  .object({
    /** Optional: the folder name is the id; when given it must match. */
    id: id.optional(),
    title: z.string().min(1),
    offence: z.string().min(1),
    published: isoDate,
    period: z.object({ start: isoDate, end: isoDate, label: z.string().min(1) }).strict(),
    embargo: isoDateTime.optional(),
    source: z.string().min(1),
    methodology: z.string().optional(),
    unit: z.object({ singular: z.string().min(1), plural: z.string().min(1) }).strict(),
    platforms: z.record(id, z.string().min(1)).default({}),
    groups: z.record(id, z.object({ name: z.string().min(1), members: z.array(id).min(1) }).strict()).default({}),
    quotes: z.array(z.object({ text: z.string().min(1), name: z.string().min(1), role: z.string().optional() }).strict()).default([]),
    contacts: z
      .array(z.object({ name: z.string().min(1), role: z.string().optional(), email: z.string().optional(), phone: z.string().optional() }).strict())
      .default([]),
    notes_to_editors: z.string().default(''),
    style: z
      .object({
        words_up_to: z.number().int().min(0).max(100).optional(),
        percent: z.enum(['per cent', '%']).optional(),
        oxford_comma: z.boolean().optional(),
        multiples: z.enum(['tripled', 'trebled']).optional(),
      })
      .strict()
      .optional(),
    illustrative: z.boolean().optional(),
    suppress_below: z.number().int().min(2).optional(),
    /** Regions left out of the release: `partly-covered` (every region whose figures stand on only some of its forces), or a list of such region ids. */
    leave_out_regions: z.union([z.enum([LEAVE_OUT_PARTLY_COVERED]), z.array(id)]).optional(),
    /** Who the request went to: `every-force` (the default) or `listed-forces` (only the forces in figures.yaml). */
    asked: z.enum(ASKED_VALUES).optional(),
    ...pressFields,
  })
  .strict();
