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
  constructor(message: string, options?: { cause?: unknown; total?: number }) {
    super(message, options);
    this.total = options?.total ?? 1;
  }
}

/**
 * Every failing page in one error (check and build report them all, not only the first):
 * one page's error as it is; several as their messages, one a line, then how many failed.
 * `scope` says whose pages: " of campaign 'x'", or "" for a whole build.
 */
export function templateErrors(failures: TemplateError[], scope = ''): TemplateError {
  if (failures.length === 1) return failures[0]!;
  return new TemplateError(`${failures.map((f) => f.message).join('\n')}\n${failures.length} pages${scope} failed to render`, { cause: failures[0], total: failures.length });
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
