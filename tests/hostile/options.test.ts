/** --base, --site-url and --port are validated at the edge: exit 2 with a suggestion (issue 15 item 8, options part). */
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { parseBase, parsePort, parseSiteUrl } from '../../src/cli/options.ts';
import { parseCli } from '../../src/cli/args.ts';

async function usage(argv: string[]): Promise<{ code: number; err: string }> {
  let err = '';
  const stream = { write: (s: string) => ((err += s), true) } as unknown as NodeJS.WritableStream;
  const code = await run(argv, { out: stream, err: stream } as never);
  return { code, err };
}

describe('--base', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['repo', '/repo/'],
    ['/my-repo/', '/my-repo/'],
    ['//a//b//', '/a/b/'],
    ['/caf%C3%A9/', '/caf%C3%A9/'],
    ['/v1.2_x~y/', '/v1.2_x~y/'],
  ])('accepts %j as %j', (base, expected) => {
    expect(parseBase(base)).toBe(expected);
  });

  it.each([
    ['/my repo/', /a path prefix cannot hold a space\. Did you mean --base \/my-repo\/\?/],
    ['/repo/?x=1', /'\?x=1' is a query or fragment, not part of a path\. Did you mean --base \/repo\/\?/],
    ['/repo/#top', /'#top' is a query or fragment.*Did you mean --base \/repo\/\?/],
    ['https://org.github.io/repo/', /a whole URL, not a path\. Did you mean --base \/repo\/ with --site-url https:\/\/org\.github\.io\?/],
    ['/a"onmouseover="x/', /'"' cannot be in a path prefix\. Did you mean --base \/aonmouseoverx\/\?/],
    ['/../etc/', /'\.\.' is not a folder name\. Did you mean --base \/etc\/\?/],
    ['/<script>/', /'<' cannot be in a path prefix/],
    ['/50%/', /'%' cannot be in a path prefix/],
  ])('refuses %j', (base, message) => {
    expect(() => parseBase(base)).toThrow(message);
  });
});

describe('--site-url', () => {
  it.each([
    ['https://org.github.io', 'https://org.github.io'],
    ['https://org.github.io/', 'https://org.github.io'],
    ['http://localhost:8080/site/', 'http://localhost:8080/site'],
    ['https://example.org/a"b', 'https://example.org/a%22b'], // the parsed form: nothing that ends an attribute
  ])('accepts %j as %j', (url, expected) => {
    expect(parseSiteUrl(url)).toBe(expected);
  });

  it.each([
    ['javascript:alert(1)', /expects an absolute http or https URL/],
    ['JavaScript://%0aalert(1)', /expects an absolute http or https URL/],
    ['data:text/html,<b>x</b>', /expects an absolute http or https URL/],
    ['org.github.io', /Did you mean --site-url https:\/\/org\.github\.io\?/],
    ['/relative/path', /expects an absolute http or https URL/],
    ['https://user:secret@org.github.io', /without a user name, password, query or fragment.*Did you mean --site-url https:\/\/org\.github\.io\?/],
    ['https://org.github.io/?utm=x', /Did you mean --site-url https:\/\/org\.github\.io\?/],
    ['ftp://org.github.io', /expects an absolute http or https URL/],
  ])('refuses %j', (url, message) => {
    expect(() => parseSiteUrl(url)).toThrow(message);
  });
});

describe('--port', () => {
  it('accepts 1 to 65535 and nothing else', () => {
    expect(parsePort('8080')).toBe(8080);
    expect(parsePort('65535')).toBe(65535);
    for (const bad of ['0', '65536', '99999', '-1', '80a', '8080.5', '', ' 80', '1e3', '0x50']) expect(() => parsePort(bad), bad).toThrow(/from 1 to 65535/);
  });
});

describe('through the command line: exit 2 before any work', () => {
  it.each([
    [['build', '--base', '/my repo/'], /--base expects/],
    [['build', '--base', '/repo?x'], /--base expects/],
    [['build', '--site-url', 'javascript:alert(document.domain)'], /--site-url expects/],
    [['serve', '--port', '99999'], /--port expects/],
  ])('%j', async (argv, message) => {
    const result = await usage([...argv, '--out', '/nonexistent-localpress-test/out', '--data', '/nonexistent-localpress-test/data']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err).not.toMatch(/\n\s+at /);
  });

  it('the Pages workflow\'s own values pass', () => {
    const options = parseCli(['build', '--base', '/localpress/', '--site-url', 'https://org.github.io']);
    expect([options.base, options.siteUrl]).toEqual(['/localpress/', 'https://org.github.io']);
    expect(parseCli(['build', '--base', '/']).base).toBe('/'); // a custom domain: base_path is ""
  });
});
