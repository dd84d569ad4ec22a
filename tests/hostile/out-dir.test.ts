/**
 * `--out` never deletes what a build did not write (issue 15 item 2), and the swap survives a kill
 * and overlapping builds (item 7). Every case runs in a temp project, never against this repository.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.ts';
import { build } from '../../src/site/build.ts';
import { MARKER, MARKER_TEXT, relation } from '../../src/site/output-dir.ts';
import { leftoverOf, lockOutput, planRecovery, type LeftoverState } from '../../src/site/output-swap.ts';
import { BIN, FIXTURES, NOW, ROOT, cli, deadPid, fakeBuild, tempProject, tree } from './helpers.ts';

const quick = { now: new Date(NOW), png: false, chartWorkers: 0 } as const;

describe('--out refuses what a build did not write: exit 2, naming the folder, before any work', () => {
  const cases: [string, (root: string) => string, RegExp][] = [
    ['the data folder', () => 'data', /--out data is the data folder/],
    ['a folder inside the data', () => 'data/campaigns/out', /--out data\/campaigns\/out is inside the data folder/],
    ['the repository itself (.)', () => '.', /--out \. contains the data folder/],
    ['an unrelated folder with files', (root) => (mkdirSync(path.join(root, 'docs')), writeFileSync(path.join(root, 'docs/guide.md'), '# mine\n'), 'docs'), /--out docs holds files that no localpress build wrote \(it has no \.localpress-build file\)/],
    ['a file', (root) => (writeFileSync(path.join(root, 'notes.txt'), 'mine\n'), 'notes.txt'), /--out notes\.txt is a file, not a folder/],
    ['a folder containing the cwd', () => '..', /--out \.\. contains/],
  ];
  it.each(cases)('%s', async (_name, prepare, message) => {
    const project = tempProject({ git: true });
    try {
      const out = prepare(project.root);
      const before = tree(project.root);
      const result = await cli(['build', '--data', 'data', '--out', out, '--now', NOW], project.root);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toMatch(/Give a new or empty folder/);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(tree(project.root)).toEqual(before); // nothing deleted, no staging folder, no lock
    } finally {
      project.cleanup();
    }
  });

  it('the git repository root, when the data lives elsewhere', async () => {
    const project = tempProject({ git: true });
    const elsewhere = tempProject();
    try {
      const before = tree(project.root);
      const result = await cli(['build', '--data', elsewhere.data, '--out', '.', '--now', NOW], project.root);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`--out . is the git repository ${project.root}`);
      expect(tree(project.root)).toEqual(before);
    } finally {
      project.cleanup();
      elsewhere.cleanup();
    }
  });

  it("the site's own templates folder, and a symbolic link", async () => {
    const project = tempProject();
    try {
      await expect(build({ ...quick, dataDir: project.data, outDir: path.join(ROOT, 'templates') })).rejects.toThrow(/is the site's own templates/);
      await expect(build({ ...quick, dataDir: project.data, outDir: ROOT })).rejects.toThrow(/contains the site's own templates/);
      const { symlinkSync } = await import('node:fs');
      fakeBuild(path.join(project.root, 'real'), 'previous');
      symlinkSync(path.join(project.root, 'real'), path.join(project.root, 'link'));
      await expect(build({ ...quick, dataDir: project.data, outDir: path.join(project.root, 'link') })).rejects.toThrow(/is a symbolic link/);
      expect(readFileSync(path.join(project.root, 'real/index.html'), 'utf8')).toBe('previous');
    } finally {
      project.cleanup();
    }
  });

  it('serve --out is checked before serving or building (exit 2)', async () => {
    const project = tempProject();
    try {
      const before = tree(project.root);
      const result = await cli(['serve', '--data', 'data', '--out', 'data', '--port', '18731'], project.root);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/--out data is the data folder/);
      expect(tree(project.root)).toEqual(before);
    } finally {
      project.cleanup();
    }
  });
});

describe('--out accepts a missing folder, an empty one, or a previous build', () => {
  it('builds into each, writes the marker, and a rebuild replaces the previous build', async () => {
    const project = tempProject();
    try {
      mkdirSync(path.join(project.root, 'empty'));
      for (const out of ['missing/deeper', 'empty']) {
        const outDir = path.join(project.root, out);
        await build({ ...quick, dataDir: project.data, outDir });
        expect(readFileSync(path.join(outDir, MARKER), 'utf8')).toBe(MARKER_TEXT);
        expect(existsSync(path.join(outDir, '.nojekyll'))).toBe(true);
      }
      const outDir = path.join(project.root, 'empty');
      writeFileSync(path.join(outDir, 'stale.html'), 'from the previous build');
      await build({ ...quick, dataDir: project.data, outDir });
      expect(existsSync(path.join(outDir, 'stale.html'))).toBe(false);
      expect(existsSync(path.join(outDir, 'index.html'))).toBe(true);
      expect(existsSync(`${outDir}.lock`)).toBe(false);
    } finally {
      project.cleanup();
    }
  });
});

describe('a build from a localpress that wrote no marker yet', () => {
  it('is recognised by its files and replaced; one file more of anyone\'s and it is refused', async () => {
    const project = tempProject();
    try {
      const out = path.join(project.root, 'out');
      await build({ ...quick, dataDir: project.data, outDir: out });
      rmSync(path.join(out, MARKER)); // as an earlier version left it
      await build({ ...quick, dataDir: project.data, outDir: out });
      expect(readFileSync(path.join(out, MARKER), 'utf8')).toBe(MARKER_TEXT);
      rmSync(path.join(out, MARKER));
      writeFileSync(path.join(out, 'my-notes.md'), 'mine');
      await expect(build({ ...quick, dataDir: project.data, outDir: out })).rejects.toThrow(/holds files that no localpress build wrote/);
      expect(readFileSync(path.join(out, 'my-notes.md'), 'utf8')).toBe('mine');
    } finally {
      project.cleanup();
    }
  });
});

describe('an interrupted swap is recovered by the next build', () => {
  it('killed between the two renames (old + complete staging, no output): the next build finishes the swap, even when it fails itself', async () => {
    const project = tempProject();
    try {
      const out = path.join(project.root, 'out');
      const pid = deadPid();
      fakeBuild(`${out}.old-${pid}`, 'previous build');
      fakeBuild(`${out}.tmp-${pid}`, 'complete new build');
      await expect(build({ ...quick, dataDir: path.join(FIXTURES, 'invalid-unknown-force'), outDir: out })).rejects.toThrow(/derbyshre/);
      expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('complete new build');
      expect(readdirSync(project.root).sort()).toEqual(['data', 'out']);
    } finally {
      project.cleanup();
    }
  });

  it('the same, left by a localpress that wrote no marker yet: its complete staging is recognised by its files and put in place', async () => {
    const project = tempProject();
    try {
      const out = path.join(project.root, 'out');
      await build({ ...quick, dataDir: project.data, outDir: out });
      rmSync(path.join(out, MARKER));
      const pid = deadPid();
      renameSync(out, `${out}.tmp-${pid}`);
      fakeBuild(`${out}.old-${pid}`, 'previous build', 'none');
      const logged: string[] = [];
      await expect(build({ ...quick, dataDir: path.join(FIXTURES, 'invalid-unknown-force'), outDir: out, log: (m) => logged.push(m) })).rejects.toThrow(/derbyshre/);
      expect(existsSync(path.join(out, 'fixture-grooming/derbyshire/index.html'))).toBe(true);
      expect(logged.join('\n')).toContain(`finished the swap of a build that was stopped in the middle of it (out.tmp-${pid} → out)`);
      expect(readdirSync(project.root).sort()).toEqual(['data', 'out', `out.old-${pid}`]); // not recognisably ours: left alone
    } finally {
      project.cleanup();
    }
  });

  it('killed before the staging was complete, with the output moved aside: the previous build is put back', async () => {
    const project = tempProject();
    try {
      const out = path.join(project.root, 'out');
      const pid = deadPid();
      fakeBuild(`${out}.old-${pid}-1`, 'previous build');
      fakeBuild(`${out}.tmp-${pid}`, 'half a build', 'pending');
      await expect(build({ ...quick, dataDir: path.join(FIXTURES, 'invalid-unknown-force'), outDir: out })).rejects.toThrow(/derbyshre/);
      expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('previous build');
      expect(readdirSync(project.root).sort()).toEqual(['data', 'out']);
    } finally {
      project.cleanup();
    }
  });

  it("deletes dead builds' staging and old folders that carry the marker, and leaves look-alikes without it", async () => {
    const project = tempProject();
    try {
      const out = path.join(project.root, 'out');
      const pid = deadPid();
      fakeBuild(out, 'previous build');
      fakeBuild(`${out}.tmp-${pid}`, 'killed mid-build', 'pending');
      fakeBuild(`${out}.old-${pid}-3`, 'not yet deleted');
      const other = deadPid();
      fakeBuild(`${out}.tmp-${other}`, 'someone else\'s', 'none');
      mkdirSync(`${out}.tmp-${process.pid}-x`); // not our pattern
      const logged: string[] = [];
      await build({ ...quick, dataDir: project.data, outDir: out, log: (m) => logged.push(m) });
      const left = readdirSync(project.root).filter((n) => !n.startsWith('out.old-' + process.pid)).sort();
      expect(left).toEqual(['data', 'out', `out.tmp-${other}`, `out.tmp-${process.pid}-x`].sort());
      expect(logged.join('\n')).toMatch(/left alone .*out\.tmp-\d+: named like a stopped build's folder but without its \.localpress-build file/);
    } finally {
      project.cleanup();
    }
  });
});

describe('a build killed for real (SIGKILL) mid-build', () => {
  it('leaves the previous build in place, and the next build takes over its lock and deletes its staging', async () => {
    const project = tempProject();
    try {
      const out = path.join(project.root, 'out');
      fakeBuild(out, 'previous build');
      const child = spawn(process.execPath, [BIN, 'build', '--data', 'data', '--out', 'out', '--now', NOW], { cwd: project.root, stdio: 'ignore' });
      const staging = `${out}.tmp-${child.pid}`;
      for (let i = 0; i < 600 && !(existsSync(`${out}.lock`) && existsSync(staging)); i++) await new Promise((r) => setTimeout(r, 50));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      expect(existsSync(staging)).toBe(true);
      expect(readFileSync(`${out}.lock`, 'utf8')).toBe(`${child.pid}\n`);
      expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('previous build');
      await build({ ...quick, dataDir: project.data, outDir: out });
      expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('<html');
      for (let i = 0; i < 100 && readdirSync(project.root).length > 2; i++) await new Promise((r) => setTimeout(r, 100));
      expect(readdirSync(project.root).sort()).toEqual(['data', 'out']);
    } finally {
      project.cleanup();
    }
  });
});

describe('one build at a time per output', () => {
  it('two overlapping builds into the same folder both succeed, one after the other, and leave no leftovers', async () => {
    const project = tempProject();
    try {
      const out = path.join(project.root, 'out');
      fakeBuild(out, 'previous build');
      await Promise.all([build({ ...quick, dataDir: project.data, outDir: out }), build({ ...quick, dataDir: project.data, outDir: out })]);
      expect(readFileSync(path.join(out, MARKER), 'utf8')).toBe(MARKER_TEXT);
      for (let i = 0; i < 100 && readdirSync(project.root).length > 2; i++) await new Promise((r) => setTimeout(r, 100)); // old copies go in the background
      expect(readdirSync(project.root).sort()).toEqual(['data', 'out']);
    } finally {
      project.cleanup();
    }
  });

  it('a lock held by a live process: waits, then refuses with exit 2 naming the process and the lock file', async () => {
    const project = tempProject();
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      const out = path.join(project.root, 'out');
      fakeBuild(out, 'previous build');
      writeFileSync(`${out}.lock`, `${holder.pid}\n`);
      const error = await lockOutput(out, 'out', { waitMs: 300 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UsageError);
      expect((error as Error).message).toContain(`another build (process ${holder.pid}) is writing --out out`);
      const result = await cli(['build', '--data', 'data', '--out', 'out', '--now', NOW], project.root);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`delete ${out}.lock`);
      expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('previous build');
    } finally {
      holder.kill();
      project.cleanup();
    }
  });

  it('a lock left by a dead process is taken over', async () => {
    const project = tempProject();
    try {
      const out = path.join(project.root, 'out');
      writeFileSync(`${out}.lock`, `${deadPid()}\n`);
      await build({ ...quick, dataDir: project.data, outDir: out });
      expect(existsSync(path.join(out, 'index.html'))).toBe(true);
      expect(existsSync(`${out}.lock`)).toBe(false);
    } finally {
      project.cleanup();
    }
  });
});

describe('the pure parts', () => {
  it('relation: a sibling whose name starts like the folder is apart; inside and contains mirror each other', () => {
    expect(relation('/r/dist', '/r/dist-secret')).toBe('apart');
    expect(relation('/r', '/r/data')).toBe('contains');
    expect(relation('/r/data/x', '/r/data')).toBe('inside');
    // A folder whose name starts with two dots is still inside (it is not the parent).
    expect(relation('/r/data/..x', '/r/data')).toBe('inside');
    expect(relation('/r', '/r/..x')).toBe('contains');
    const segment = fc.constantFrom('a', 'b', 'a-b', 'ab');
    const folder = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => `/${s.join('/')}`);
    fc.assert(fc.property(folder, folder, (a, b) => {
      const there = relation(a, b);
      const back = relation(b, a);
      return ({ same: 'same', inside: 'contains', contains: 'inside', apart: 'apart' } as const)[there] === back;
    }));
  });

  it('leftoverOf reads only our names', () => {
    expect(leftoverOf('dist', 'dist.tmp-123')).toEqual({ name: 'dist.tmp-123', kind: 'tmp', pid: 123 });
    expect(leftoverOf('dist', 'dist.old-123-4')).toEqual({ name: 'dist.old-123-4', kind: 'old', pid: 123 });
    for (const name of ['dist.tmp-0', 'dist.tmp-', 'dist.tmp-12x', 'dist-tmp-12', 'dist2.tmp-12', 'dist.lock', 'dist.old--1']) expect(leftoverOf('dist', name), name).toBeNull();
  });

  it('planRecovery never touches a live process\'s folders, and restores only into a missing output', () => {
    const state = (name: string, kind: 'tmp' | 'old', alive: boolean, marker: LeftoverState['marker'], mtimeMs = 0): LeftoverState => ({ name, kind, pid: 1, alive, marker, empty: false, mtimeMs });
    expect(planRecovery(false, [state('o', 'old', false, 'done'), state('t', 'tmp', false, 'done')])).toEqual({ restore: { name: 't', how: 'finished' }, remove: ['o'], foreign: [] });
    expect(planRecovery(false, [state('o1', 'old', false, 'done', 1), state('o2', 'old', false, 'done', 2), state('t', 'tmp', false, 'pending')])).toEqual({ restore: { name: 'o2', how: 'restored' }, remove: ['o1', 't'], foreign: [] });
    expect(planRecovery(true, [state('o', 'old', false, 'done'), state('t', 'tmp', true, 'pending')])).toEqual({ restore: null, remove: ['o'], foreign: [] });
    expect(planRecovery(false, [state('t', 'tmp', true, 'done'), state('x', 'tmp', false, 'none')])).toEqual({ restore: null, remove: [], foreign: ['x'] });
  });
});
