/**
 * Errors in a release name the line the author wrote (issue 13): inside front matter (where
 * YAML folds a `>-` block into one line), in includes, and in macros.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { snapshotCampaign } from '../../src/compare/snapshot.ts';
import { FIXTURES } from './helpers.ts';

let data = '';
afterEach(() => rmSync(data, { recursive: true, force: true }));

/** Renders the basic fixture with these files in its campaign folder; returns the error message. */
function failure(files: Record<string, string>): string {
  data = mkdtempSync(path.join(tmpdir(), 'localpress-lines-'));
  cpSync(path.join(FIXTURES, 'basic'), data, { recursive: true });
  const folder = path.join(data, 'campaigns/fixture-grooming');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    writeFileSync(path.join(folder, name), text);
  }
  try {
    snapshotCampaign(data, 'fixture-grooming');
  } catch (error) {
    return (error as Error).message.replace(folder + path.sep, '');
  }
  throw new Error('rendered without an error');
}

describe('template errors name the author\'s line', () => {
  it('in a folded standfirst', () => {
    const message = failure({
      'release.njk': [
        '---', // 1
        'headline: "Headline"', // 2
        'standfirst: >-', // 3
        '  {%- if area.offences -%}', // 4
        '    Police in {{ where }} recorded', // 5
        '    {{ area.no_such_field | num }} offences.', // 6
        '  {%- endif -%}', // 7
        '---', // 8
        'Body.', // 9
      ].join('\n'),
    });
    expect(message).toMatch(/^release\.njk:6:\d+ {2}standfirst {2}campaign 'fixture-grooming'/);
  });

  it('in a quoted headline, at its column', () => {
    const message = failure({ 'release.njk': '---\nstandfirst: "S"\nheadline: "In {{ where }}: {{ area.nope | num }}"\n---\nBody.\n' });
    expect(message).toMatch(/^release\.njk:3:\d+ {2}headline/);
    const column = Number(/^release\.njk:3:(\d+)/.exec(message)![1]);
    expect('headline: "In {{ where }}: {{ area.nope | num }}"'.slice(column - 1)).toMatch(/^(\{\{ )?area\.nope|^num|^\| num/);
  });

  it('in an include, naming the included file', () => {
    const message = failure({
      'release.njk': '---\nheadline: "H"\nstandfirst: "S"\n---\nBody.\n\n{% include "parts/closing.njk" %}\n',
      'parts/closing.njk': 'A line.\n\n{{ area.missing_value }}\n',
    });
    expect(message).toMatch(/parts\/closing\.njk:3:\d+ {2}body {2}campaign 'fixture-grooming', \w+ '[\w-]+': attempted to output null or undefined value/);
  });

  it('in a macro defined in the release', () => {
    const message = failure({
      'release.njk': '---\nheadline: "H"\nstandfirst: "S"\n---\n{% macro count(a) %}\n{{ a.missing | num }}\n{% endmacro %}\nBody {{ count(area) }}.\n',
    });
    expect(message).toMatch(/^release\.njk:6:\d+ {2}body/);
  });
});
