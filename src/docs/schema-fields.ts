/**
 * Every field of a data file, read from its zod schema (src/load/schema.ts), so the
 * reference in docs/data.md lists exactly what `check` accepts:
 * schemaFields(campaignSchema) → [{ path: 'title', type: 'text', required: true }, …,
 * { path: 'period.start', type: 'date (YYYY-MM-DD)', required: true }, …].
 * Keys a record takes (force ids, platform ids) are written `<force-id>`, `<platform-id>`.
 */
import type { z } from 'zod';

export interface SchemaField {
  path: string;
  type: string;
  required: boolean;
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  entries?: Record<string, string>;
  checks?: Array<{ _zod: { def: { check: string; format?: string; pattern?: RegExp; value?: number; inclusive?: boolean } } }>;
  defaultValue?: unknown;
  options?: z.ZodType[];
  catchall?: z.ZodType;
  in?: z.ZodType;
}

const def = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
/** What is written in the file: a pipe (a value read, then transformed) is documented by what it reads. */
const written = (schema: z.ZodType): z.ZodType => (def(schema).type === 'pipe' ? written(def(schema).in!) : schema);

/** What keys of a record are, by the field that holds it. */
const RECORD_KEYS: Record<string, string> = {
  forces: '<force-id>', regions: '<region-id>', platforms: '<platform-id>', groups: '<group-id>',
  breakdowns: '<breakdown-id>', history: '<period>',
};

function keyName(path: string, fallback = '<id>'): string {
  const last = path.split('.').filter((p) => !p.startsWith('<')).pop() ?? '';
  if (path.includes('breakdowns.<')) return '<category>';
  return RECORD_KEYS[last] ?? fallback;
}

/** A scalar's type in words: "whole number ≥ 0", "date (YYYY-MM-DD)", "one of replied, no-reply". */
function scalar(d: Def): string {
  if (d.type === 'string') {
    const pattern = d.checks?.map((c) => c._zod.def.pattern?.source).find(Boolean);
    if (pattern === '^\\d{4}-\\d{2}-\\d{2}$') return 'date (YYYY-MM-DD)';
    if (pattern?.startsWith('^\\d{4}-\\d{2}-\\d{2}T')) return 'date and time with offset (2018-04-16T00:01:00+01:00)';
    if (pattern === '^[a-z0-9-]+$') return 'id (a-z, 0-9, -)';
    if (pattern?.endsWith('%\\s*$')) return 'a published percentage such as 48% or 32.6%';
    return 'text';
  }
  if (d.type === 'number') {
    const int = d.checks?.some((c) => c._zod.def.format === 'safeint' || c._zod.def.check === 'number_format');
    const min = d.checks?.map((c) => c._zod.def).find((c) => c.check === 'greater_than')?.value;
    const max = d.checks?.map((c) => c._zod.def).find((c) => c.check === 'less_than')?.value;
    const range = min !== undefined && max !== undefined ? ` ${min}–${max}` : min !== undefined ? ` ≥ ${min}` : '';
    return `${int ? 'whole number' : 'number'}${range}`;
  }
  if (d.type === 'boolean') return 'true or false';
  if (d.type === 'enum') return `one of ${Object.values(d.entries ?? {}).join(', ')}`;
  return d.type;
}

/** Walks a schema: one row per field, nested objects and records expanded. */
export function schemaFields(schema: z.ZodType, path = '', required = true, out: SchemaField[] = []): SchemaField[] {
  const d = def(schema);
  switch (d.type) {
    case 'optional':
      return schemaFields(d.innerType!, path, false, out);
    case 'default':
      return schemaFields(d.innerType!, path, false, out);
    case 'nullable': {
      const before = out.length;
      schemaFields(d.innerType!, path, required, out);
      if (out[before]) out[before] = { ...out[before]!, type: `${out[before]!.type}, or null (not supplied)` };
      return out;
    }
    case 'pipe':
      return schemaFields(d.in!, path, required, out);
    case 'union': {
      // One row whose type names every alternative: "whole number ≥ 0, or a published percentage such as 48%".
      const types = (d.options ?? []).map((option) => schemaFields(option, path, required, [])[0]?.type ?? 'value');
      out.push({ path, type: types.join(', or '), required });
      return out;
    }
    case 'object':
      if (path && !path.endsWith('[]')) out.push({ path, type: 'a block of the fields below', required });
      for (const [key, value] of Object.entries(d.shape ?? {})) schemaFields(value, path ? `${path}.${key}` : key, true, out);
      // Keys the block takes besides its named fields (a breakdown's categories).
      if (d.catchall && def(d.catchall).type !== 'never') schemaFields(d.catchall, `${path}.${keyName(path)}`, false, out);
      return out;
    case 'record': {
      const value = def(written(d.valueType!));
      const key = keyName(path);
      if (value.type === 'object' || value.type === 'record') {
        if (path) out.push({ path, type: `${key} → a block of the fields below`, required });
        return schemaFields(written(d.valueType!), `${path}.${key}`, true, out);
      }
      const before = out.length;
      schemaFields(d.valueType!, `${path}.${key}`, true, out);
      const inner = out.splice(before);
      out.push({ path, type: `${key} → ${inner[0]?.type ?? 'value'}`, required });
      return out;
    }
    case 'array': {
      const element = def(d.element!);
      if (element.type === 'object') {
        out.push({ path, type: 'a list of blocks with the fields below', required });
        return schemaFields(d.element!, `${path}[]`, true, out);
      }
      const before = out.length;
      schemaFields(d.element!, `${path}[]`, true, out);
      const inner = out.splice(before);
      out.push({ path, type: `a list of ${inner[0]?.type ?? 'values'}`, required });
      return out;
    }
    default:
      out.push({ path, type: scalar(d), required });
      return out;
  }
}
