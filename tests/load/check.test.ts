/** `localpress check`: validates without writing; exit 0 on good data, 1 on bad data, 2 on bad usage. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/load/index.ts';
import { DEMO_DATA, FIXTURES, cli, snapshotTree } from './helpers.ts';

describe('localpress check', () => {
  it('passes the demo data with no warnings', async () => {
    loadProject(DEMO_DATA); // warm the module cache: the timing below is the check itself
    const started = performance.now();
    const result = await cli(['check', '--data', DEMO_DATA]);
    const ms = performance.now() - started;
    expect(result.code).toBe(0);
    expect(result.err).toBe('localpress check: 3 campaign(s) OK, 75 releases rendered\n');
    // Speed is the bench's job (npm run bench: 'check'), not a timed test's: a busy machine fails any fixed limit.
    console.info(`localpress check on the demo data: ${ms.toFixed(0)} ms`);
  });

  it('passes tests/fixtures/basic', async () => {
    const result = await cli(['check', '--data', path.join(FIXTURES, 'basic')]);
    expect([result.code, result.err]).toEqual([0, 'localpress check: 1 campaign(s) OK, 9 releases rendered\n']);
  });

  it('checks only the campaigns asked for', async () => {
    const result = await cli(['check', '--data', DEMO_DATA, '--campaign', 'scwc-2017-nine-months']);
    expect([result.code, result.err]).toEqual([0, 'localpress check: 1 campaign(s) OK, 9 releases rendered\n']);
  });

  it('writes nothing, whether the data is good or bad', async () => {
    const data = path.join(FIXTURES, 'invalid-method-recorded');
    const before = await snapshotTree(data);
    const hadDist = existsSync('dist');
    expect((await cli(['check', '--data', data])).code).toBe(1);
    expect((await cli(['check', '--data', path.join(FIXTURES, 'basic')])).code).toBe(0);
    expect(await snapshotTree(data)).toEqual(before);
    expect(existsSync('dist')).toBe(hadDist);
  });

  it('exits 2 on a mistyped campaign id, with a suggestion', async () => {
    const data = path.join(FIXTURES, 'basic');
    const result = await cli(['check', '--data', data, '--campaign', 'fixture-groming']);
    expect(result.code).toBe(2);
    expect(result.err).toBe(`no campaign 'fixture-groming' in basic/campaigns (did you mean 'fixture-grooming'?)\n`);
  });

  it('exits 2 on an unknown option, with the usage', async () => {
    const result = await cli(['check', '--dta', 'data']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^Unknown option '--dta'/);
    expect(result.err).toContain('localpress check [--data DIR] [--campaign ID ...]');
  });

  it('exits 2 when the data folder does not exist', async () => {
    const result = await cli(['check', '--data', path.join(FIXTURES, 'no-such-folder')]);
    expect(result.code).toBe(2);
    expect(result.err).toBe(`no data folder 'no-such-folder' (give the folder holding forces.yaml and campaigns/ with --data DIR)\n`);
  });

  it('exits 1 with a clear message when the data folder has no forces.yaml', async () => {
    const result = await cli(['check', '--data', path.join(FIXTURES, 'basic', 'campaigns')]);
    expect(result.code).toBe(1);
    expect(result.lines).toEqual(['basic/campaigns/forces.yaml  (file)  cannot read this file (does it exist?)']);
  });
});
