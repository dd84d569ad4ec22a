/**
 * Unattended embargo lift and embargo leaks (issue 16): `due` says yes while a lifted campaign is
 * not live; `check` warns when an embargoed campaign sits in a repository with a public remote.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dueCampaigns } from '../../src/cli/due.ts';
import { embargoWarnings } from '../../src/cli/public-repo.ts';
import { robotsTxt } from '../../src/site/robots.ts';
import { cli, FIXTURES } from '../load/helpers.ts';

const root = mkdtempSync(path.join(tmpdir(), 'localpress-due-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const EMBARGOED = path.join(FIXTURES, 'embargoed'); // embargo 2018-04-16T00:01:00+01:00

describe('localpress due', () => {
  it('is due once the embargo has lifted and the campaign page is not live; not before, not after', async () => {
    const before = new Date('2018-04-15T23:00:00Z');
    const after = new Date('2018-04-15T23:05:00Z');
    const missing = async () => 404;
    const live = async () => 200;
    expect(await dueCampaigns(EMBARGOED, 'https://x.example/repo', before, missing)).toEqual([]);
    expect((await dueCampaigns(EMBARGOED, 'https://x.example/repo', after, missing)).map((c) => c.id)).toEqual(['fixture-embargoed']);
    expect(await dueCampaigns(EMBARGOED, 'https://x.example/repo', after, live)).toEqual([]);
    const asked: string[] = [];
    await dueCampaigns(EMBARGOED, 'https://x.example/repo', after, async (url) => (asked.push(url), 200));
    expect(asked).toEqual(['https://x.example/repo/fixture-embargoed/']);
    // an unreachable site counts as not live: building again is harmless, missing a lift is not
    expect(await dueCampaigns(EMBARGOED, 'https://x.example/', after, () => Promise.reject(new Error('offline')))).toHaveLength(1);
  });

  it('needs --site-url (exit 2)', async () => {
    expect((await cli(['due', '--data', EMBARGOED])).code).toBe(2);
  });
});

describe('embargo in a public repository', () => {
  it('warns for an embargoed campaign when a remote is on a public host', () => {
    const campaigns = [{ id: 'scwc', embargo: '2030-01-01T00:01:00+00:00' }, { id: 'old', embargo: '2018-01-01T00:01:00+00:00' }, { id: 'none' }];
    const now = new Date('2026-01-01T00:00:00Z');
    expect(embargoWarnings(campaigns, now, ['origin git@github.com:org/site.git'])).toEqual([expect.stringContaining("campaign 'scwc' is under embargo until 2030-01-01T00:01:00+00:00")]);
    expect(embargoWarnings(campaigns, now, ['origin /srv/git/private.git'])).toEqual([]);
    expect(embargoWarnings(campaigns, now, [])).toEqual([]);
  });

  it('check prints the warning and still passes', async () => {
    const data = path.join(root, 'repo');
    cpSync(EMBARGOED, data, { recursive: true });
    execFileSync('git', ['init', '-q', data]);
    execFileSync('git', ['-C', data, 'remote', 'add', 'origin', 'https://github.com/org/press-site.git']);
    const run = await cli(['check', '--data', data, '--now', '2018-04-01T00:00:00Z']);
    expect(run.code).toBe(0);
    expect(run.err).toContain("warning: campaign 'fixture-embargoed' is under embargo until 2018-04-16T00:01:00+01:00, and the data is in a git repository with a remote on a public host (origin https://github.com/org/press-site.git)");
  });
});

describe('robots.txt', () => {
  it('names the sitemap with its absolute URL', () => {
    expect(robotsTxt('https://org.github.io', '/repo/')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://org.github.io/repo/sitemap.xml\n');
    expect(robotsTxt(undefined)).not.toContain('Sitemap:');
  });
});
