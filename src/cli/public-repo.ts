/**
 * An embargoed campaign in a repository pushed to a public host can be read there before its
 * embargo, whatever the site shows (GitHub Pages' free plan needs a public repository). `check`
 * warns; the README's "Embargo and a public repository" gives a safe setup.
 */
import { execFileSync } from 'node:child_process';

/** remotesOf("data") → ["origin https://github.com/org/repo.git"], or [] outside a git repository. */
export function remotesOf(dir: string): string[] {
  try {
    const out = execFileSync('git', ['-C', dir, 'remote', '-v'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 });
    return [...new Set(out.split('\n').filter(Boolean).map((line) => line.split(/\s+/).slice(0, 2).join(' ')))];
  } catch {
    return [];
  }
}

const PUBLIC_HOSTS = /github\.com|gitlab\.com|bitbucket\.org|codeberg\.org/i;

/**
 * A warning for each campaign still under embargo while the data sits in a repository with a remote
 * on a public host. `remotes` may be a function (remotesOf): it is then asked only when a campaign is under embargo.
 */
export function embargoWarnings(campaigns: { id: string; embargo?: string | undefined }[], now: Date, remotes: string[] | (() => string[])): string[] {
  const embargoed = campaigns.filter((c) => c.embargo !== undefined && Date.parse(c.embargo) > now.getTime());
  if (embargoed.length === 0) return [];
  const hosted = (typeof remotes === 'function' ? remotes() : remotes).filter((r) => PUBLIC_HOSTS.test(r));
  if (hosted.length === 0) return [];
  return embargoed
    .map((c) => `warning: campaign '${c.id}' is under embargo until ${c.embargo}, and the data is in a git repository with a remote on a public host (${hosted[0]}): if that repository is public, anyone can read the figures and copy there before the embargo. See "Embargo and a public repository" in the README.`);
}
