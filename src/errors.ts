/**
 * Errors a user can cause carry a clear message and map to an exit code; the CLI prints
 * the message without a stack trace. Anything else is a bug and keeps its stack.
 */

/** One problem found in the data, located as precisely as we can. */
export interface Problem {
  file: string;
  /** 1-based; 0 when unknown. */
  line: number;
  column: number;
  /** Dotted field path, e.g. "forces.derbyshire.platforms.facebok". */
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

export class LocalpressError extends Error {
  readonly exitCode: number = 1;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Bad data: figures, campaign settings or reference data. Exit code 1. */
export class DataError extends LocalpressError {
  override readonly exitCode = 1;
  readonly problems: Problem[];
  /** How many problems were found, listed or not (a long list is cut to 100 a file; see src/load/limit.ts). */
  readonly total: number;
  constructor(problems: Problem[], options?: { cause?: unknown; total?: number }) {
    super(problems.map(formatProblem).join('\n'), options);
    this.problems = problems;
    this.total = options?.total ?? problems.length;
  }
}

/** A template (release.njk) failed to render for a campaign and area. Exit code 1. */
export class TemplateError extends LocalpressError {
  override readonly exitCode = 1;
  /** How many pages (or campaigns' templates) failed, for the CLI's "N problems found". */
  readonly total: number;
  /** For one page's error: the page, and the message without it, so the same mistake on many pages is reported once. */
  readonly page?: PageOfError;
  constructor(message: string, options?: { cause?: unknown; total?: number; page?: PageOfError }) {
    super(message, options);
    this.total = options?.total ?? 1;
    if (options?.page) this.page = options.page;
  }
}

/** Which page a template error happened on, and its message told without the page. */
export interface PageOfError {
  /** The area's id, as a list of pages names it: "derbyshire", "north-west", "national". */
  id: string;
  /** The message without ", force 'derbyshire'" (its hints may still name this page). */
  unpaged: string;
  /** The message with nothing of the page in it: equal keys are the same mistake. */
  key: string;
}

/** How many page names a grouped line lists before "… and N more". */
const PAGES_LISTED = 3;

/**
 * Every failing page in one error (check and build report them all, not only the first).
 * The same mistake (same file, line, column and message but for the page) is one line, the
 * first page's, saying how many pages it breaks and which: "… — on 42 pages (derbyshire, kent,
 * north-wales, … and 39 more)". Different mistakes stay separate lines, in the order first met;
 * when there are several, a last line says how many pages failed. `total` counts the mistakes.
 * `scope` says whose pages: " of campaign 'x'", or "" for a whole build.
 */
export function templateErrors(failures: TemplateError[], scope = ''): TemplateError {
  if (failures.length === 1) return failures[0]!;
  const groups = new Map<string, TemplateError[]>();
  for (const f of failures) {
    const key = f.page?.key ?? f.message;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  const lines = [...groups.values()].map((group) => (group.length === 1 ? group[0]!.message : groupedLine(group)));
  if (lines.length === 1) return new TemplateError(lines[0]!, { cause: failures[0], total: 1 });
  return new TemplateError(`${lines.join('\n')}\n${failures.length} pages${scope} failed to render`, { cause: failures[0], total: lines.length });
}

/** "file:19:28  body  campaign 'x': … — on 42 pages (derbyshire, kent, north-wales, … and 39 more)" */
function groupedLine(group: TemplateError[]): string {
  const first = group[0]!;
  if (!first.page) return `${first.message} — on ${group.length} pages`;
  const ids = group.map((f) => f.page?.id ?? '?');
  // "… and 1 more" would take as much room as the name it hides.
  const listed = ids.length <= PAGES_LISTED + 1 ? ids.join(', ') : `${ids.slice(0, PAGES_LISTED).join(', ')}, … and ${ids.length - PAGES_LISTED} more`;
  return `${first.page.unpaged} — on ${group.length} pages (${listed})`;
}

/**
 * Every failing campaign in one error (check reports them all, as build reports every page):
 * one campaign's error as it is; several as their messages, then how many campaigns failed.
 */
export function campaignErrors(failures: LocalpressError[]): LocalpressError {
  if (failures.length === 1) return failures[0]!;
  const total = failures.reduce((n, f) => n + (f instanceof TemplateError || f instanceof DataError ? f.total : 1), 0);
  return new TemplateError(`${failures.map((f) => f.message).join('\n')}\n${failures.length} campaigns failed to render`, { cause: failures[0], total });
}

/** A filter was given a value it cannot phrase (NaN, negative, missing). Exit code 1. */
export class PhraseError extends LocalpressError {
  override readonly exitCode = 1;
}

/** Bad command-line usage. Exit code 2. */
export class UsageError extends LocalpressError {
  override readonly exitCode = 2;
}

/** "data/x.yaml:12:5  forces.derbyshire.offences  expected a whole number ≥ 0, found -3" */
export function formatProblem(p: Problem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file;
  const prefix = p.severity === 'warning' ? 'warning: ' : '';
  return `${where}  ${p.path || '(file)'}  ${prefix}${p.message}`;
}
