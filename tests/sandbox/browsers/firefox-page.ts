// Firefox's E2EPage: one tab driven by puppeteer-core over WebDriver BiDi, role queries that
// reach into the extension's shadow-root panels.
import type { KeyInput, Page } from 'puppeteer-core';
import { puppeteerFrame } from './firefox-frame';
import { DEFAULT_TIMEOUT, poll, waitUntilTruthy } from './poll';
import type { E2EPage, Role } from './types';

/**
 * Firefox's BiDi accessibility locator does not descend into shadow roots by itself (verified
 * with Firefox ESR 153): the deep combinator `>>>` runs it in the document and in every open
 * shadow root, so the extension's panel is found like the rest of the page. That costs one
 * query per shadow root, seconds on a page of web components, so the cheaper scopes are tried
 * first: the page's own tree, then the extension's panels, then every shadow root.
 */
function ariaQuery(role: Role, name?: string): string {
  if (name === undefined) return `::-p-aria([role="${role}"])`;
  const quote = name.includes('"') ? "'" : '"';
  if (name.includes(quote)) throw new Error(`Role name with both kinds of quotes is not supported: ${name}`);
  return `::-p-aria([name=${quote}${name}${quote}][role="${role}"])`;
}

function ariaSelector(role: Role, name?: string): string {
  return `>>> ${ariaQuery(role, name)}`;
}

function describeTarget(role: Role, name?: string): string {
  return name === undefined ? `an element with role ${role}` : `the ${role} named "${name}"`;
}

