/**
 * localpress command line: build | check | serve | new | diff | explain. Maps errors to exit codes; no stack trace for a user's mistake.
 * Each command imports what it needs when it runs (start-up matters: Eleventy takes
 * about half a second to load), so `help`, `new` and `diff` load neither the loader nor Eleventy.
 */
import { DataError, LocalpressError, TemplateError, campaignErrors, formatProblem } from '../errors.ts';
import { USAGE, parseCli, type CliOptions } from './args.ts';
import { newCampaign, nextSteps } from './new.ts';

/** run(["build"]) → exit code (0 ok, 1 data errors, 2 usage errors). */
export async function run(argv: string[], io = { out: process.stdout, err: process.stderr }): Promise<number> {
  try {
    const options = parseCli(argv);
    switch (options.command) {
      case 'help':
        io.out.write(`${USAGE}\n`);
        return 0;
      case 'check':
        return await check(options, io);
      case 'build':
        return await runBuild(options, io);
      case 'serve':
        return await serve(options, io);
      case 'new': {
        const folder = newCampaign(options.dataDir, options.newId!, new Date().toISOString().slice(0, 10));
        io.err.write(nextSteps(folder, options.newId!, options.dataDir));
        return 0;
      }
      case 'explain': {
        const { explain } = await import('./explain.ts');
        io.out.write(explain(options.dataDir, options.campaignIds[0]!, options.area!));
        return 0;
      }
      case 'import': {
        const { importSpreadsheet } = await import('../import/index.ts');
        const result = await importSpreadsheet({ file: options.importFile!, dataDir: options.dataDir, campaignId: options.campaignIds[0]!, columns: options.columns, force: options.force });
        for (const line of result.report) io.err.write(`${line}\n`);
        return 0;
      }
      case 'due': {
        const { dueCampaigns } = await import('./due.ts');
        const due = await dueCampaigns(options.dataDir, options.siteUrl!, options.now ?? new Date());
        for (const c of due) io.err.write(`localpress due: ${c.id} (embargo ${c.embargo}) is not live yet\n`);
        io.out.write(`${due.length > 0 ? 'yes' : 'no'}\n`);
        return 0;
      }
      case 'diff': {
        const { diffCampaign } = await import('./diff.ts');
        io.out.write(diffCampaign(options.dataDir, options.campaignIds[0]!, options.against!, options.now));
        return 0;
      }
    }
  } catch (error) {
    if (error instanceof LocalpressError) {
      const count = error instanceof DataError || error instanceof TemplateError ? error.total : 1;
      io.err.write(`${error.message}\n`);
      if (error.exitCode === 1) io.err.write(`\nlocalpress: ${count.toLocaleString('en-GB')} problem${count === 1 ? '' : 's'} found; nothing was written.\n`);
      return error.exitCode;
    }
    throw error;
  }
}

/** Validate, compute and render every release without writing anything: data and template errors alike. */
async function check(options: CliOptions, io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream }): Promise<number> {
  const [{ loadProject }, { snapshotInput }] = await Promise.all([import('../load/index.ts'), import('../compare/snapshot.ts')]);
  const project = loadProject(options.dataDir, options.campaignIds);
  for (const w of project.warnings) io.err.write(`${formatProblem(w)}\n`);
  const { embargoWarnings, remotesOf } = await import('./public-repo.ts');
  const now = options.now ?? new Date();
  // git is asked only when a campaign is still under embargo.
  const leaks = embargoWarnings(project.campaigns.map((c) => c.campaign), now, () => remotesOf(options.dataDir));
  for (const w of leaks) io.err.write(`${w}\n`);
  let areas = 0;
  // A campaign whose releases fail is noted and the next is checked, so that every campaign's
  // errors are reported at once (as build reports every failing page), not only the first's.
  const failures: LocalpressError[] = [];
  for (const input of project.campaigns) {
    try {
      areas += Object.keys(snapshotInput(input, project.reference).sentences).length;
    } catch (error) {
      if (!(error instanceof LocalpressError) || error.exitCode !== 1) throw error;
      failures.push(error);
    }
  }
  if (failures.length > 0) throw campaignErrors(failures);
  io.err.write(`localpress check: ${project.campaigns.length} campaign(s) OK, ${areas} releases rendered${project.warnings.length + leaks.length ? `, ${project.warnings.length + leaks.length} warning(s)` : ''}\n`);
  return 0;
}

async function runBuild(options: CliOptions, io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream }): Promise<number> {
  io.err.write(`localpress: building from ${options.dataDir} into ${options.outDir}\n`);
  // Imported here so that check, new and diff do not load Eleventy and d3.
  const { build } = await import('../site/build.ts');
  const report = await build({
    dataDir: options.dataDir,
    outDir: options.outDir,
    campaignIds: options.campaignIds,
    base: options.base,
    preview: options.preview,
    ...(options.now ? { now: options.now } : {}),
    ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}),
    log: (message) => io.err.write(`${message}\n`),
  });
  for (const w of report.warnings) io.err.write(`${formatProblem(w)}\n`);
  for (const s of report.skipped) io.err.write(`  ${s.id}: skipped, ${s.reason}\n`);
  io.err.write(`localpress: wrote ${report.campaigns.length} campaign(s), ${report.pages} pages and ${report.files} downloads to ${report.outDir} in ${(report.milliseconds / 1000).toFixed(1)} s\n`);
  return 0;
}

async function serve(options: CliOptions, io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream }): Promise<number> {
  const { serveSite } = await import('./serve.ts');
  await serveSite(options, io);
  return 0;
}
