// The one surface scenarios are written against. Each browser driver (chromium.ts, firefox.ts)
// implements it, so a scenario is written once and runs in both browsers.
import type { BackgroundControl } from './background';
import type { StorageArea } from './extension-api';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/** The ARIA roles scenarios use; widen when a scenario needs another one. */
export type Role =
  | 'alert'
  | 'button'
  | 'checkbox'
  | 'combobox'
  | 'dialog'
  | 'heading'
  | 'link'
  | 'list'
  | 'listitem'
  | 'main'
  | 'menuitem'
  | 'option'
  | 'radio'
  | 'region'
  | 'status'
  | 'switch'
  | 'tab'
  | 'textbox';

/**
 * One tab. Role queries match the accessible name EXACTLY (after trimming) and look inside
 * open shadow roots, so the extension's injected panel is reachable like the page itself.
 * Every wait is bounded (default 10 s) and fails with what it was waiting for.
 */
export interface E2EPage {
  url(): Promise<string>;
  /** Navigates and waits until the document has loaded (works on extension pages too). */
  goto(url: string): Promise<void>;
  /** Waits for the one element with this role and name, then clicks it like a user (trusted events). */
  click(role: Role, name: string): Promise<void>;
  /** A real mouse click at a point of the viewport (CSS pixels): whatever is on top there gets it. */
  clickAt(x: number, y: number): Promise<void>;
  /** Presses a key on whatever has focus, e.g. 'Tab', 'Enter', 'Space', 'Escape'. */
  press(key: string): Promise<void>;
  /** Replaces the value of the textbox with this accessible name (its label), like a user typing. */
  fill(label: string, value: string): Promise<void>;
  /** Chooses the option reading `option` in the native select labelled `label`, as a person picks it. */
  select(label: string, option: string): Promise<void>;
  /** Waits until an element with this role (and name, when given) is visible. */
  waitFor(role: Role, name?: string, timeoutMs?: number): Promise<void>;
  /** How many elements with this role (and name) exist now; 0 is a valid answer, no waiting. */
  count(role: Role, name?: string): Promise<number>;
  /** The trimmed text of the first element with this role (and name), waiting for it to exist. */
  textOf(role: Role, name?: string): Promise<string>;
  /** Runs `fn` in the page's main world and returns its (JSON-serialisable) result. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Runs `source` in the page's main world at the start of every document this tab loads
   *  from now on, before the page's own scripts and the extension's content scripts. */
  addInitScript(source: string): Promise<void>;
  /** The text of every console message this tab's documents wrote since it opened. */
  consoleMessages(): readonly string[];
  /** Runs script source text in the page's main world: the driver's own evaluation, which the page's CSP does not govern (how axe-core gets into the popup). */
  evaluateSource(source: string): Promise<unknown>;
  /** Emulates the user's prefers-color-scheme for this tab. */
  emulateColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  /** Waits until `fn` returns a truthy value in the page (polled), and returns it. */
  waitUntil<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A, timeoutMs?: number): Promise<R>;
  /** A PNG of the viewport, or of the whole document with `fullPage`. */
  screenshot(path: string, options?: { fullPage?: boolean }): Promise<void>;
  /**
   * The frame of this tab whose document is on `host` (a cross-origin iframe too, e.g. Entra's
   * blade on the reactblade host), waiting for it to exist; the first one when there are several.
   */
  frame(host: string, timeoutMs?: number): Promise<E2EFrame>;
  close(): Promise<void>;
}

/**
 * One frame of a tab: role queries (exact names, as E2EPage's, in the frame's own tree), a
 * person's clicks and typing (the tab's keyboard: keys go where the focus is), and scripts in
 * the frame's main world.
 */
