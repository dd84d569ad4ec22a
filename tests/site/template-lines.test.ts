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
    expect(message).toMatch(/parts\/closing\.njk:3:\d+ {2}body {2}campaign 'fixture-grooming': attempted to output null or undefined value.* — on \d+ pages/);
  });

  it('in a macro defined in the release', () => {
    const message = failure({
      'release.njk': '---\nheadline: "H"\nstandfirst: "S"\n---\n{% macro count(a) %}\n{{ a.missing | num }}\n{% endmacro %}\nBody {{ count(area) }}.\n',
    });
    expect(message).toMatch(/^release\.njk:6:\d+ {2}body/);
  });

  const macros = [
    '{# Macros for the release #}', // 1
    '', // 2
    '{% macro figure(a) %}', // 3
    'Police recorded', // 4
    '  {{ a.missing_figure | num }} offences.', // 5
    '{% endmacro %}', // 6
    '{% macro missing(a) %}', // 7
    '{{ a.nothing_here }}', // 8
    '{% endmacro %}', // 9
    '{% macro outer(a) %}{{ figure(a) }}{% endmacro %}', // 10
  ].join('\n');

  it('in a macro imported from another file, naming that file and the line in it', () => {
    const message = failure({
      'release.njk': '---\nheadline: "H"\nstandfirst: "S"\n---\n{% import "parts/macros.njk" as m %}\nBody.\n\n{{ m.figure(area) }}\n',
      'parts/macros.njk': macros,
    });
    expect(message).toMatch(/^parts\/macros\.njk:5:25 {2}body {2}campaign 'fixture-grooming': num: .* — on \d+ pages/);
  });

  it('in a macro imported by name, from the standfirst, and through another macro', () => {
    const fromImport = failure({
      'release.njk': '---\nheadline: "H"\nstandfirst: "S"\n---\n{% from "parts/macros.njk" import missing %}\nBody {{ missing(area) }}.\n',
      'parts/macros.njk': macros,
    });
    expect(fromImport).toMatch(/^parts\/macros\.njk:8:1 {2}body .*attempted to output null or undefined value/);
    const standfirst = failure({
      'release.njk': '---\nheadline: "H"\nstandfirst: "{% import \'parts/macros.njk\' as m %}{{ m.missing(area) }}"\n---\nBody.\n',
      'parts/macros.njk': macros,
    });
    expect(standfirst).toMatch(/^parts\/macros\.njk:8:1 {2}standfirst /);
    const nested = failure({
      'release.njk': '---\nheadline: "H"\nstandfirst: "S"\n---\n{% import "parts/macros.njk" as m %}\n{{ m.outer(area) }}\n',
      'parts/macros.njk': macros,
    });
    expect(nested).toMatch(/^parts\/macros\.njk:5:25 {2}body /);
  });
});
