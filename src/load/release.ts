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
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DataError } from '../errors.ts';
import type { ReleaseTemplate, TextSegment } from './types.ts';
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
  const segments = { headline: valueSegments(source, front.locate(['headline'])), standfirst: valueSegments(source, front.locate(['standfirst'])) };
  return { headline: data.headline as string, standfirst: data.standfirst as string, body: source.slice(match[0].length), bodyLine, file, segments };
}

/**
 * Where a front-matter value's text lies in the file, line by line, so an error in the
 * headline can name the line the author wrote: YAML folds a `>-` block into one line, so
 * Nunjucks' own line numbers do not say it. The front matter starts on the file's line 2.
 */
function valueSegments(source: string, at: { line: number; column: number }): TextSegment[] {
  const lines = source.split('\n');
  const fileLine = at.line + 1;
  const first = lines[fileLine - 1] ?? '';
  const keyLine = lines[fileLine - 2] ?? '';
  // A block scalar (`key: >-` or `key: |`): its lines follow the key, indented.
  if (/:\s*[>|][-+0-9]*\s*(#.*)?$/.test(keyLine) && /^\s/.test(first)) {
    const indent = /^\s*/.exec(first)![0].length;
    const out: TextSegment[] = [];
    for (let n = fileLine - 1; n < lines.length; n++) {
      const text = lines[n] ?? '';
      if (text.trim() !== '' && /^\S/.test(text)) break;
      if (text.trim() === '---') break;
      out.push({ line: n + 1, column: Math.min(indent, text.length) + 1, length: Math.max(0, text.length - indent) });
    }
    return out;
  }
  // A quoted or plain scalar on its line: the text starts after an opening quote.
  const quoted = first[at.column - 1] === '"' || first[at.column - 1] === "'";
  return [{ line: fileLine, column: at.column + (quoted ? 1 : 0), length: first.length }];
}

export function readRelease(file: string): ReleaseTemplate {
  return parseRelease(readDataFile(file, 'every campaign needs a release.njk'), file);
}

export const PAGE_KINDS = ['force', 'region', 'national'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/**
 * A campaign's release templates: release/force.njk, release/region.njk and
 * release/national.njk where the campaign splits its release by page kind, and release.njk
 * for every kind without a file of its own. readReleases("data/campaigns/x") →
 * { release, kinds: { force: … } }; release is the first kind's when there is no release.njk.
 */
export function readReleases(folder: string): { release: ReleaseTemplate; kinds: Partial<Record<PageKind, ReleaseTemplate>> } {
  const kinds: Partial<Record<PageKind, ReleaseTemplate>> = {};
  for (const kind of PAGE_KINDS) {
    const file = path.join(folder, 'release', `${kind}.njk`);
    if (existsSync(file)) kinds[kind] = readRelease(file);
  }
  const single = path.join(folder, 'release.njk');
  if (PAGE_KINDS.every((kind) => kinds[kind]) && !existsSync(single)) return { release: kinds.force!, kinds };
  return { release: parseRelease(readDataFile(single, 'every campaign needs a release.njk, or release/force.njk, release/region.njk and release/national.njk'), single), kinds };
}
