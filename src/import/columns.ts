/**
 * Spreadsheet headers → figure fields: the force name, offences, method_recorded,
 * youngest_victim_age, and the campaign's platforms and groups by display name or id.
 * `--column FIELD=HEADER` overrides any guess. A header placed nowhere is reported.
 */
import { UsageError } from '../errors.ts';
import { didYouMean } from '../load/suggest.ts';
import type { Campaign } from '../load/types.ts';

/** "force", "offences", "method_recorded", "youngest_victim_age", "platforms.<id>" or "groups.<id>". */
export type Field = string;

export interface ColumnMap {
  /** Column index → field. */
  fields: Map<number, Field>;
  /** Columns with a header that was not placed, with the reason. */
  unplaced: { index: number; header: string; reason: string }[];
}

export const COUNT_FIELDS = ['offences', 'method_recorded', 'youngest_victim_age'] as const;

/** The fields a campaign's spreadsheet can fill. */
export function fieldsOf(campaign: Pick<Campaign, 'platforms' | 'groups'>): Field[] {
  return ['force', ...COUNT_FIELDS, ...Object.keys(campaign.platforms).map((id) => `platforms.${id}`), ...Object.keys(campaign.groups).map((id) => `groups.${id}`)];
}

/** headerKey("Facebook-owned apps (%)") → "facebook owned apps" */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\([^)]*\)|%|\bno\.?(?= )|\bnumber of\b|\bcount\b/g, ' ')
    .replace(/[-_/]/g, ' ')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Guesses from the words of a header, tried after exact names; first match wins. */
const PATTERNS: [RegExp, Field][] = [
  [/^(police )?(force|forces|force name|name|police force area|area|constabulary)$/, 'force'],
  [/youngest|lowest age|minimum age|age of youngest/, 'youngest_victim_age'],
  [/method|means of communication|where .*(recorded|known)|known method/, 'method_recorded'],
  [/offen[cs]es|crimes|^total|recorded|^cases/, 'offences'],
];
const NOTES = /note|comment|caveat|explanation|remark|source/;

/**
 * mapColumns(["Force", "Total offences", "Facebook", "Notes"], campaign, {}) →
 * fields 0 → force, 1 → offences, 2 → platforms.facebook; "Notes" unplaced.
 */
export function mapColumns(headers: (string | null)[], campaign: Pick<Campaign, 'platforms' | 'groups'>, overrides: Record<Field, string>): ColumnMap {
  const fields = new Map<number, Field>();
  const taken = new Set<Field>();
  const place = (index: number, field: Field) => {
    fields.set(index, field);
    taken.add(field);
  };
  const allFields = fieldsOf(campaign);
  // 1. Overrides, exactly as given (case and spacing forgiven).
  for (const [field, header] of Object.entries(overrides)) {
    const wanted = field.includes('.') || !(field in campaign.platforms) ? field : `platforms.${field}`;
    if (!allFields.includes(wanted)) throw new UsageError(`import: --column ${field}=${header}: no field '${field}' in this campaign${didYouMean(field, allFields)} (fields: ${allFields.join(', ')})`);
    const index = headers.findIndex((h) => h !== null && squash(h) === squash(header));
    if (index < 0) throw new UsageError(`import: --column ${field}=${header}: no column headed '${header}'${didYouMean(header, headers.filter((h): h is string => h !== null))}`);
    place(index, wanted);
  }
  // 2. Exact names: field ids, platform and group ids and display names.
  const exact = new Map<string, Field>();
  for (const field of COUNT_FIELDS) exact.set(headerKey(field), field);
  for (const [id, name] of Object.entries(campaign.platforms)) exact.set(headerKey(id), `platforms.${id}`).set(headerKey(name), `platforms.${id}`);
  for (const [id, group] of Object.entries(campaign.groups)) exact.set(headerKey(id), `groups.${id}`).set(headerKey(group.name), `groups.${id}`);
  headers.forEach((header, index) => {
    if (header === null || fields.has(index)) return;
    const field = exact.get(headerKey(header));
    if (field && !taken.has(field)) place(index, field);
  });
  // 3. Guesses from the words, for what is left.
  const unplaced: ColumnMap['unplaced'] = [];
  headers.forEach((header, index) => {
    if (header === null || fields.has(index)) return;
    const key = headerKey(header);
    const guess = NOTES.test(key) ? undefined : PATTERNS.find(([pattern]) => pattern.test(key))?.[1];
    if (guess && !taken.has(guess)) return place(index, guess);
    const reason = NOTES.test(key)
      ? 'a notes column: not imported'
      : guess
        ? `'${guess}' is already read from another column (pick one with --column ${guess}=HEADER)`
        : `no field of this campaign by that name (give one with --column FIELD=HEADER; fields: ${allFields.join(', ')})`;
    unplaced.push({ index, header, reason });
  });
  return { fields, unplaced };
}

function squash(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}
