/** What `localpress build` prints: its own progress on stderr, nothing of Eleventy's. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOW, cli, tempProject } from '../hostile/helpers.ts';

describe('localpress build output', () => {
  it("prints its own summary and no '[11ty]' line (Eleventy forces 'Wrote N files' past quietMode)", async () => {
    const project = tempProject();
    try {
      const result = await cli(['build', '--data', project.data, '--out', path.join(project.root, 'out'), '--now', NOW], project.root);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^localpress: wrote 1 campaign\(s\), \d+ pages and \d+ downloads to /m);
      expect(result.stderr).not.toContain('[11ty]');
    } finally {
      project.cleanup();
    }
  });
});
