import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture } from './helpers.ts';

// The embargo lifts at 00:01 BST on 16 April 2018, i.e. 23:01 UTC on the 15th.
const before = new Date('2018-04-15T23:00:00Z');
const after = new Date('2018-04-15T23:01:00Z');

describe('embargo', () => {
  it('leaves a campaign out of a normal build until its embargo lifts', async () => {
    const site = await buildFixture('embargoed', { now: before });
    try {
      expect(existsSync(path.join(site.outDir, 'fixture-embargoed'))).toBe(false);
      expect(await site.read('index.html')).not.toContain('Fixture under embargo');
      expect(site.report.skipped.map((s) => s.id)).toEqual(['fixture-embargoed']);
    } finally {
      await site.cleanup();
    }
  });

  it('publishes it normally once the embargo has lifted', async () => {
    const site = await buildFixture('embargoed', { now: after });
    try {
      const html = await site.read('fixture-embargoed/derbyshire/index.html');
      expect(html).not.toContain('EMBARGOED');
      expect(html).not.toContain('noindex');
    } finally {
      await site.cleanup();
    }
  });

  it('--preview builds it with an unmissable EMBARGOED banner, the lift time, and noindex', async () => {
    const site = await buildFixture('embargoed', { now: before, preview: true });
    try {
      const html = await site.read('fixture-embargoed/derbyshire/index.html');
      expect(html).toContain('<strong>EMBARGOED</strong> until 00:01 Monday 16 April 2018');
      expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
      expect(await site.read('fixture-embargoed/derbyshire/release.txt')).toMatch(/^EMBARGOED UNTIL 00:01 Monday 16 April 2018/);
      expect(await site.read('sitemap.xml')).not.toContain('fixture-embargoed');
    } finally {
      await site.cleanup();
    }
  });
});
