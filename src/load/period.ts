/** A campaign's period must run forwards: a start after its end is a typing mistake, not a period. */
import type { Problem } from '../errors.ts';
import type { Campaign } from './types.ts';
import type { YamlDocument } from './yaml.ts';

/**
 * periodProblems({ period: { start: "2018-01-01", end: "2017-12-31" } }, doc) → one problem at period.end.
 * ISO dates (YYYY-MM-DD, checked by the schema) compare as text.
 */
export function periodProblems(campaign: Pick<Campaign, 'period'>, doc: YamlDocument): Problem[] {
  const { start, end } = campaign.period;
  if (start <= end) return [];
  const { line, column } = doc.locate(['period', 'end']);
  return [{ file: doc.file, line, column, path: 'period.end', message: `the period ends before it starts (expected an end on or after the start, ${start}, found ${end})`, severity: 'error' }];
}
