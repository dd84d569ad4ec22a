/** `localpress diff --campaign ID --against GIT_REF`: what figures and sentences changed since a commit. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { proposeCorrection } from '../compare/correction.ts';
import { diffFigures, diffSentences, formatDiff } from '../compare/diff.ts';
import { snapshotCampaign } from '../compare/snapshot.ts';
import { UsageError } from '../errors.ts';

/**
 * diffCampaign("data", "scwc", "HEAD~1") → the report text; when figures of forces changed, it ends
 * with a `corrections:` entry for campaign.yaml dated `now` (the day in the UK).
 */
export function diffCampaign(dataDir: string, campaignId: string, ref: string, now: Date = new Date()): string {
  const before = checkoutData(dataDir, campaignId, ref);
  try {
    const a = snapshotCampaign(before, campaignId);
    const b = snapshotCampaign(dataDir, campaignId);
    const figures = diffFigures(a.model, b.model);
    const report = formatDiff(figures, diffSentences(a.sentences, b.sentences));
    const entry = proposeCorrection(figures, b.model, ukDay(now));
    if (!entry) return report;
    const file = path.join(dataDir, 'campaigns', campaignId, 'campaign.yaml');
    return `${report}${report.endsWith('\n\n') ? '' : '\n'}Proposed correction for ${file} (check the wording; add an entry without forces if the regional or national copy changed too):\n\n${entry}`;
  } finally {
    rmSync(before, { recursive: true, force: true });
  }
}

/** 2026-11-30T23:30:00Z → "2026-11-30" (the day in London, as a correction is dated). */
function ukDay(now: Date): string {
  return now.toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
}

/** Copy the campaign's folder (and forces.yaml) as it was at `ref` into a temp data folder. */
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
  const inRepo = (file: string) => path.posix.join(prefix.split(path.sep).join('/'), file.split(path.sep).join('/'));
  const target = mkdtempSync(path.join(tmpdir(), 'localpress-diff-'));
  // The whole campaign folder as it was: a release may include files of its folder (parts, macros).
  const folder = path.posix.join('campaigns', campaignId);
  const tracked = git('ls-tree', '--full-tree', '-r', '-z', '--name-only', ref, '--', `${inRepo(folder)}/`)
    .split('\0')
    .filter(Boolean)
    .map((file) => path.posix.relative(inRepo('.'), file));
  // The release is release.njk or split by page kind (release/force.njk…): whichever the
  // folder held at the ref comes with `tracked`; only the data files are required by name.
  const files = [...new Set(['forces.yaml', ...['campaign.yaml', 'figures.yaml'].map((f) => path.posix.join(folder, f)), ...tracked])];
  for (const file of files) {
    let contents: Buffer;
    try {
      contents = execFileSync('git', ['show', `${ref}:${inRepo(file)}`], { cwd: absolute, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch {
      rmSync(target, { recursive: true, force: true });
      const never = tracked.length === 0 ? `: campaign '${campaignId}' was not committed then. diff compares your edits with a commit, so commit the campaign as published first (git add ${path.join(dataDir, folder)}; git commit)` : '';
      throw new UsageError(`diff: ${path.join(dataDir, file)} did not exist at ${ref}${never}`);
    }
    mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
    writeFileSync(path.join(target, file), contents);
  }
  return target;
}