export interface E2EFrame {
  url(): Promise<string>;
  click(role: Role, name: string): Promise<void>;
  /**
   * Clicks the one shown <label> whose text is `text`: what a person clicks where the control
   * hides under its label (Fluent v8's ChoiceGroup radios).
   */
  clickLabel(text: string): Promise<void>;
  /**
   * Clicks the editable textbox with this accessible name (a read-only or disabled namesake is
   * skipped), then types `text` key by key (what is there stays).
   */
  type(label: string, text: string): Promise<void>;
  press(key: string): Promise<void>;
  waitFor(role: Role, name?: string, timeoutMs?: number): Promise<void>;
  count(role: Role, name?: string): Promise<number>;
  textOf(role: Role, name?: string): Promise<string>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  waitUntil<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A, timeoutMs?: number): Promise<R>;
}

/**
 * The extension as loaded in one browser. `evaluate` runs inside an extension context where
 * `chrome.*` (promise style) works in both browsers: Chromium's service worker, Firefox's
 * extension page (Firefox has no service worker; its event page cannot be evaluated in).
 */
export interface ExtensionHandle {
  /** chrome-extension://ID or moz-extension://UUID, without a trailing slash. */
  origin: string;
  /** The popup's URL, from the built manifest's action.default_popup. */
  popupUrl: string;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  getStorage(area: StorageArea): Promise<Record<string, unknown>>;
  setStorage(area: StorageArea, items: Record<string, unknown>): Promise<void>;
  clearStorage(area: StorageArea): Promise<void>;
  /** runtime.sendMessage from an extension page, as the popup would; returns the raw reply. */
  send(message: unknown): Promise<unknown>;
}

export interface BrowserSession {
  name: BrowserName;
  extension: ExtensionHandle;
  /** A new tab. */
  newPage(): Promise<E2EPage>;
  /** A new tab at `url` (loaded). */
  openPage(url: string): Promise<E2EPage>;
  /** A new tab showing the popup (a tab, not the toolbar popup: browsers cannot script that). */
  openPopup(viewport?: { width: number; height: number }): Promise<E2EPage>;
  /** What the background wrote to its console since launch; null where the driver cannot
   *  listen (Firefox's event page is not reachable over BiDi). */
  backgroundConsole(): readonly string[] | null;
  /** The extension's background (service worker or event page): stop it as an idle browser would. */
  background: BackgroundControl;
  /**
   * A crash: SIGKILLs every process of the browser at once (the browser, its renderers, the
   * extension's service worker or content process), with no shutdown; resolves once none runs,
   * with the pids killed. The profile stays for restart(); pages opened before are dead.
   */
  crash(): Promise<number[]>;
  /**
   * Starts the browser again on the same profile with the same extension, as a user reopening
   * it after a crash: storage.local is what the extension last wrote, storage.session is empty.
   * The same session object then works again (same extension origin). Only after crash().
   */
  restart(): Promise<void>;
  /** Closes the browser and removes its profile. Safe to call twice, and after crash(). */
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Built extension folder (dist/chrome or dist/firefox). */
  extensionDir: string;
  /** Port of the local HTTPS server that answers for every known host name. */
  httpsPort: number;
  /** The real host names routed to that server; everything else is unreachable. */
  hosts: readonly string[];
  /** Extra Firefox prefs, e.g. `{ 'extensions.background.idle.timeout': 2000 }` to unload the event page sooner. */
  firefoxPrefs?: Readonly<Record<string, string | number | boolean>>;
}

/** What a test file may ask of its browsers (passed through to LaunchOptions). */
export type BrowserOptions = Pick<LaunchOptions, 'firefoxPrefs'> & {
  /**
   * The optional host permissions (Okta's console) granted from the start. Chromium's prompt
   * for permissions.request() is browser UI no driver can answer, so Chromium gets a copy of
   * the built extension whose manifest lists them as install-time hosts (that copy only; the
   * build is untouched). Firefox needs nothing: its sandbox prefs let the popup's own
   * "Allow access" button be granted without a prompt, so the admin's click is the test.
   */
  grantOptionalHosts?: boolean;
};
