/**
 * The campaign folders under data/campaigns/. Every folder there is a campaign (hidden ones,
 * starting with ".", excepted): a folder without campaign.yaml, or one that cannot be read, is
 * an error, so a campaign never silently disappears from the site.
 */
import { existsSync, readdirSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { DataError, type Problem } from '../errors.ts';
import { suggest } from './suggest.ts';
import { fsMessage } from './text.ts';

/** The files every campaign folder holds (its release, release.njk or release/*.njk, is checked by release.ts). */
export const CAMPAIGN_FILES = ['campaign.yaml', 'figures.yaml'] as const;

/** campaignFolders("data") → ["scwc-2017", ...]: every folder under data/campaigns, sorted; unreadable → DataError. */
export function campaignFolders(dataDir: string): string[] {
  const root = path.join(dataDir, 'campaigns');
  if (!existsSync(root)) return [];
  let entries: Dirent[];
  try {
    entries = readdirSync(root, { withFileTypes: true });
  } catch (error) {
    throw new DataError([folderProblem(root, error)], { cause: error });
  }
  return entries
    .filter((entry) => !entry.name.startsWith('.') && (entry.isDirectory() || (entry.isSymbolicLink() && isFolder(path.join(root, entry.name)))))
    .map((entry) => entry.name)
    .sort();
}

/**
 * Problems with a campaign folder before its files are read: it cannot be listed, or a file is
 * missing (with "did you mean" for a near name such as campaign.yml).
 * @example campaignFolderProblems("data/campaigns/x") // [{ file: "data/campaigns/x/campaign.yaml", message: "this file is missing (did you mean to name 'campaign.yml' campaign.yaml?)..." }]
 */
export function campaignFolderProblems(folder: string): Problem[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch (error) {
    return [folderProblem(folder, error)];
  }
  return CAMPAIGN_FILES.filter((file) => !names.includes(file)).map((file) => {
    const near = suggest(file, names.filter((n) => !(CAMPAIGN_FILES as readonly string[]).includes(n)));
    const hint = near ? `; found '${near}' instead (did you mean '${file}'? rename it)` : ` (every campaign folder needs a ${file})`;
    return { file: path.join(folder, file), line: 0, column: 0, path: '', message: `this file is missing${hint}`, severity: 'error' as const };
  });
}

function folderProblem(folder: string, error: unknown): Problem {
  const message = fsMessage(error, 'does it exist?').replace('cannot read this file', 'cannot read this folder').replace('a part of its path is a file', 'it, or a part of its path, is a file');
  return { file: folder, line: 0, column: 0, path: '', message, severity: 'error' };
}

function isFolder(target: string): boolean {
  try {
    return statSync(target).isDirectory();
  } catch {
    return true; // a broken link: reported when the campaign is read
  }
}
