/**
 * Lists joined in house style: "Facebook, Instagram and WhatsApp" (no Oxford comma by
 * default), "Facebook and Instagram", "Facebook". An empty list is "" so a template can
 * test it with {% if %}.
 */
import { fail } from './guard.ts';
import type { Style } from './style.ts';

/** list(["Facebook", "Instagram", "WhatsApp"], style) === "Facebook, Instagram and WhatsApp". */
export function list(items: readonly (string | number)[], style: Style): string {
  if (!Array.isArray(items)) throw fail('list', 'a list of names', items);
  const names = items.map((item, i) => {
    if (typeof item === 'number' && Number.isFinite(item)) return String(item);
    if (typeof item === 'string' && item.trim() !== '') return item;
    throw fail('list', `a name at item ${i + 1}`, item);
  });
  if (names.length <= 1) return names[0] ?? '';
  if (names.length === 2) return names.join(style.listPairSeparator);
  return names.slice(0, -1).join(style.listSeparator) + style.listLastSeparator + names[names.length - 1];
}
