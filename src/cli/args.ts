/** Command-line parsing with node:util parseArgs; mistakes are UsageErrors (exit code 2). */
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.ts';
import { parseBase, parsePort, parseSiteUrl } from './options.ts';

export const USAGE = `Usage:
  localpress build [--data DIR] [--campaign ID ...] [--out DIR] [--preview] [--base PATH] [--now ISO] [--site-url URL]
  localpress check [--data DIR] [--campaign ID ...]
  localpress new ID [--data DIR]
  localpress diff [--data DIR] --campaign ID --against GIT_REF [--now ISO]
  localpress serve [--data DIR] [--campaign ID ...] [--port N] [--out DIR]
  localpress explain [--data DIR] --campaign ID --area ID
  localpress due --site-url URL [--data DIR] [--now ISO]   # schedule: is a lifted embargo not live yet?
  localpress import FILE.csv|FILE.xlsx --campaign ID [--data DIR] [--column FIELD=HEADER ...] [--force]

Options:
  --data DIR        data folder with forces.yaml and campaigns/ (default: data)
  --campaign ID     only this campaign; repeat for several (default: all)
  --out DIR         output folder (default: dist; serve: a folder of its own under
                    node_modules/.cache/localpress/serve/). Only a missing or empty folder,
                    or one holding a previous build, is replaced
  --preview         also build campaigns under embargo, marked EMBARGOED and noindex
  --base PATH       path prefix the site is served under, e.g. /repo/ (default: /)
  --now ISO         the time embargoes are judged against (default: the clock)
  --site-url URL    absolute site URL for feed.xml and sitemap.xml
  --against REF     diff: the git commit to compare the campaign with, e.g. HEAD~1
  --port N          serve: port on 127.0.0.1 (default: 8080)
  --area ID         explain: the page's area: national, a region id or a force id
  --column F=H      import: read field F (offences, method_recorded, youngest_victim_age, force,
                    a platform or group id) from the column headed H; repeat for several
  --force           import: replace an existing figures.yaml
  -h, --help        this help`;

export interface CliOptions {
  command: 'build' | 'check' | 'serve' | 'new' | 'diff' | 'explain' | 'import' | 'due' | 'help';
  /** explain: the area id (national, a region or a force) */
  area?: string | undefined;
  /** new: the campaign id to scaffold */
  newId: string | undefined;
  /** import: the spreadsheet, its column overrides (field → header) and whether to replace figures.yaml */
  importFile: string | undefined;
  columns: Record<string, string>;
  force: boolean;
  against: string | undefined;
  dataDir: string;
  outDir: string;
  /** --out was given (serve builds into a folder of its own otherwise). */
  outGiven: boolean;
  campaignIds: string[];
  preview: boolean;
  base: string;
  now: Date | undefined;
  siteUrl: string | undefined;
  port: number;
}

/** parseCli(["build", "--out", "site"]) → { command: "build", outDir: "site", ... } */
export function parseCli(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        data: { type: 'string', default: 'data' },
        out: { type: 'string' },
        campaign: { type: 'string', multiple: true, default: [] },
        preview: { type: 'boolean', default: false },
        base: { type: 'string', default: '/' },
        now: { type: 'string' },
        'site-url': { type: 'string' },
        port: { type: 'string', default: '8080' },
        against: { type: 'string' },
        area: { type: 'string' },
        column: { type: 'string', multiple: true, default: [] },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const command = values.help ? 'help' : (positionals[0] ?? 'help');
  if (!['build', 'check', 'serve', 'new', 'diff', 'explain', 'import', 'due', 'help'].includes(command)) throw new UsageError(`unknown command '${command}'\n\n${USAGE}`);
  const maxPositionals = command === 'new' || command === 'import' ? 2 : 1;
  if (positionals.length > maxPositionals) throw new UsageError(`unexpected argument '${positionals[maxPositionals]}'\n\n${USAGE}`);
  if (command === 'new' && !positionals[1]) throw new UsageError(`new: give the campaign id, e.g. localpress new apps-2026\n\n${USAGE}`);
  if (command === 'diff' && (values.campaign.length !== 1 || !values.against)) throw new UsageError(`diff: give one --campaign ID and --against GIT_REF\n\n${USAGE}`);
  if (command === 'explain' && (values.campaign.length !== 1 || !values.area)) throw new UsageError(`explain: give one --campaign ID and --area ID (national, a region or a force)\n\n${USAGE}`);
  if (command === 'import' && (!positionals[1] || values.campaign.length !== 1)) throw new UsageError(`import: give the spreadsheet and one --campaign ID, e.g. localpress import foi.xlsx --campaign apps-2026\n\n${USAGE}`);
  if (command === 'due' && !values['site-url']) throw new UsageError(`due: give the live site's address, e.g. localpress due --site-url https://org.github.io/repo/\n\n${USAGE}`);
  const columns: Record<string, string> = {};
  for (const pair of values.column) {
    const eq = pair.indexOf('=');
    if (eq <= 0 || eq === pair.length - 1) throw new UsageError(`--column expects FIELD=HEADER, e.g. --column offences="Total offences" (found '${pair}')`);
    columns[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  let now: Date | undefined;
  if (values.now !== undefined) {
    now = new Date(values.now);
    if (Number.isNaN(now.getTime())) throw new UsageError(`--now expects an ISO 8601 date and time, e.g. 2018-04-16T00:01:00+01:00 (found '${values.now}')`);
  }
  const port = parsePort(values.port);
  return {
    command: command as CliOptions['command'],
    dataDir: values.data,
    outDir: values.out ?? 'dist',
    outGiven: values.out !== undefined,
    campaignIds: values.campaign,
    preview: values.preview,
    base: parseBase(values.base),
    now,
    siteUrl: values['site-url'] === undefined ? undefined : parseSiteUrl(values['site-url']),
    port,
    newId: command === 'new' ? positionals[1] : undefined,
    importFile: command === 'import' ? positionals[1] : undefined,
    columns,
    force: values.force,
    against: values.against,
    area: values.area,
  };
}
