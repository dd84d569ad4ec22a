/**
 * FOI reply states in figures.yaml: `responded: false`, or `status: refused | not-held |
 * partial` with a `note`. A force that did not give figures must not carry any, and a
 * partial reply must say what it covers, or a reader would take it for a full year.
 */
import type { ForceFigures, ReplyStatus } from './types.ts';

export interface StatusProblem {
  /** Field inside the force, e.g. "status" or "offences". */
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

const NO_FIGURES: ReadonlySet<ReplyStatus> = new Set(['no-reply', 'refused', 'not-held']);
const COUNT_FIELDS = ['offences', 'method_recorded', 'platforms', 'groups', 'youngest_victim_age', 'breakdowns'] as const;

/** True when the force gave figures that count in totals (as compute/status.ts decides). */
export function isResponse(force: ForceFigures): boolean {
  return force.responded !== false && !NO_FIGURES.has(force.status ?? 'replied');
}

/**
 * Problems with one force's reply state.
 * @example statusProblems({ status: 'partial', offences: 19 }) // [{ field: "status", message: "a partial reply needs a note ...", severity: "error" }]
 */
export function statusProblems(force: ForceFigures): StatusProblem[] {
  const problems: StatusProblem[] = [];
  const status = force.status;
  if (force.responded === false && (status === 'replied' || status === 'partial')) {
    problems.push({ field: 'status', message: `'responded: false' and 'status: ${status}' contradict each other (expected one of them, found both)`, severity: 'error' });
  }
  if (!isResponse(force)) {
    const why = status && status !== 'replied' && status !== 'partial' ? `status: ${status}` : 'responded: false';
    for (const field of COUNT_FIELDS) {
      const value = force[field];
      if (value !== undefined && value !== null) {
        problems.push({ field, message: `this force is marked '${why}' but has figures (expected no ${field}, found ${JSON.stringify(value)}): remove the figures, or the '${why}'`, severity: 'error' });
      }
    }
  }
  const note = force.note?.trim() ?? '';
  if (status === 'partial' && note === '') {
    problems.push({ field: 'status', message: `a partial reply needs a note saying what it covers (expected e.g. note: "April to September only", found no note)`, severity: 'error' });
  }
  if ((status === 'refused' || status === 'not-held') && note === '') {
    problems.push({ field: 'status', message: `say why in a note (expected e.g. note: "${status === 'refused' ? 'refused on cost grounds' : 'the force does not record the app used'}", found no note)`, severity: 'warning' });
  }
  return problems;
}
