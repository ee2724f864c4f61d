// Fields the admin pointed at: when a console's markup defeats the finders, the admin clicks
// "Pick <field>", then the field itself, and the extension remembers where it was, per console
// origin, so the next fill finds it first. A locator says how to find the element again and
// what it was called; it never holds a value. Pure: the background keeps them in storage.local.
import { ENTRA_FIELD_NAMES, FIELD_NAMES, OKTA_FIELD_NAMES, PICKABLE_FIELDS, type PickableField } from './field-names';
import { isEntraShellUrl, isOktaAdminUrl, isTrelicaUrl } from './hosts';
import { z } from './zod';

/** Every field either script can be pointed at (Trelica's are base-url and token). */
export { PICKABLE_FIELDS, type PickableField } from './field-names';
export const PickableFieldSchema = z.enum(PICKABLE_FIELDS);

const Short = z.string().check(z.maxLength(200));

export const LocatorSchema = z.object({
  id: z.optional(Short),
  testId: z.optional(Short),
  name: z.optional(Short),
  /** What the element was called when picked: it must still read so before it is used. */
  label: Short,
});
export type Locator = z.infer<typeof LocatorSchema>;

export const LocatorsSchema = z.partialRecord(PickableFieldSchema, LocatorSchema);
export type Locators = z.infer<typeof LocatorsSchema>;

/** By console origin ("https://console.jumpcloud.com"). */
export const RememberedSchema = z.record(z.string().check(z.maxLength(100)), LocatorsSchema);
export type Remembered = z.infer<typeof RememberedSchema>;

export function remember(all: Remembered, origin: string, field: PickableField, locator: Locator): Remembered {
  return { ...all, [origin]: { ...all[origin], [field]: locator } };
}

export function forget(all: Remembered, origin: string, field: PickableField): Remembered {
  const { [field]: _gone, ...rest } = all[origin] ?? {};
  const { [origin]: _site, ...others } = all;
  return Object.keys(rest).length > 0 ? { ...others, [origin]: rest } : others;
}

/** For the popup: one row per remembered field. */
export function rememberedRows(all: Remembered): { origin: string; field: PickableField; label: string }[] {
  return Object.entries(all).flatMap(([origin, fields]) =>
    PICKABLE_FIELDS.flatMap((field) => (fields[field] ? [{ origin, field, label: fields[field]!.label }] : [])),
  );
}

/** A field's name on the console it was picked on (Trelica says "Bearer token"). */
export function fieldName(origin: string, field: PickableField): string {
  const page = `${origin}/`;
  if (field === 'token' && isTrelicaUrl(page)) return 'Bearer token';
  const own = isOktaAdminUrl(page) ? OKTA_FIELD_NAMES : isEntraShellUrl(page) ? ENTRA_FIELD_NAMES : {};
  return own[field] ?? FIELD_NAMES[field];
}
