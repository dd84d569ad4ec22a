/** Site-relative URLs and output paths. Ids are checked against ^[a-z0-9-]+$ (at most 64 characters) by the loader, load/ids.ts, so no path escapes dist/. */
import { regionFolder } from '../load/ids.ts';
import type { Reference } from '../load/types.ts';

/** campaignUrl("scwc") → "/scwc/" */
export function campaignUrl(campaignId: string): string {
  return `/${campaignId}/`;
}

/** forceUrl("scwc", "derbyshire") → "/scwc/derbyshire/" */
export function forceUrl(campaignId: string, forceId: string): string {
  return `/${campaignId}/${forceId}/`;
}

/**
 * regionUrl("scwc", "wales") → "/scwc/wales/". A region whose id is also a force id
 * (West Midlands) gets "-region" appended, so the two pages cannot overwrite each other.
 */
export function regionUrl(campaignId: string, regionId: string, reference: Reference): string {
  return `/${campaignId}/${regionFolder(regionId, forceIdsOf(reference))}/`;
}

// Force ids per reference, built once: regionUrl is called on every force page, and a scan
// of every force there made a 10,000-area build quadratic.
const forceIdSets = new WeakMap<Reference, Set<string>>();
function forceIdsOf(reference: Reference): Set<string> {
  let ids = forceIdSets.get(reference);
  if (!ids) forceIdSets.set(reference, (ids = new Set(reference.forces.map((f) => f.id))));
  return ids;
}

/** pageAddress("/scwc/kent/", { siteUrl: "https://org.github.io", base: "/repo/" }) → "https://org.github.io/repo/scwc/kent/"; without a site URL, the path. */
export function pageAddress(url: string, options: { siteUrl?: string; base?: string }): string {
  const path = `${(options.base ?? '/').replace(/\/$/, '')}${url}`;
  return options.siteUrl ? `${options.siteUrl.replace(/\/$/, '')}${path}` : path;
}

/** "/scwc/derbyshire/" → "scwc/derbyshire/index.html" */
export function permalinkFor(url: string): string {
  return `${url.replace(/^\//, '')}index.html`;
}
