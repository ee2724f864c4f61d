// Reading the Base URL and token for "Send to the extension": from a field the admin just picked,
// from one picked on this console before (if it still reads the same), else by the finders.
import type { Locator, Locators } from '../../core/locators';
import type { ScimState } from '../../core/messages';
import { byLocator, locatorOf, pickElement } from '../dom/pick';
import { isMasked, readLabelled, readScimState, readToken, valueIn } from './read';
import { TRELICA } from './selectors';

export type TrelicaField = 'base-url' | 'token';
export const FIELD_WORDS: Readonly<Record<TrelicaField, string>> = { 'base-url': 'Base URL', token: 'Bearer token' };

/** A value the admin pointed at, and where it was. */
export interface Picked {
  value: string;
  locator: Locator;
}

/** Shows a value (not a button, not masked): what a picked element must be. */
const showsValue = (el: Element): boolean => !el.matches('button, [role="button"]') && !isMasked(valueIn(el));

function remembered(locators: Locators, field: TrelicaField): string | null {
  const locator = locators[field];
  const el = locator ? byLocator(document, locator, showsValue) : null;
  return el ? valueIn(el) : null;
}

export async function readCredentials(
  section: Element,
  locators: Locators,
  picked: Partial<Record<TrelicaField, Picked>>,
  signal: AbortSignal,
): Promise<{ baseUrl: string | null; token: string | null; scimState: ScimState }> {
  const scimState = readScimState(section);
  const baseUrl =
    picked['base-url']?.value ?? remembered(locators, 'base-url') ?? readLabelled(section, TRELICA.baseUrlLabels).value;
  const token = picked.token?.value ?? remembered(locators, 'token') ?? (await readToken(section, signal));
  return { baseUrl, token, scimState };
}

/** Waits for the admin to click the element showing `field`; null when they cancel. */
export async function pickValue(
  field: TrelicaField,
  signal: AbortSignal,
  status: (lines: string[], tone?: 'info' | 'error') => void,
): Promise<Picked | null> {
  const name = FIELD_WORDS[field];
  status([`Click the ${name} on this page (reveal it first if it is hidden). Press Escape to cancel.`]);
  const el = await pickElement(signal, showsValue, () =>
    status([`That does not show a ${name}. Click it, or press Escape.`], 'error'),
  );
  const value = el && valueIn(el);
  if (!el || !value) {
    status([`Picking the ${name} was cancelled.`]);
    return null;
  }
  return { value, locator: locatorOf(el) };
}
