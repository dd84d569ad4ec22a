import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

  it('the option its comments offer, leave_out_regions, checks clean when written out', async () => {
    const data = mkdtempSync(path.join(tmpdir(), 'localpress-new-'));
    try {
      cpSync(path.resolve(import.meta.dirname, '../../data/forces.yaml'), path.join(data, 'forces.yaml'));
      expect(await run(['new', 'apps-2026', '--data', data], { out: quiet, err: quiet } as any)).toBe(0);
      const file = path.join(data, 'campaigns/apps-2026/campaign.yaml');
      const offered = /^# .*: (leave_out_regions: partly-covered)$/m.exec(readFileSync(file, 'utf8'))?.[1];
      expect(offered).toBe('leave_out_regions: partly-covered');
      appendFileSync(file, `${offered}\n`);
      expect(await run(['check', '--data', data], { out: quiet, err: quiet } as any)).toBe(0);
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  });
});
