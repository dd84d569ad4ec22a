/** Imported figures → figures.yaml text, forces in forces.yaml order, one flow mapping per platform list. */
import type { Reference } from '../load/types.ts';
import type { Value } from './values.ts';

export interface ImportedForce {
  id: string;
  responded?: false;
  offences?: Value;
  method_recorded?: Value;
  youngest_victim_age?: Value;
  platforms?: Record<string, Value>;
  groups?: Record<string, Value>;
}

const ORDER = ['responded', 'offences', 'method_recorded', 'platforms', 'groups', 'youngest_victim_age'] as const;

/**
 * figuresYaml([{ id: "kent", offences: 1204, platforms: { snapchat: "48%" } }], reference, "foi.xlsx") →
 * "forces:\n  kent:\n    offences: 1204\n    platforms: { snapchat: 48% }\n" under a comment naming the file.
 */
export function figuresYaml(forces: ImportedForce[], reference: Reference, source: string): string {
  const lines = [`# Imported from ${oneLine(source)} by localpress import. Empty cells were left out (not supplied), never written as zero.`, 'forces:'];
  const known = new Set(reference.forces.map((f) => f.id));
  for (const force of forces) {
    if (!known.has(force.id)) continue;
    lines.push(`  ${force.id}:`);
    for (const key of ORDER) {
      const value = force[key];
      if (value === undefined) continue;
      if (typeof value === 'object' && value !== null) {
        lines.push(`    ${key}: { ${Object.entries(value).map(([k, v]) => `${k}: ${scalar(v)}`).join(', ')} }`);
      } else lines.push(`    ${key}: ${scalar(value)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function scalar(value: Value | boolean): string {
  return value === null ? 'null' : String(value);
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}
