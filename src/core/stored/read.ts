// Reading what the extension stored, whatever an older release or damage left there. Pure: the
// background reads and writes the storage areas (background/stored-key.ts).
//
// Every stored value is a JSON object carrying the version of its shape in SCHEMA_VERSION_FIELD
// (a field, not a wrapper, so an older release can still read a newer value: zod drops the
// field it does not know). Values written before versions existed have no such field: they are
// version 1, and each of their migrations only fills in what is absent, so whichever of the
// unversioned shapes one is, migrating it from version 1 is right.
//
// A value is migrated, then parsed; what does not parse is salvaged part by part (salvage.ts)
// rather than dropped whole, and the parts reset are named for the popup.
import type { z } from '../zod';
import { isJson, salvage } from './salvage';

export const SCHEMA_VERSION_FIELD = 'schemaVersion';

export type Json = Record<string, unknown>;
/** Turns a value of version n into one of version n + 1. Never throws on odd input on purpose,
 *  but a throw is survived: the value is then reset whole. */
export type Migration = (value: Json) => Json;

export interface StoredKey<T> {
  /** The key in its storage area. */
  key: string;
  area: 'local' | 'session';
  /** The shape this build writes (the last migration's result). */
  schema: z.ZodMiniType<T>;
  /** What a missing or wholly unreadable value reads as. */
  fallback: T;
  /** migrations[i] turns version i + 1 into version i + 2: this build writes version length + 1. */
  migrations: readonly Migration[];
  /** For the popup's note, when the value is reset whole: "the saved progress". */
  label: string;
  /** For the note, when only a part is: by the value's top-level field. */
  sections?: Readonly<Record<string, string>>;
}

export interface ReadResult<T> {
  value: T;
  /** What could not be read and was reset, in words, for the popup's note ([] when nothing). */
  reset: string[];
}

export const versionOf = (entry: StoredKey<unknown>): number => entry.migrations.length + 1;

/** The stored version: 1 when there is none (or it is not a whole number above 0). */
function storedVersion(value: Json): number {
  const v = value[SCHEMA_VERSION_FIELD];
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1;
}

/** What `raw` (as the storage area returned it; undefined when absent) reads as now. */
export function readStored<T>(entry: StoredKey<T>, raw: unknown): ReadResult<T> {
  const fallback = structuredClone(entry.fallback);
  if (raw === undefined) return { value: fallback, reset: [] };
  if (!isJson(raw)) return { value: fallback, reset: [entry.label] };
  let value: Json = raw;
  try {
    // A newer release's value (after a downgrade) runs no migration: it is parsed as it is.
    for (let v = storedVersion(raw); v < versionOf(entry); v++) value = entry.migrations[v - 1]!(value);
  } catch {
    return { value: fallback, reset: [entry.label] };
  }
  const { value: read, reset } = salvage(entry.schema, value, fallback);
  const words = reset.map((path) => (path.length > 0 && entry.sections?.[path[0]!]) || entry.label);
  return { value: read, reset: [...new Set(words)] };
}

/** What to store: the value with the version of its shape. */
export function toStored<T>(entry: StoredKey<T>, value: T): Json {
  return { ...(value as Json), [SCHEMA_VERSION_FIELD]: versionOf(entry) };
}
