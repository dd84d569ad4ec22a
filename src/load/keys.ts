/**
 * The field names a zod schema allows at a path, so that a mistyped field
 * ("method_recoded") can be answered with "did you mean 'method_recorded'?".
 */
import type { z } from 'zod';

/** The parts of a zod 4 schema definition we walk; zod keeps them under `_zod.def`. */
interface Def {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  valueType?: z.ZodType;
  element?: z.ZodType;
  in?: z.ZodType;
}

const def = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Wrappers that do not change the shape of the data: optional, nullable, default… */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let i = 0; i < 20; i++) {
    const d = def(current);
    const inner = d.innerType ?? (d.type === 'pipe' ? d.in : undefined);
    if (!inner) return current;
    current = inner;
  }
  return current;
}

/** The schema of the value found at `path`, or undefined when the path leaves the schema. */
function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = unwrap(schema);
  for (const key of path) {
    if (!current) return undefined;
    const d = def(current);
    if (d.type === 'object') current = typeof key === 'string' ? d.shape?.[key] : undefined;
    else if (d.type === 'record') current = d.valueType;
    else if (d.type === 'array') current = d.element;
    else return undefined;
    current = current && unwrap(current);
  }
  return current;
}

/**
 * Field names allowed at a path of a schema.
 * @example allowedKeys(figuresSchema, ["forces", "derbyshire"]) // ["offences", "method_recorded", ...]
 */
export function allowedKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const target = schemaAt(schema, path);
  const d = target && def(target);
  return d?.type === 'object' ? Object.keys(d.shape ?? {}) : [];
}
