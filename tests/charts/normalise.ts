/**
 * Make SVG snapshots stable: ids renumbered in order of first appearance (with every
 * reference to them), numbers rounded to one decimal place, one element per line so a
 * diff points at the element that changed.
 */
export function normaliseSvg(svg: string): string {
  const ids = new Map<string, string>();
  for (const [, id] of svg.matchAll(/\bid="([^"]+)"/g)) if (id && !ids.has(id)) ids.set(id, `id-${ids.size + 1}`);
  let out = svg;
  // Longest first, so "x-hatch" is not half-replaced by "x".
  for (const [id, n] of [...ids].sort((a, b) => b[0].length - a[0].length)) out = out.split(id).join(n);
  out = out.replace(/-?\d+\.\d+/g, (m) => String(Math.round(Number(m) * 10) / 10));
  return out.replace(/></g, '>\n<') + '\n';
}
