/** Link checking over built files: every internal href/src in HTML (and loc/link in XML) must resolve. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { resolveFile } from './server.ts';
import { listFiles } from './site.ts';

export interface BrokenLink {
  page: string;
  link: string;
  reason: string;
}

const ORIGIN = 'http://site.invalid';

/** extractLinks('<a href="/x/">') → ["/x/"]; also src, srcset, xlink:href, and <loc>/<link href> in XML. */
export function extractLinks(text: string): string[] {
  const links: string[] = [];
  for (const m of text.matchAll(/\s(?:href|src|xlink:href)\s*=\s*"([^"]*)"/g)) links.push(m[1]!);
  for (const m of text.matchAll(/\ssrcset\s*=\s*"([^"]*)"/g)) links.push(...m[1]!.split(',').map((part) => part.trim().split(/\s+/)[0]!));
  for (const m of text.matchAll(/<loc>([^<]*)<\/loc>/g)) links.push(m[1]!);
  return links.map(decodeEntities).filter((link) => link !== '');
}

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

/** True for links a static host does not serve: mail, phone, data URIs, other sites. */
function isExternal(link: string): boolean {
  return /^(mailto:|tel:|data:|javascript:)/i.test(link) || (/^[a-z][a-z0-9+.-]*:/i.test(link) && !link.startsWith(ORIGIN)) || link.startsWith('//');
}

/** The ids a page defines, for #fragment checks. */
function idsOf(file: string, cache: Map<string, Set<string>>): Set<string> {
  let ids = cache.get(file);
  if (!ids) {
    const html = readFileSync(file, 'utf8');
    ids = new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1]!));
    cache.set(file, ids);
  }
  return ids;
}

/**
 * checkLinks("/dist", "/some-repo/") → broken links in every .html/.xml file of a site served
 * under `base`: targets that are missing, fall outside the base, or name a missing #fragment.
 */
export function checkLinks(root: string, base: string): { checked: number; broken: BrokenLink[] } {
  const broken: BrokenLink[] = [];
  const idCache = new Map<string, Set<string>>();
  let checked = 0;
  for (const file of listFiles(root).filter((f) => /\.(html|xml)$/.test(f))) {
    const relative = path.relative(root, file).split(path.sep).join('/');
    const pageUrl = new URL(`${base}${relative}`, ORIGIN);
    const page = pageUrl.pathname;
    // <link rel="self"> in the feed and <loc> in the sitemap are URLs too.
    for (const link of extractLinks(readFileSync(file, 'utf8'))) {
      if (isExternal(link)) continue;
      checked += 1;
      const target = new URL(link, pageUrl);
      if (!target.pathname.startsWith(base)) {
        broken.push({ page, link, reason: `outside the site's base ${base}` });
        continue;
      }
      const served = resolveFile(root, base, target.pathname);
      if (!served) {
        broken.push({ page, link, reason: 'no such file' });
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && served.endsWith('.html') && !idsOf(served, idCache).has(fragment)) {
        broken.push({ page, link, reason: `no element with id "${fragment}"` });
      }
    }
  }
  return { checked, broken };
}
