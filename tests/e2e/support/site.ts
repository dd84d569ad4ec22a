/** The built demo site as files: every page, and a sample of each page type for the browser. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type PageKind = 'home' | 'national' | 'region' | 'force' | '404';

export interface SitePage {
  /** Site-relative URL without the base, e.g. "/scwc/kent/" or "/404.html". */
  url: string;
  file: string;
}

/** listFiles("/dist") → every file under it, as absolute paths, sorted. */
export function listFiles(root: string): string[] {
  const entries = readdirSync(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** htmlPages("/dist") → [{ url: "/", file: "/dist/index.html" }, …] for every .html file. */
export function htmlPages(root: string): SitePage[] {
  return listFiles(root)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const relative = path.relative(root, file).split(path.sep).join('/');
      const url = `/${relative.replace(/(^|\/)index\.html$/, '$1')}`;
      return { url, file };
    });
}

/** The hrefs of the links inside <nav aria-label="label"> on a page (as written, base included). */
export function navLinks(html: string, label: string): string[] {
  const nav = new RegExp(`<nav[^>]*aria-label="${label}"[^>]*>([\\s\\S]*?)</nav>`).exec(html);
  return [...(nav?.[1] ?? '').matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => m[1]!);
}

/**
 * samplePages("/dist") → home, 404, and one national, one region and one force page, each
 * from a different campaign where there are several (so every campaign's look is seen once).
 * Regions and forces are found through the national page's own "Regions"/"Forces" navigation.
 */
export function samplePages(root: string): { kind: PageKind; url: string }[] {
  const campaigns = htmlPages(root).filter((p) => /^\/[^/]+\/$/.test(p.url));
  if (campaigns.length === 0) throw new Error(`no campaign pages under ${root}`);
  const pick = (offset: number) => campaigns[offset % campaigns.length]!;
  const firstLink = (offset: number, label: string): string => {
    const page = pick(offset);
    const href = navLinks(readFileSync(page.file, 'utf8'), label)[0];
    if (!href) throw new Error(`${page.url} has no "${label}" navigation`);
    return href;
  };
  return [
    { kind: 'home', url: '/' },
    { kind: 'national', url: pick(0).url },
    { kind: 'region', url: firstLink(1, 'Regions') },
    { kind: 'force', url: firstLink(2, 'Forces') },
    { kind: '404', url: '/404.html' },
  ];
}
