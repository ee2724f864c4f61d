// For the content-script tests in happy-dom: a live (or invalidated) extension id, the injected
// panel's shadow contents read as a user reads them, a MutationObserver counter (to prove a
// script stays idle), a getComputedStyle counter (to prove a scan's cost does not grow with the
// page), and the browser's animationstart and frames.
import { vi } from 'vitest';
import { isOurs } from '../../../src/content/dom/ours';
import { APPEAR_ANIMATION } from '../../../src/content/dom/watch';

export function fakeExtension(): void {
  // send-content is mocked in these tests: this runtime only has to look like the real one.
  (globalThis as unknown as { chrome: unknown }).chrome = {
    runtime: { id: 'test-extension-id', sendMessage: async () => ({ ok: true }) },
  };
}

/** What a reload or update of the extension does to a content script left in the page: the
 *  runtime object it holds loses its id. */
export function invalidateExtension(): void {
  delete (globalThis as unknown as { chrome: { runtime: { id?: string } } }).chrome.runtime.id;
}

/** The shadow roots of the panels the script put in the page (known to it by reference). */
export function panels(): ShadowRoot[] {
  return Array.from(document.querySelectorAll('*'))
    .filter((el) => isOurs(el) && el.shadowRoot !== null)
    .map((host) => host.shadowRoot!);
}

export function panelButton(label: string): HTMLButtonElement | null {
  for (const root of panels()) {
    const button = Array.from(root.querySelectorAll('button')).find((b) => b.textContent === label);
    if (button) return button;
  }
  return null;
}

export function byRole(role: 'status' | 'alert'): HTMLElement[] {
  return panels().flatMap((root) => Array.from(root.querySelectorAll<HTMLElement>(`[role="${role}"]`)));
}

export const roleText = (role: 'status' | 'alert'): string =>
  byRole(role)
    .map((el) => el.textContent ?? '')
    .filter(Boolean)
    .join(' ');

/** Counts MutationObservers created from now on (restored by the returned function). */
export function countObservers(): { count(): number; restore(): void } {
  const Original = globalThis.MutationObserver;
  const created = vi.fn();
  globalThis.MutationObserver = class extends Original {
    constructor(callback: MutationCallback) {
      super(callback);
      created();
    }
  };
  return { count: () => created.mock.calls.length, restore: () => void (globalThis.MutationObserver = Original) };
}

/** What a browser does when a heading-like element appears under the animationstart trick. */
export function fireAppear(el: Element): void {
  const event = new Event('animationstart', { bubbles: true });
  Object.defineProperty(event, 'animationName', { value: APPEAR_ANIMATION });
  el.dispatchEvent(event);
}

export const frames = async (n = 2): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
};

/** getComputedStyle calls (one per ancestor in isVisible) while `read` runs. */
export function styleReads(read: () => unknown): number {
  const spy = vi.spyOn(window, 'getComputedStyle');
  try {
    read();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}
