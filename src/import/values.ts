/**
 * One spreadsheet cell → a figure: "1,204" → 1204, an empty cell or a "not recorded" marker →
 * not supplied (never zero), "48%" → "48%" (a published share, where the data files take one).
 */
import type { Cell } from './table.ts';

export type Value = number | string | null;

/** Words FOI replies put where a figure was not recorded: the same as an empty cell. */
const ABSENT = /^(-|–|—|n\/?a|not (recorded|known|held|available|supplied|provided)|unknown|no data|nil return|\.\.)$/i;

/**
 * parseValue("1,204", "offences") → { value: 1204 }; parseValue("", …) → { value: null };
 * parseValue("48%", "platforms.snapchat") → { value: "48%" }; parseValue("about 20", …) → { error }.
 */
export function parseValue(cell: Cell, field: string): { value: Value } | { error: string } {
  if (cell === null) return { value: null };
  if (typeof cell === 'number') return whole(cell, String(cell), field);
  const text = cell.trim().replace(/\u00a0/g, ' ');
  if (text === '' || ABSENT.test(text)) return { value: null };
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(text);
  if (percent) {
    if (!field.startsWith('platforms.') && !field.startsWith('groups.')) return { error: `'${text}' is a percentage; ${field} takes a count` };
    if (Number(percent[1]) > 100) return { error: `'${text}' is more than 100%` };
    return { value: `${percent[1]}%` };
  }
  // Thousands separators only where they belong: "1,204" and "12 345", not "1,2".
  if (/^\d{1,3}([, ]\d{3})+$|^\d+(\.0+)?$/.test(text)) return whole(Number(text.replace(/[, ]/g, '')), text, field);
  return { error: `'${text}' is not a number (write the figure, or leave the cell empty if it was not supplied)` };
}

function whole(n: number, text: string, field: string): { value: number } | { error: string } {
  if (!Number.isInteger(n) || n < 0) return { error: `'${text}' is not a whole number ≥ 0` };
  if (!Number.isSafeInteger(n)) return { error: `'${text}' is too large to be a count` };
  if (field === 'youngest_victim_age' && n > 17) return { error: `'${text}' is not a child's age (0 to 17)` };
  return { value: n };
}
