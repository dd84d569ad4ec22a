/**
 * `localpress build` reports every page whose release fails to render, as `check` does, not
 * only the first (issue 13): one error listing each page's file:line message, exit 1, nothing
 * written, the previous dist/ untouched.
 */
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TemplateError } from '../../src/errors.ts';
import { build } from '../../src/site/build.ts';
import { cli, NOW, tempProject, tree } from '../hostile/helpers.ts';

let cleanup = () => {};
afterEach(() => cleanup());

/** A temp project whose release fails on two pages, differently, on the two lines after `lines`. */
function failingProject() {
  const project = tempProject();
  cleanup = project.cleanup;
  const release = path.join(project.data, 'campaigns/fixture-grooming/release.njk');
  const original = readFileSync(release, 'utf8');
  const lines = original.replace(/\n?$/, '\n').split('\n').length - 1;
  appendFileSync(release, [
    "{% if area.id == 'derbyshire' %}{{ area.no_such_figure }}{% endif %}", // lines + 1
    "{% if area.id == 'gwent' %}Offences: {{ area.no_such_count | num }}{% endif %}", // lines + 2
    '',
  ].join('\n'));
  return { ...project, release, original, lines };
}

describe('build reports every failing page', () => {
  it('lists both pages with file:line, exits 1, writes nothing and leaves the previous dist untouched', async () => {
    const project = failingProject();
    const out = path.join(project.root, 'dist');
    const failing = readFileSync(project.release, 'utf8');
    // A good build first, from the release as it was.
    writeFileSync(project.release, project.original);
    expect((await cli(['build', '--data', 'data', '--out', out, '--now', NOW], project.root)).code).toBe(0);
    const before = tree(out);
    writeFileSync(project.release, failing);

    const result = await cli(['build', '--data', 'data', '--out', out, '--now', NOW], project.root);
    expect(result.code).toBe(1);
    // The CLI names the file as given (--data data).
    const file = escape(path.relative(project.root, project.release));
    const lines = result.stderr.trim().split('\n');
    expect(lines.find((l) => l.includes("force 'derbyshire'"))).toMatch(new RegExp(`^${file}:${project.lines + 1}:33 {2}body {2}campaign 'fixture-grooming', force 'derbyshire': attempted to output null or undefined value`));
    expect(lines.find((l) => l.includes("force 'gwent'"))).toMatch(new RegExp(`^${file}:${project.lines + 2}:62 {2}body {2}campaign 'fixture-grooming', force 'gwent': num: `));
    expect(result.stderr).toContain('2 pages failed to render');
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(tree(out)).toEqual(before);
    expect(readdirSync(project.root).sort()).toEqual(['data', 'dist']); // no staging folder left behind
  }, 120_000);

  it('finds failing pages in every slice, in page order, after the first failure', async () => {
    const project = failingProject();
    const out = path.join(project.root, 'dist');
    // One page per slice: derbyshire and gwent fail in different slices, after pages that render.
    const error = await build({ dataDir: project.data, outDir: out, now: new Date(NOW), sliceSize: 1, charts: false, png: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateError);
    const message = (error as TemplateError).message;
    expect(message.split('\n')).toHaveLength(3);
    const file = escape(project.release);
    expect(message).toMatch(new RegExp(`^${file}:${project.lines + 1}:33 .*force 'derbyshire'.*\\n${file}:${project.lines + 2}:62 .*force 'gwent'.*\\n2 pages failed to render$`));
    expect(readdirSync(project.root).sort()).toEqual(['data']); // nothing written
  }, 120_000);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
