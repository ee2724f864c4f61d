// Keeping what can be kept of a value that does not parse whole. The fallback says how finely:
// where it holds an object, each of the schema's fields (or each entry of a record) is salvaged
// on its own; where it holds an array, each valid element is kept (the newest, if too many
// for the list's limit); anywhere else (a null, a
// number: a verdict, a token entry) the part is one unit, kept whole or reset whole. So one
// mangled rehearsal result resets the last rehearsal, not the Base URL beside it.
//
// Reads zod's schema definitions (`_zod.def`), a stable part of zod 4's core that zod/mini
// exposes without the methods of the full build.
import type { z } from '../zod';

type Schema = z.ZodMiniType;
interface Def {
  type: string;
  innerType?: Schema;
  shape?: Record<string, Schema>;
  keyType?: Schema;
  valueType?: Schema;
  element?: Schema;
  checks?: { _zod: { def: { check: string; maximum?: number } } }[];
}

const defOf = (schema: Schema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
/** A JSON object (not an array, not null). */
export const isJson = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The schema under defaults and nullable or optional wrappers (the value is there and not null). */
function bare(schema: Schema): Def {
  let def = defOf(schema);
  while (def.innerType && (def.type === 'default' || def.type === 'nullable' || def.type === 'optional')) {
    def = defOf(def.innerType);
  }
  return def;
}

export interface Salvaged<T> {
  value: T;
  /** The path of each part that was there and was reset (or dropped); [] for the whole value. */
  reset: string[][];
}

export function salvage<T>(schema: z.ZodMiniType<T>, data: unknown, fallback: T): Salvaged<T> {
  const reset: string[][] = [];
  return { value: part(schema, data, fallback, [], reset) as T, reset };
}

function part(schema: Schema, data: unknown, fallback: unknown, path: string[], reset: string[][]): unknown {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const kept = pieces(bare(schema), data, fallback, path, reset);
  if (kept !== NONE) {
    // The pieces kept, put together, can still fail a check on the whole (a list too long).
    const whole = schema.safeParse(kept);
    if (whole.success) return whole.data;
  }
  // A part that was not there at all lost nothing: it takes its default without a word.
  if (data !== undefined) reset.push(path);
  return fallback;
}

const NONE = Symbol('not salvageable piece by piece');

function pieces(def: Def, data: unknown, fallback: unknown, path: string[], reset: string[][]): unknown {
  if (def.type === 'object' && def.shape && isJson(data) && isJson(fallback)) {
    const kept = Object.entries(def.shape).map(([key, field]) => [
      key,
      part(field, data[key], fallback[key], [...path, key], reset),
    ]);
    // fromEntries: a stored "__proto__" key stays a plain key.
    return Object.fromEntries(kept.filter(([, value]) => value !== undefined));
  }
  if (def.type === 'record' && def.keyType && def.valueType && isJson(data) && isJson(fallback)) {
    const { keyType, valueType } = def;
    const kept = Object.entries(data).flatMap(([key, value]) => {
      const entry = valueType.safeParse(value);
      if (keyType.safeParse(key).success && entry.success) return [[key, entry.data] as const];
      reset.push([...path, key]);
      return [];
    });
    return Object.fromEntries(kept);
  }
  if (def.type === 'array' && def.element && Array.isArray(data) && Array.isArray(fallback)) {
    const kept = data.flatMap((item, i) => {
      const element = def.element!.safeParse(item);
      if (!element.success) reset.push([...path, String(i)]);
      return element.success ? [element.data] : [];
    });
    // Over its limit: the newest (lists are appended to) are kept.
    const max = def.checks?.find((c) => c._zod.def.check === 'max_length')?._zod.def.maximum;
    if (max === undefined || kept.length <= max) return kept;
    reset.push(path);
    return kept.slice(-max);
  }
  return NONE;
}
