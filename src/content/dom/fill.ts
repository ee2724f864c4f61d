// Putting values into a page the way a user's typing and clicking would, so that whatever
// framework runs the page (React, Vue, Angular) registers them: focus, the native value setter
// from the element's prototype (React's value tracker sits on the element itself and would
// swallow a plain `.value =`), bubbling input and change events, blur.
import type { Locators } from '../../core/locators';
import type { FieldOutcome, FillReason } from '../../core/messages';
import { whyNotEditable } from './visibility';

/** What a console's fill puts in, as the background gave it. */
export interface FillValues {
  baseUrl: string;
  token: string;
  /** Fields the admin picked by hand on this console before: tried first. */
  remembered?: Locators;
}

export interface FillOptions {
  signal: AbortSignal;
  /** False once the page moved on from where the admin clicked. */
  stillHere(): boolean;
}

/** The token as a console takes it that adds "Bearer " itself (Okta's Authorization, Entra's Secret Token). */
export const bareToken = (token: string): string => token.trim().replace(/^bearer\s+/i, '');

export interface FillResult {
  outcome: FieldOutcome;
  /** Why it was not filled, for the status message. */
  reason?: FillReason;
  /** A non-secret value the field holds instead (only ever shown for non-secret fields). */
  current?: string;
}

/** Not filled, and why. */
export const unavailable = (reason: FillReason): FillResult => ({ outcome: 'unavailable', reason });

/** Another value is there, left alone (never overwritten behind the admin's back). */
export const kept = (current: string): FillResult => ({ outcome: 'kept', reason: 'other-value', current });
export const ALREADY_SET: FillResult = { outcome: 'already-set' };

/** Filled when the page shows the value took, else "rejected". */
export const filledIf = (took: boolean): FillResult => (took ? { outcome: 'filled' } : unavailable('rejected'));

function nativeSetter(el: Element, prop: string): ((value: unknown) => void) | null {
  // Start at the prototype: an own property on the element is a framework's interceptor.
  for (let proto = Object.getPrototypeOf(el); proto; proto = Object.getPrototypeOf(proto)) {
    const set = Object.getOwnPropertyDescriptor(proto, prop)?.set;
    if (set) return (value) => set.call(el, value);
  }
  return null;
}

export function setNativeValue(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  const set = nativeSetter(el, 'value');
  if (set) set(value);
  else el.value = value;
}

function fire(el: Element, type: string): void {
  const init = { bubbles: true, cancelable: true, composed: true };
  el.dispatchEvent(
    type === 'input' ? new InputEvent('input', { ...init, inputType: 'insertReplacementText' }) : new Event(type, init),
  );
}

/** Focus, set through the native setter, input + change, blur. */
export function enterValue(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  el.focus();
  setNativeValue(el, value);
  fire(el, 'input');
  fire(el, 'change');
  el.blur();
}

/** The pointer and mouse events a real click sends, then the click itself. el.click() is
 *  used for the click so checkboxes and radios toggle through their own activation. */
export function clickLikeUser(el: HTMLElement): void {
  const init = { bubbles: true, cancelable: true, composed: true, button: 0 };
  const PointerCtor = typeof PointerEvent === 'function' ? PointerEvent : MouseEvent;
  el.dispatchEvent(new PointerCtor('pointerdown', init));
  el.dispatchEvent(new MouseEvent('mousedown', init));
  if (typeof el.focus === 'function') el.focus();
  el.dispatchEvent(new PointerCtor('pointerup', init));
  el.dispatchEvent(new MouseEvent('mouseup', init));
  el.click();
}

export function pressKey(el: Element, key: string): void {
  const init = { key, bubbles: true, cancelable: true, composed: true };
  el.dispatchEvent(new KeyboardEvent('keydown', init));
  el.dispatchEvent(new KeyboardEvent('keyup', init));
}

/**
 * Fills a text field unless it must not be touched: hidden, disabled or readonly fields are
 * "unavailable"; a field already holding this value is "already-set"; a field holding another
 * non-empty value is "kept" (never overwritten silently). A value the page undoes is "rejected".
 */
export function fillText(el: HTMLInputElement | HTMLTextAreaElement, value: string): FillResult {
  const blocked = whyNotEditable(el);
  if (blocked) return unavailable(blocked);
  const current = el.value;
  if (current === value) return ALREADY_SET;
  if (current.trim() !== '') return kept(current);
  enterValue(el, value);
  return filledIf(el.value === value);
}
