import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/main.ts';

const quiet = { write: () => true } as unknown as NodeJS.WritableStream;

describe('localpress new', () => {
  afterEach(() => vi.useRealTimers());

  // The scaffold's period ran from 1 April of this year to today, so from January to March it
  // ended before it started and check refused the new campaign: CI on 15 January 2027 would
  // have failed here. It now starts on the last 1 April on or before today.
  it.each(['2027-01-15', '2027-03-31', '2027-04-01', '2026-11-30', '2028-02-29'])('scaffolds a campaign that passes check on %s', async (today) => {
    vi.useFakeTimers({ now: new Date(`${today}T12:00:00Z`), toFake: ['Date'] });
    const data = mkdtempSync(path.join(tmpdir(), 'localpress-new-'));
    try {
      cpSync(path.resolve(import.meta.dirname, '../../data/forces.yaml'), path.join(data, 'forces.yaml'));
      expect(await run(['new', 'apps', '--data', data], { out: quiet, err: quiet } as any)).toBe(0);
      let err = '';
      const code = await run(['check', '--data', data], { out: quiet, err: { write: (c: string) => ((err += c), true) } } as any);
      expect(code, err).toBe(0);
      const year = Number(today.slice(0, 4)) - (today.slice(5) < '04-01' ? 1 : 0);
      expect(readFileSync(path.join(data, 'campaigns/apps/campaign.yaml'), 'utf8')).toContain(`period: { start: ${year}-04-01, end: ${today},`);
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  });

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

  it('the option its comments offer, asked: listed-forces, checks clean without the forgotten-reply warning', async () => {
    const data = mkdtempSync(path.join(tmpdir(), 'localpress-new-'));
    try {
      cpSync(path.resolve(import.meta.dirname, '../../data/forces.yaml'), path.join(data, 'forces.yaml'));
      expect(await run(['new', 'apps-2026', '--data', data], { out: quiet, err: quiet } as any)).toBe(0);
      const file = path.join(data, 'campaigns/apps-2026/campaign.yaml');
      const offered = /^# .*: (asked: listed-forces)$/m.exec(readFileSync(file, 'utf8'))?.[1];
      expect(offered).toBe('asked: listed-forces');
      const said = async () => {
        let err = '';
        expect(await run(['check', '--data', data], { out: quiet, err: { write: (c: string) => ((err += c), true) } } as any)).toBe(0);
        return err;
      };
      expect(await said()).toContain('a forgotten reply?');
      appendFileSync(file, `${offered}\n`);
      expect(await said()).not.toContain('a forgotten reply?');
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
