/**
 * Lists joined in house style: "Facebook, Instagram and WhatsApp" (no Oxford comma by
 * default), "Facebook and Instagram", "Facebook". An empty list is "" so a template can
 * test it with {% if %}.
 */
import { fail } from './guard.ts';
import { num } from './num.ts';
import type { Style } from './style.ts';

/**
 * list(["Facebook", "Instagram", "WhatsApp"], style) === "Facebook, Instagram and WhatsApp".
 * With attr, each item's field: list(forces, style, 'name') → "Gwent Police and Dyfed-Powys Police";
 * with count too, the item's count after its name in house style: list(forces, style, 'name',
 * 'offences') → "South Wales Police 74, Gwent Police 21 and Dyfed-Powys Police 19".
 */
export function list(items: readonly unknown[], style: Style, attr?: string, count?: string): string {
  if (!Array.isArray(items)) throw fail('list', 'a list of names', items);
  if (count !== undefined && attr === undefined) throw fail('list', 'attr (the field to name each item by) with count', count);
  const field = (item: unknown, key: string, i: number): unknown => {
    if (typeof item !== 'object' || item === null || !(key in item)) throw fail('list', `an item with a field "${key}" at item ${i + 1}`, item);
    return (item as Record<string, unknown>)[key];
  };
  const names = items.map((raw, i) => {
    const item = attr === undefined ? raw : field(raw, attr, i);
    if (count !== undefined && typeof item === 'string') return `${item} ${num(field(raw, count, i) as number, style)}`;
    if (typeof item === 'number' && Number.isFinite(item)) return String(item);
    if (typeof item === 'string' && item.trim() !== '') return item;
    throw fail('list', `a name at item ${i + 1}`, item);
  });
  if (names.length <= 1) return names[0] ?? '';
  if (names.length === 2) return names.join(style.listPairSeparator);
  return names.slice(0, -1).join(style.listSeparator) + style.listLastSeparator + names[names.length - 1];
}