/** Puppeteer's own timeout names only its selector encoding: say what the test waited for. */
async function waitingFor<T>(what: string, timeoutMs: number, wait: Promise<T>): Promise<T> {
  try {
    return await wait;
  } catch (error) {
    throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`, { cause: error });
  }
}

/** Whether one of the extension's panels (hosts found by structure) shows a control whose text is `name`. */
function panelShowsControl(name: string): boolean {
  return [...document.querySelectorAll('*')].some(
    (host) =>
      host.shadowRoot?.querySelector('.box > p.title') &&
      [...host.shadowRoot.querySelectorAll('button, input, label, [role]')].some(
        (el) => (el.textContent ?? '').trim() === name,
      ),
  );
}

export class PuppeteerPage implements E2EPage {
  private readonly console: string[] = [];
  constructor(readonly page: Page) {
    page.setDefaultTimeout(DEFAULT_TIMEOUT);
    page.on('console', (message) => this.console.push(message.text()));
  }

  async url() {
    // page.url() stays at about:blank after a moz-extension:// navigation: ask the document.
    return this.page.evaluate(() => location.href);
  }

  async goto(url: string) {
    if (!url.startsWith('moz-extension:')) {
      await this.page.goto(url, { waitUntil: 'load' });
      return;
    }
    // No load event is ever reported for moz-extension:// documents: start the navigation,
    // ignore its promise, and wait for the document itself.
    this.page.goto(url).catch(() => undefined);
    const target = new URL(url).href;
    await poll(`${url} to load`, DEFAULT_TIMEOUT, async () =>
      (await this.page.evaluate(() => [location.href, document.readyState])).join(' ') === `${target} complete`
        ? true
        : undefined,
    );
  }

  /**
   * The single visible element with this role and name; a second match is a test bug, not a
   * guess. One accessibility query per attempt, and the handle it found is the one acted on:
   * each query takes a few hundred ms over BiDi.
   */
  private async single(role: Role, name: string) {
    const found = await poll(`${describeTarget(role, name)} to be visible`, DEFAULT_TIMEOUT, async () => {
      // The page's own tree, the extension's panels, the components that mention the name,
      // then every shadow root. A panel showing a control of exactly that text is searched
      // first: the page-wide query (half a second) cannot reach into its shadow root.
      const ownTree = () => this.page.$$(ariaQuery(role, name));
      const panels = () => this.inPanels(role, name);
      const tiers = [
        ...((await this.page.evaluate(panelShowsControl, name)) ? [panels, ownTree] : [ownTree, panels]),
        () => this.inComponentsNaming(role, name),
        () => this.page.$$(`>>> ${ariaQuery(role, name)}`),
      ];
      for (const tier of tiers) {
        const handles = await tier();
        const visible: typeof handles = [];
        for (const h of handles) if (await h.isVisible()) visible.push(h);
        await Promise.all(handles.filter((h) => !visible.includes(h)).map((h) => h.dispose()));
        if (visible.length === 1) return { handle: visible[0]! };
        await Promise.all(visible.map((h) => h.dispose()));
        if (visible.length > 1) return { count: visible.length };
      }
      return undefined;
    });
    if ('count' in found) throw new Error(`${found.count} elements match ${describeTarget(role, name)}; expected one`);
    return found.handle;
  }

  /** Matches inside the extension's panels (hosts found by structure: they carry no name). */
  private async inPanels(role: Role, name?: string) {
    const list = await this.page.evaluateHandle(() =>
      [...document.querySelectorAll('*')].filter((el) => el.shadowRoot?.querySelector('.box > p.title')),
    );
    const hosts = [...(await list.getProperties()).values()].map((h) => h.asElement()).filter((h) => h !== null);
    await list.dispose();
    const found = (await Promise.all(hosts.map((h) => h.$$(`>>> ${ariaQuery(role, name)}`)))).flat();
    await Promise.all(hosts.map((h) => h.dispose()));
    return found;
  }

  /**
   * Matches inside the innermost web components whose text or attributes mention `name` (a
   * Shoelace <sl-button>Test Connection</sl-button> names its inner button by slotted text).
   * One query per such component, not per shadow root of the page: a click on a page of web
   * components took 11 s. A target named otherwise is left to the last tier.
   */
  private async inComponentsNaming(role: Role, name: string) {
    const list = await this.page.evaluateHandle((wanted: string) => {
      const lower = wanted.toLowerCase();
      const mentions = (host: Element): boolean =>
        `${host.textContent ?? ''} ${host.shadowRoot?.textContent ?? ''} ${[...host.attributes].map((a) => a.value).join(' ')}`
          .toLowerCase()
          .includes(lower);
      const hosts: Element[] = [];
      const visit = (root: Document | ShadowRoot): void => {
        for (const el of root.querySelectorAll('*')) {
          if (!el.shadowRoot) continue;
          if (mentions(el)) hosts.push(el);
          visit(el.shadowRoot);
        }
      };
      visit(document);
      /** `outer` holds `inner` in its light tree or in its shadow trees. */
      const holds = (outer: Element, inner: Element): boolean => {
        for (let node: Node | null = inner.parentNode; node;) {
          if (node === outer) return true;
          node = node instanceof ShadowRoot ? node.host : node.parentNode;
        }
        return false;
      };
      // The innermost only: an outer component's query would find the inner one's match again.
      return hosts.filter((outer) => !hosts.some((inner) => inner !== outer && holds(outer, inner)));
    }, name);
    const hosts = [...(await list.getProperties()).values()].map((h) => h.asElement()).filter((h) => h !== null);
    await list.dispose();
    const found = (await Promise.all(hosts.map((h) => h.$$(`>>> ${ariaQuery(role, name)}`)))).flat();
    await Promise.all(hosts.map((h) => h.dispose()));
    return found;
  }

  /** A user looks at the tab they act in; a hidden tab gets no animation frames to wait on. */
  private async toFront() {
    await this.page.bringToFront();
  }

  async click(role: Role, name: string) {
    await this.toFront();
    const handle = await this.single(role, name);
    try {
      await handle.click(); // scrolled into view, trusted mouse events at its centre
    } finally {
      await handle.dispose();
    }
  }
  async fill(label: string, value: string) {
    await this.toFront();
    const handle = await this.single('textbox', label);
    try {
      await handle.asLocator().fill(value);
    } finally {
      await handle.dispose();
    }
  }
  async select(label: string, option: string) {
    await this.toFront();
    const handle = await this.single('combobox', label);
    try {
      const value = await handle.evaluate(
        (el, text) => [...(el as HTMLSelectElement).options].find((o) => o.text.trim() === text)?.value ?? null,
        option,
      );
      if (value === null) throw new Error(`${label} offers no option "${option}"`);
      await handle.select(value);
    } finally {
      await handle.dispose();
    }
  }
  async clickAt(x: number, y: number) {
    await this.toFront();
    await this.page.mouse.click(x, y);
  }
  async press(key: string) {
    await this.toFront();
    await this.page.keyboard.press(key as KeyInput);
  }
  async addInitScript(source: string) {
    await this.page.evaluateOnNewDocument(source);
  }
  consoleMessages() {
    return [...this.console];
  }
  async waitFor(role: Role, name?: string, timeoutMs = DEFAULT_TIMEOUT) {
    const wait = this.page.waitForSelector(ariaSelector(role, name), { visible: true, timeout: timeoutMs });
    await waitingFor(`${describeTarget(role, name)} to be visible`, timeoutMs, wait);
  }
  async count(role: Role, name?: string) {
    return (await this.page.$$(ariaSelector(role, name))).length;
  }
  async textOf(role: Role, name?: string) {
    const wait = this.page.waitForSelector(ariaSelector(role, name), { timeout: DEFAULT_TIMEOUT });
    const handle = await waitingFor(describeTarget(role, name), DEFAULT_TIMEOUT, wait);
    if (!handle) throw new Error(`No ${describeTarget(role, name)}`);
    return (await handle.evaluate((el) => (el as HTMLElement).innerText)).trim();
  }
  async evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return (await this.page.evaluate(fn as (arg: unknown) => R, arg as unknown)) as R;
  }
  async evaluateSource(source: string) {
    return this.page.evaluate(source);
  }
  async emulateColorScheme(_scheme: 'light' | 'dark'): Promise<void> {
    // Firefox ESR's BiDi has no media emulation (puppeteer falls back to CDP, which it lacks);
    // the pref layout.css.prefers-color-scheme.content-override works only from launch.
    throw new Error('emulateColorScheme: not available in Firefox over WebDriver BiDi');
  }
  async waitUntil<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A, timeoutMs = DEFAULT_TIMEOUT) {
    return waitUntilTruthy((f, a) => this.evaluate(f, a), fn, arg, timeoutMs);
  }
  async screenshot(path: string, options: { fullPage?: boolean } = {}) {
    await this.page.screenshot({ path: path as `${string}.png`, fullPage: options.fullPage ?? false });
  }
  frame(host: string, timeoutMs?: number) {
    return puppeteerFrame(this.page, host, timeoutMs);
  }
  async close() {
    if (!this.page.isClosed()) await this.page.close();
  }
}
