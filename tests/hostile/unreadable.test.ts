/**
 * Folders and files the build cannot read (EACCES). Tests run as root, where chmod 000 stops
 * nothing, so node:fs is mocked to refuse the paths listed in `refused`.
 */
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CAMPAIGN, cli, variant, type Variant } from './data-helpers.ts';

const refused = new Set<string>();

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const guard =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      if (refused.has(String(args[0]))) throw Object.assign(new Error(`EACCES: permission denied, open '${String(args[0])}'`), { code: 'EACCES', errno: -13 });
      return fn(...args);
    };
  return { ...fs, readdirSync: guard(fs.readdirSync), readFileSync: guard(fs.readFileSync) };
});

let current: Variant | undefined;
afterEach(async () => {
  refused.clear();
  await current?.cleanup();
  current = undefined;
});

const DENIED = 'cannot read this folder: permission denied (check who owns it and its permissions)';

describe('unreadable data: an error naming the path, exit 1, no stack trace', () => {
  it('the campaigns/ folder', async () => {
    current = await variant();
    refused.add(path.join(current.root, 'campaigns'));
    const result = await cli(current.root, ['check', '--data', current.root]);
    expect(result.lines).toEqual([`campaigns  (file)  ${DENIED}`]);
    expect(result.code).toBe(1);
    expect(result.err).not.toMatch(/\n\s+at /);
  });

  it('a campaign folder: the campaign is reported, not left out of the site', async () => {
    current = await variant();
    refused.add(path.join(current.root, CAMPAIGN));
    const result = await cli(current.root, ['check', '--data', current.root]);
    expect(result.lines).toEqual([`${CAMPAIGN}  (file)  ${DENIED}`]);
    expect(result.code).toBe(1);
  });

  it('a data file', async () => {
    current = await variant();
    refused.add(path.join(current.root, CAMPAIGN, 'figures.yaml'));
    const result = await cli(current.root, ['check', '--data', current.root]);
    expect(result.lines).toEqual([`${CAMPAIGN}/figures.yaml  (file)  cannot read this file: permission denied (check who owns it and its permissions)`]);
    expect(result.code).toBe(1);
  });
});
