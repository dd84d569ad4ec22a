/**
 * Values of --base, --site-url and --port, checked at the edge: they reach every link of the
 * site (and the feed), so a value that is not what it claims to be is a usage error (exit 2)
 * with a suggestion, never a broken or hostile link.
 */
import { UsageError } from '../errors.ts';

/** A path segment's characters: unreserved ones and percent-escapes (RFC 3986), nothing an HTML attribute or a URL would read otherwise. */
const SEGMENT = /^(?:[A-Za-z0-9._~-]|%[0-9A-Fa-f]{2})+$/;

/** parseBase("repo") → "/repo/"; parseBase("/my repo/") throws "… did you mean '/my-repo/'?". */
export function parseBase(base: string): string {
  const segments = base.split('/').filter((s) => s !== '');
  const bad = segments.find((s) => !SEGMENT.test(s) || s === '.' || s === '..');
  if (bad === undefined) return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
  throw new UsageError(`--base expects the path the site is served under, such as /my-repo/ (letters, digits, - . _ ~ and /), found '${base}': ${whyNotBase(base, bad)}${suggestBase(base)}`);
}

function whyNotBase(base: string, bad: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(base)) return 'a whole URL, not a path. ';
  if (/[?#]/.test(base)) return `'${base.match(/[?#].*/)![0]}' is a query or fragment, not part of a path. `;
  if (/\s/.test(base)) return 'a path prefix cannot hold a space. ';
  if (bad === '.' || bad === '..') return `'${bad}' is not a folder name. `;
  const char = [...bad].find((c) => !/[A-Za-z0-9._~%-]/.test(c));
  return char ? `'${char}' cannot be in a path prefix. ` : `'%' cannot be in a path prefix except as an escape such as %20. `;
}

/** suggestBase("/my repo/?x") → "did you mean '/my-repo/'?" */
function suggestBase(base: string): string {
  let path = base;
  let siteUrl = '';
  if (/^https?:\/\//i.test(base)) {
    try {
      const url = new URL(base);
      path = url.pathname;
      siteUrl = ` with --site-url ${url.origin}`;
    } catch {
      path = '/';
    }
  }
  const segments = path
    .replace(/[?#].*$/s, '')
    .split('/')
    .map((s) => s.trim().replace(/\s+/g, '-').replace(/[^A-Za-z0-9._~-]/g, ''))
    .filter((s) => s !== '' && s !== '.' && s !== '..');
  return `Did you mean --base ${segments.length === 0 ? '/' : `/${segments.join('/')}/`}${siteUrl}?`;
}

/** parseSiteUrl("https://org.github.io") → "https://org.github.io"; "javascript:…", "org.github.io" and URLs with a query throw. */
export function parseSiteUrl(value: string): string {
  const example = 'an absolute http or https URL such as https://org.github.io';
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    // said below
  }
  if (url === null || !['http:', 'https:'].includes(url.protocol) || url.hostname === '') {
    const bare = /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(value) ? ` Did you mean --site-url https://${value}?` : '';
    throw new UsageError(`--site-url expects ${example}, found '${value}'.${bare}`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new UsageError(`--site-url expects ${example}, without a user name, password, query or fragment; found '${value}'. Did you mean --site-url ${url.origin}${url.pathname === '/' ? '' : url.pathname}?`);
  }
  // The parsed form: percent-encoded, so nothing in it can end an attribute or a tag.
  return url.href.replace(/\/$/, '');
}

/** parsePort("8080") → 8080; "99999", "0", "80a" throw. */
export function parsePort(value: string): number {
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(port >= 1 && port <= 65535)) throw new UsageError(`--port expects a whole number from 1 to 65535, e.g. --port 8080 (found '${value}')`);
  return port;
}
