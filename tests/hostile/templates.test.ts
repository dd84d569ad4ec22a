/**
 * Hostile release templates (issue 15 items 1 and 3): server-side template injection payloads
 * for Nunjucks, includes outside the campaign, and renders without end. Each must fail under
 * `localpress check` with exit 1 and the template's file and line, and never run: the payloads
 * that would run code write a marker file and set a global, and the test checks both are absent.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { RENDER_LIMITS } from '../../src/site/sandbox.ts';
import { FIXTURES } from '../site/helpers.ts';
import { cpuClock } from './cpu.ts';

const root = mkdtempSync(path.join(tmpdir(), 'localpress-hostile-'));
const MARKER = path.join(root, 'pwned');
/** JavaScript a payload tries to run: leaves a file and a global behind if it ever runs. */
const STATEMENTS = `globalThis.__localpressPwned = 1; process.getBuiltinModule('fs').writeFileSync('${MARKER}', 'x')`;
const JS = `${STATEMENTS}; return 'pwned'`;
/** A quoted name that Nunjucks pastes into its generated JavaScript unescaped: `"a"); <statements>; ("`. */
const BREAKOUT = `"a\\"); ${STATEMENTS}; (\\""`;

interface CheckResult {
  code: number;
  err: string;
}

let count = 0;
/** A copy of the basic fixture whose release body (line 5 of release.njk) is `body`, with extra files in the campaign folder. */
function campaignWith(body: string, files: Record<string, string> = {}): { data: string; campaign: string } {
  const data = path.join(root, `data-${++count}`);
  cpSync(path.join(FIXTURES, 'basic'), data, { recursive: true });
  const campaign = path.join(data, 'campaigns', 'fixture-grooming');
  writeFileSync(path.join(campaign, 'release.njk'), `---\nheadline: "Headline"\nstandfirst: "Standfirst"\n---\n${body}\n`);
  for (const [name, contents] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(campaign, name)), { recursive: true });
    writeFileSync(path.join(campaign, name), contents);
  }
  return { data, campaign };
}

async function check(data: string): Promise<CheckResult> {
  let err = '';
  const sink = { write: () => true };
  const code = await run(['check', '--data', data], { out: sink, err: { write: (c: string) => ((err += c), true) } } as never);
  return { code, err };
}

/** check fails with exit 1 naming `file:line`, and nothing the payload asked for ran. */
async function expectRefused(body: string, options: { files?: Record<string, string>; file?: string; line?: number; message?: RegExp } = {}): Promise<CheckResult> {
  const { data } = campaignWith(body, options.files);
  const result = await check(data);
  expect(existsSync(MARKER), 'the payload ran').toBe(false);
  expect((globalThis as Record<string, unknown>)['__localpressPwned'], 'the payload ran').toBeUndefined();
  expect(result.err).not.toContain('pwned');
  expect(result.code, result.err).toBe(1);
  const file = (options.file ?? 'release.njk').replace(/[.]/g, '\\.');
  expect(result.err).toMatch(new RegExp(`fixture-grooming/${file}:${options.line ?? 5}:\\d+ `));
  expect(result.err).not.toMatch(/\n\s+at /); // no stack trace
  if (options.message) expect(result.err).toMatch(options.message);
  return result;
}

