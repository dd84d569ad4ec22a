/** `localpress diff --campaign ID --against GIT_REF`: what figures and sentences changed since a commit. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { diffFigures, diffSentences, formatDiff } from '../compare/diff.ts';
import { snapshotCampaign } from '../compare/snapshot.ts';
import { UsageError } from '../errors.ts';

/** diffCampaign("data", "scwc", "HEAD~1") → the report text. */
export function diffCampaign(dataDir: string, campaignId: string, ref: string): string {
  const before = checkoutData(dataDir, campaignId, ref);
  try {
    const a = snapshotCampaign(before, campaignId);
    const b = snapshotCampaign(dataDir, campaignId);
    return formatDiff(diffFigures(a.model, b.model), diffSentences(a.sentences, b.sentences));
  } finally {
    rmSync(before, { recursive: true, force: true });
  }
}

/** Copy the campaign's files (and forces.yaml) as they were at `ref` into a temp data folder. */
function checkoutData(dataDir: string, campaignId: string, ref: string): string {
  const absolute = path.resolve(dataDir);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: absolute, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  let root: string;
  try {
    root = git('rev-parse', '--show-toplevel').trim();
    git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`);
  } catch {
    throw new UsageError(`diff: '${ref}' is not a commit in the git repository holding ${dataDir}`);
  }
  const prefix = path.relative(root, absolute);
  const target = mkdtempSync(path.join(tmpdir(), 'localpress-diff-'));
  // The campaign folder as it was: its YAML, release.njk or release/<kind>.njk, and any includes.
  const posixPrefix = prefix.split(path.sep).join('/');
  const listed = git('ls-tree', '-r', '--full-tree', '--name-only', ref, '--', path.posix.join(posixPrefix, 'campaigns', campaignId) + '/')
    .split('\n')
    .filter((f) => f !== '')
    .map((f) => path.posix.relative(posixPrefix, f))
    .filter((f) => !f.endsWith('.yaml') && !f.startsWith('..'));
  const files = ['forces.yaml', ...['campaign.yaml', 'figures.yaml'].map((f) => path.join('campaigns', campaignId, f)), ...listed];
  for (const file of files) {
    let contents: string;
    try {
      contents = git('show', `${ref}:${path.posix.join(prefix.split(path.sep).join('/'), file.split(path.sep).join('/'))}`);
    } catch {
      rmSync(target, { recursive: true, force: true });
      throw new UsageError(`diff: ${path.join(dataDir, file)} did not exist at ${ref}`);
    }
    mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
    writeFileSync(path.join(target, file), contents);
  }
  return target;
}
