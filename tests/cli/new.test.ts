import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';

const quiet = { write: () => true } as unknown as NodeJS.WritableStream;

describe('localpress new', () => {
  it('scaffolds a campaign that passes check and is marked illustrative', async () => {
    const data = mkdtempSync(path.join(tmpdir(), 'localpress-new-'));
    try {
      cpSync(path.resolve(import.meta.dirname, '../../data/forces.yaml'), path.join(data, 'forces.yaml'));
      expect(await run(['new', 'apps-2026', '--data', data], { out: quiet, err: quiet } as any)).toBe(0);
      expect(await run(['check', '--data', data], { out: quiet, err: quiet } as any)).toBe(0);
      expect(await run(['new', 'apps-2026', '--data', data], { out: quiet, err: quiet } as any)).toBe(2); // exists
      expect(await run(['new', 'Bad Id', '--data', data], { out: quiet, err: quiet } as any)).toBe(2);
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  });

  it('says what to do next, and its release still renders once a region has only a force that refused', async () => {
    const data = mkdtempSync(path.join(tmpdir(), 'localpress-new-'));
    try {
      cpSync(path.resolve(import.meta.dirname, '../../data/forces.yaml'), path.join(data, 'forces.yaml'));
      let said = '';
      expect(await run(['new', 'apps-2026', '--data', data], { out: quiet, err: { write: (c: string) => ((said += c), true) } } as any)).toBe(0);
      expect(said).toContain('docs/data.md');
      expect(said).toContain(`npx localpress check --campaign apps-2026 --data ${data}`);
      expect(said).toContain(`npx localpress serve --campaign apps-2026 --data ${data}`);
      // The press officer's first addition: a force that refused, alone in its region (East of England).
      appendFileSync(path.join(data, 'campaigns/apps-2026/figures.yaml'), '  essex:\n    status: refused\n');
      let err = '';
      expect(await run(['check', '--data', data], { out: quiet, err: { write: (c: string) => ((err += c), true) } } as any), err).toBe(0);
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  });
});