beforeAll(() => {
  delete (globalThis as Record<string, unknown>)['__localpressPwned'];
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a release template cannot run code (server-side template injection payloads)', () => {
  const q = JSON.stringify(JS);
  const payloads: Record<string, string> = {
    'range.constructor': `{{ range.constructor(${q})() }}`,
    'cycler.constructor.constructor': `{{ cycler.constructor.constructor(${q})() }}`,
    'cycler() instance': `{{ cycler(1, 2).next.constructor(${q})() }}`,
    'joiner.constructor': `{{ joiner.constructor(${q})() }}`,
    'joiner() result': `{% set j = joiner() %}{{ j.constructor(${q})() }}`,
    'a macro': `{% macro m() %}x{% endmacro %}{{ m.constructor(${q})() }}`,
    'a string literal': `{{ "".constructor.constructor(${q})() }}`,
    'an array literal': `{{ [].constructor.constructor(${q})() }}`,
    'a dict literal': `{{ ({}).constructor.constructor(${q})() }}`,
    'a number': `{{ (1).constructor.constructor(${q})() }}`,
    'a model value': `{{ area.constructor.constructor(${q})() }}`,
    'a model string': `{{ campaign.id.constructor.constructor(${q})() }}`,
    'a model array': `{{ forces.map.constructor(${q})() }}`,
    'a filter result': `{{ (forces | first).constructor.constructor(${q})() }}`,
    'a filter called as a value': `{{ (area | dump).constructor.constructor(${q})() }}`,
    'range.__proto__': `{{ range.__proto__.constructor(${q})() }}`,
    'prototype': `{{ range.prototype.constructor.constructor(${q})() }}`,
    '__lookupGetter__': `{{ area.__lookupGetter__("__proto__").call(range).constructor(${q})() }}`,
    '__defineGetter__': `{{ area.__defineGetter__("x", range) }}`,
    'call / apply / bind': `{{ range.call.constructor(${q})() }}{{ range.bind.constructor(${q})() }}`,
    'valueOf': `{{ area.valueOf.constructor(${q})() }}`,
    'toString': `{{ area.toString.constructor(${q})() }}`,
    'caller / arguments': `{{ range.caller }}{{ range.arguments }}`,
    'subscript with a literal': `{{ range["constructor"](${q})() }}`,
    'subscript built by concatenation': `{{ range["constr" ~ "uctor"](${q})() }}`,
    'subscript built by +': `{{ range["constr" + "uctor"](${q})() }}`,
    'subscript from a variable': `{% set c = "construc" ~ "tor" %}{{ range[c](${q})() }}`,
    'subscript from set block': `{% set c %}constructor{% endset %}{{ range[c | trim](${q})() }}`,
    'subscript marked safe': `{% set c = "construc" ~ "tor" %}{{ range[c | safe](${q})() }}`,
    'subscript that is an array': `{{ range[["constructor"]](${q})() }}`,
    'subscript that is a dict with toString': `{% macro k() %}constructor{% endmacro %}{{ range[{toString: k}](${q})() }}`,
    'subscript from a filter': `{{ range["CONSTRUCTOR" | lower](${q})() }}`,
    'subscript from model data': `{{ range[(campaign.id | replace(campaign.id, "constructor"))](${q})() }}`,
    'Object via the context': `{{ constructor.constructor(${q})() }}`,
    '__proto__ via the context': `{{ __proto__.constructor.constructor(${q})() }}`,
    'this': `{{ this.constructor.constructor(${q})() }}`,
    'ctx': `{{ ctx.constructor.constructor(${q})() }}`,
    'set a forbidden name': `{% set constructor = range %}{{ constructor }}`,
    'set __proto__': `{% set __proto__ = range %}x`,
    'inside a comparison': `{% if 1 == range.constructor(${q})() %}x{% endif %}`,
    'inside an inline if': `{{ 1 if range["constructor"](${q})() else 2 }}`,
    'dict with __proto__': `{% set d = {"__proto__": range} %}{{ d.call }}`,
    'dict with constructor': `{% set d = {constructor: 1} %}{{ d }}`,
    'groupby on constructor': `{% set g = [range] | groupby("constructor") %}{{ g | dump }}`,
    'join on constructor': `{{ [range] | join(",", "constructor") }}`,
    'sum on constructor': `{{ [range] | sum("constructor") }}`,
    'selectattr on __proto__': `{{ [range] | selectattr("__proto__") | length }}`,
    'sort by constructor': `{{ forces | sort(false, false, "constructor") | length }}`,
    'dictsort': `{{ (area | dictsort(false, "constructor")) | length }}`,
    'attr filter': `{{ (range | attr("constructor"))(${q})() }}`,
    'safe on a function': `{{ (range | safe).constructor(${q})() }}`,
    'keyword argument': `{{ forces | join(",", attribute="constructor") }}`,
    'regular expression': `{{ r/x/.constructor }}`,
    'catastrophic regular expression': `{{ "aaaaaaaaaaaaaaaaaaaaaaa!" | replace(r/(a+)+$/, "") }}`,
    'symbol pasted into generated code': `{{ a\\ }}{{ "x" }}`,
    'call name pasted into generated code': `{{ area["\\\\"]() }}`,
    'block name pasted into generated code': `{% block "x\\"y" %}{% endblock %}`,
    'set with a quoted name (code in the name)': `{% set ${BREAKOUT} = 1 %}x`,
    'macro with a quoted name (code in the name)': `{% macro ${BREAKOUT}() %}{% endmacro %}x`,
    'import as a quoted name (code in the name)': `{% import "parts/m.njk" as ${BREAKOUT} %}x`,
    'loop variables with quoted names': `{% for ${BREAKOUT}, b in [[1, 2]] %}x{% endfor %}`,
    'mutating the model': `{{ forces.reverse() | length }}`,
    'String.repeat': `{{ "x".repeat(50000000) | length }}`,
    'Function.name': `{{ range.name }}`,
  };
  for (const [name, body] of Object.entries(payloads)) {
    it(`refuses ${name}`, async () => {
      await expectRefused(body);
    });
  }

  it('refuses a payload inside an included file, naming that file and its line', async () => {
    await expectRefused('{% include "parts/evil.njk" %}', { files: { 'parts/evil.njk': `fine\n{{ range.constructor(${q})() }}\n` }, file: 'parts/evil.njk', line: 2 });
  });

  it('refuses a payload inside an imported macro', async () => {
    await expectRefused('{% from "macros.njk" import evil %}{{ evil() }}', {
      files: { 'macros.njk': `{% macro evil() %}\n{{ cycler["constructor"]["constructor"](${q})() }}\n{% endmacro %}\n` },
      file: 'macros.njk',
      line: 2,
    });
  });
});

