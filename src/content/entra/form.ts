// Filling Entra's provisioning form after the admin's click, in either UI: classic
// "Provisioning Mode" → "Automatic" (which shows "Admin Credentials"), or newer "Select
// authentication method" → "Bearer authentication"; then "Tenant URL" and "Secret Token", each
// set as a person's typing or choosing sets it, then read back, stopping as soon as the page is
// no longer the one the admin clicked on. Nothing is saved: "Test Connection" and "Save" (or
// "Create") stay the admin's clicks.
import type { EntraUi } from '../../core/idp/entra/facts';
import type { EntraFieldResult } from '../../core/messages/entra';
import { choose, PLACEHOLDER } from '../dom/choose';
import { bareToken, fillText, unavailable, type FillOptions, type FillValues } from '../dom/fill';
import { findChoice, findTextField, isTextInput, type ChoiceSpec, type FieldSpec } from '../dom/find';
import { byLocator } from '../dom/pick';
import { waitForElement } from '../dom/wait';
import { AUTH_METHOD, BASE_URL, MODE, TOKEN } from './selectors';

/** A choice may render the next fields: give them this long. */
const APPEAR_MS = 1500;

/**
 * The Tenant URL as Entra must get it: no trailing slash (Entra appends "/Users"), and its query
 * kept, `?aadOptscim062020` above all (entra.md "What Entra sends": it selects the dialect).
 */
export const entraBaseUrl = (url: string): string => url.trim().replace(/\/+(?=\?|#|$)/, '');

// What a choice shows before anyone chose: "Manual" is classic's default, no admin's choice.
const UNCHOSEN = new RegExp(`${PLACEHOLDER.source}|^manual$`);

type TextInput = HTMLInputElement | HTMLTextAreaElement;
type TextField = 'base-url' | 'token';

function remembered(values: FillValues, field: TextField): TextInput | null {
  const locator = values.remembered?.[field];
  return locator ? (byLocator(document.body, locator, isTextInput) as TextInput | null) : null;
}

/** The form's field by its words (one a person can type into first: dom/find.ts). */
const field = (spec: FieldSpec): TextInput | null => findTextField(document.body, spec);

async function chooseIn(name: EntraFieldResult['field'], spec: ChoiceSpec, signal: AbortSignal) {
  const control = findChoice(document.body, spec);
  const result: EntraFieldResult = control
    ? { field: name, ...(await choose(control, spec.want, signal, UNCHOSEN)) }
    : { field: name, outcome: 'not-found' };
  return result;
}

/** Every field's result, in form order, or 'moved' when the page changed under us. */
export async function fillForm(
  ui: EntraUi | null,
  values: FillValues,
  { signal, stillHere }: FillOptions,
): Promise<EntraFieldResult[] | 'moved'> {
  const results: EntraFieldResult[] = [];
  // Each UI's choice is looked for in that UI only (a UI without it reports nothing of it).
  if (ui === 'classic') results.push(await chooseIn('mode', MODE, signal));
  if (ui === 'new') results.push(await chooseIn('auth-method', AUTH_METHOD, signal));
  if (!stillHere()) return 'moved';
  // "Automatic" renders "Admin Credentials" (classic): wait for its fields.
  await waitForElement(() => field(BASE_URL), { signal, timeoutMs: APPEAR_MS });
  if (!stillHere()) return 'moved';
  const filled = new Map<TextField, [TextInput, string]>();
  const fill = (name: TextField, spec: FieldSpec, value: string): EntraFieldResult => {
    const el = remembered(values, name) ?? field(spec);
    if (!el) return { field: name, outcome: 'not-found' };
    filled.set(name, [el, value]);
    return { field: name, ...fillText(el, value) };
  };
  results.push(fill('base-url', BASE_URL, entraBaseUrl(values.baseUrl)));
  results.push(fill('token', TOKEN, bareToken(values.token)));
  // Read back once the page had its turn: a value the page undid is "rejected".
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (!stillHere()) return 'moved';
  return results.map((r) => {
    const [el, value] = filled.get(r.field as TextField) ?? [];
    if (r.outcome !== 'filled' || !el) return r;
    const now = el.isConnected ? el : field(r.field === 'token' ? TOKEN : BASE_URL);
    return now?.value === value ? r : { field: r.field, ...unavailable('rejected') };
  });
}

/** What the form holds now (the fields the fill would use), for checks before Entra acts. */
export function formValues(): { baseUrl: string; token: string } {
  return { baseUrl: field(BASE_URL)?.value ?? '', token: field(TOKEN)?.value ?? '' };
}
