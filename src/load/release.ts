/**
 * release.njk: YAML front matter (headline, standfirst as Nunjucks strings) and a
 * Markdown + Nunjucks body.
 *
 *   ---
 *   headline: "Facebook used in {{ force.group['facebook-owned'].count | num }} offences in {{ force.area }}"
 *   standfirst: "..."
 *   ---
 *   In {{ force.area }}, police recorded ...
 */
import { DataError } from '../errors.ts';
import type { ReleaseTemplate } from './types.ts';
import { describe } from './issues.ts';
import { parseYaml, readDataFile } from './yaml.ts';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** parseRelease("---\nheadline: H\nstandfirst: S\n---\nBody", "release.njk") → { headline: "H", standfirst: "S", body: "Body", bodyLine: 5 } */
export function parseRelease(source: string, file: string): ReleaseTemplate {
  const match = FRONT_MATTER.exec(source);
  if (!match) {
    throw new DataError([{ file, line: 1, column: 1, path: '', message: 'expected front matter between "---" lines with headline and standfirst', severity: 'error' }]);
  }
  const front = parseYaml(match[1] ?? '', file);
  const data = (front.data ?? {}) as Record<string, unknown>;
  const problems = (['headline', 'standfirst'] as const)
    .filter((key) => typeof data[key] !== 'string' || (data[key] as string).trim() === '')
    .map((key) => ({ file, line: front.locate([key]).line + 1, column: 1, path: key, message: `expected a text (a Nunjucks string), found ${describe(data[key])}`, severity: 'error' as const }));
  if (problems.length > 0) throw new DataError(problems);
  const bodyLine = match[0].split('\n').length;
  return { headline: data.headline as string, standfirst: data.standfirst as string, body: source.slice(match[0].length), bodyLine };
}

export function readRelease(file: string): ReleaseTemplate {
  return parseRelease(readDataFile(file, 'every campaign needs a release.njk'), file);
}