describe('a release template reads only files of its own campaign folder', () => {
  it('refuses an absolute path', async () => {
    await expectRefused('{% include "/etc/passwd" %}', { message: /campaign folder/ });
  });
  it('refuses a path out of the folder', async () => {
    await expectRefused('{% include "../../../package.json" %}', { message: /outside the campaign folder/ });
  });
  it('refuses a relative path out of the folder', async () => {
    await expectRefused('{% include "./../figures-of-another.njk" %}', { message: /outside the campaign folder/ });
  });
  it('refuses a path that climbs out through a folder inside', async () => {
    await expectRefused('{% include "parts/../../../forces.yaml" %}', { message: /outside the campaign folder/ });
  });
  it('refuses an import of an outside file', async () => {
    await expectRefused('{% import "../../forces.yaml" as f %}', { message: /outside the campaign folder/ });
  });
  it('refuses a from-import of an outside file', async () => {
    await expectRefused('{% from "/etc/hosts" import x %}', { message: /campaign folder/ });
  });
  it('refuses extends of an outside file', async () => {
    await expectRefused('{% extends "../../../README.md" %}', { message: /outside the campaign folder/ });
  });
  it('refuses a name computed at render time', async () => {
    await expectRefused('{% include "/e" ~ "tc/passwd" %}', { message: /campaign folder/ });
  });
  it('refuses a symlink inside the folder that leads out of it', async () => {
    const { data, campaign } = campaignWith('{% include "link.njk" %}');
    writeFileSync(path.join(root, 'secret.txt'), 'SECRET');
    symlinkSync(path.join(root, 'secret.txt'), path.join(campaign, 'link.njk'));
    const result = await check(data);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/fixture-grooming\/release\.njk:5:\d+ .*leads outside the campaign folder/);
    expect(result.err).not.toContain('SECRET');
  });
  it('refuses a missing file with its name and line', async () => {
    await expectRefused('{% include "nope.njk" %}', { message: /template not found: nope\.njk/ });
  });
  it('skips a missing file with ignore missing, but still refuses an outside one', async () => {
    const { data } = campaignWith('a{% include "nope.njk" ignore missing %}b');
    expect((await check(data)).code).toBe(0);
    await expectRefused('{% include "../../../package.json" ignore missing %}', { message: /outside the campaign folder/ });
  });
});

