/** robots.txt: everything may be crawled; the sitemap is named (absolutely, as the protocol requires) when the site URL is known. */
import { pageAddress } from './urls.ts';

/** robotsTxt("https://org.github.io", "/repo/") → "User-agent: *\nAllow: /\n\nSitemap: https://org.github.io/repo/sitemap.xml\n" */
export function robotsTxt(siteUrl: string | undefined, base = '/'): string {
  const lines = ['User-agent: *', 'Allow: /', ''];
  if (siteUrl) lines.push(`Sitemap: ${pageAddress('/sitemap.xml', { siteUrl, base })}`);
  else lines.push('# Build with --site-url to name the sitemap here (it must be an absolute URL).');
  return `${lines.join('\n')}\n`;
}
