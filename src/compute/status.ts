/**
 * A force's FOI reply state. `responded: false` means status "no-reply" unless a status is
 * given; "refused", "not-held" and "no-reply" are not responses, whatever `responded` says.
 * A "partial" reply counts as a response (it is in the totals) but is not ranked: ranking
 * part of a year against whole years would misplace it. A campaign that wants partial
 * replies ranked can mark them "replied" and explain in `note`.
 */
import type { ForceFigures, ReplyStatus } from '../load/types.ts';

export interface ReplyState {
  responded: boolean;
  status: ReplyStatus;
  /** In the rankings: a full reply. */
  ranked: boolean;
}

const NOT_RESPONSES: ReadonlySet<ReplyStatus> = new Set(['no-reply', 'refused', 'not-held']);

/**
 * @example replyState({ responded: false }) // { responded: false, status: 'no-reply', ranked: false }
 * @example replyState({ status: 'partial', offences: 19 }) // { responded: true, status: 'partial', ranked: false }
 */
export function replyState(figures: ForceFigures): ReplyState {
  const status: ReplyStatus = figures.status ?? (figures.responded === false ? 'no-reply' : 'replied');
  const responded = !NOT_RESPONSES.has(status) && figures.responded !== false;
  const finalStatus: ReplyStatus = responded ? status : NOT_RESPONSES.has(status) ? status : 'no-reply';
  return { responded, status: finalStatus, ranked: responded && finalStatus === 'replied' };
}