// The loop, range and doubling cases below hang the old code (no budget at all): run the old code without them.
describe('a render has a budget', () => {
  it('refuses range() of a hundred million numbers, at once', async () => {
    const started = performance.now();
    await expectRefused('{% for i in range(0, 100000000) %}x{% endfor %}', { message: /range\(\) would make 100,000,000 numbers/ });
    expect(performance.now() - started).toBeLessThan(5_000);
  });
  // Each of the fixture's nine pages renders until its budget: 500,000 steps, or 5 s of wall time
  // on a busy machine (at a load of 9 on 2 cores this test took 35 to 45 s, near vitest's 60 s).
  it('stops nested loops over capped ranges', { timeout: 9 * RENDER_LIMITS.milliseconds + 60_000 }, async () => {
    await expectRefused('{% for i in range(0, 100000) %}{% for j in range(0, 100000) %}{% endfor %}{% endfor %}', { message: /budget of [\d,]+ (steps|ms)/ });
  });
  it('stops a render that writes too much', async () => {
    await expectRefused('{% set s = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" %}{% for i in range(0, 30000) %}{{ s }}{% endfor %}', { message: /grew beyond [\d,]+ characters/ });
  });
  it('stops a value that doubles itself', async () => {
    await expectRefused('{% set s = "xx" %}{% for i in range(0, 40) %}{% set s = s ~ s %}{% endfor %}{{ s | length }}', { message: /grew beyond [\d,]+ characters/ });
  });
  it('stops a list that holds itself twice, doubling without copying (printing it would never end)', async () => {
    await expectRefused('{% set a = [1] %}{% for i in range(0, 40) %}{% set a = [a, a] %}{% endfor %}{{ a | dump | length }}', { message: /grew beyond [\d,]+ parts/ });
  });
  it('stops a dictionary that holds itself twice', async () => {
    await expectRefused('{% set a = {x: 1} %}{% for i in range(0, 40) %}{% set a = {p: a, q: a} %}{% endfor %}{{ a }}', { message: /grew beyond [\d,]+ parts/ });
  });
  it("stops batch's fill value repeating a value", async () => {
    await expectRefused('{% set a = [1] %}{% for i in range(0, 40) %}{% set a = [1] | batch(1000, a) %}{% endfor %}{{ a }}', { message: /grew beyond [\d,]+ parts/ });
  });
  it('reads hostile output in linear time afterwards (tags, table rows, trailing spaces)', async () => {
    // 2^15 seeds each: the readability guard and the Markdown tidy-up took about a minute on them.
    const doubled = (seed: string) => `{% set s = "${seed}" %}{% for i in range(0, 15) %}{% set s = s ~ s %}{% endfor %}{{ s }}x`;
    const cpuMs = cpuClock();
    for (const seed of ['<', '\\v\\n', ' ']) {
      const { data } = campaignWith(doubled(seed));
      const result = await check(data);
      expect(result.code, result.err).toBe(0);
    }
    expect(cpuMs()).toBeLessThan(30_000);
  });
  it('stops a macro that calls itself without end', async () => {
    await expectRefused('{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(1) }}', { message: /macros nested more than \d+ deep/ });
  });
  it('stops a template that includes itself', async () => {
    await expectRefused('{% include "loop.njk" %}', { files: { 'loop.njk': 'x{% include "loop.njk" %}' }, file: 'loop.njk', line: 1, message: /included more than \d+ deep/ });
  });
  it('refuses filters asked to loop without bound', async () => {
    await expectRefused('{{ "" | center(30000000) | length }}', { message: /center/ });
  });
  it('refuses striptags on text long enough to make its pattern slow', async () => {
    await expectRefused('{% set s = "<a" %}{% for i in range(0, 16) %}{% set s = s ~ s %}{% endfor %}{{ s | striptags | length }}', { message: /'striptags' was given 131,072 characters/ });
  });
  it('phrases a number too long for a double without looping for ever (article)', async () => {
    const { data } = campaignWith('{% set s = "8" %}{% for i in range(0, 9) %}{% set s = s ~ s %}{% endfor %}{{ s | article | length }}');
    const result = await check(data);
    expect(result.code, result.err).toBe(0);
  });
});

describe('what a release template may do still works', () => {
  it('includes, imports and extends files of its own folder, relative to the including file', async () => {
    const { data, campaign } = campaignWith(
      [
        '{% from "parts/macros.njk" import shout %}{% import "parts/macros.njk" as m %}',
        '{% include "parts/quote.njk" %} {{ shout(where) }} {{ m.shout("x") }}',
        '{% for f in forces %}{% if loop.first %}{{ f.name | upper }} {{ forces.length }} {{ loop.index }}{% endif %}{% endfor %}',
        '{% set c = cycler("a", "b") %}{{ c.next() }}{{ c.next() }} {{ "Abc".toLowerCase() }} {{ [1, 2].join("+") }} {{ (2.5).toFixed(1) }}',
        '{% macro wrap() %}[{{ caller() }}]{% endmacro %}{% call wrap() %}inside{% endcall %} {{ range(3) | join }}',
        '{% include "page.njk" %}',
      ].join('\n'),
      {
        'layout.njk': 'layout({% block main %}default{% endblock %})',
        'page.njk': '{% extends "layout.njk" %}{% block main %}extended{% endblock %}',
        'parts/quote.njk': '{% include "./inner.njk" %}',
        'parts/inner.njk': 'quoted',
        'parts/macros.njk': '{% macro shout(x) %}{{ x | upper }}!{% endmacro %}',
      },
    );
    const { snapshotCampaign } = await import('../../src/compare/snapshot.ts');
    const snapshot = snapshotCampaign(data, 'fixture-grooming');
    const national = snapshot.sentences['national']!.join(' ');
    expect(national).toMatch(/quoted [A-Z ]+! X!/);
    expect(national).toContain('ab abc 1+2 2.5');
    expect(national).toContain('[inside] 012');
    expect(national).toContain('layout(extended)');
    expect((await check(data)).code).toBe(0);
    expect(campaign).toBeTruthy();
  });

  it('reports a syntax error with the file and line, not a stack trace', async () => {
    const result = await expectRefused('{{ where( }}', { message: /unexpected token/ });
    expect(result.err).toMatch(/release\.njk:5:\d+ {2}body {2}campaign 'fixture-grooming': /);
  });
});
