// Loads a console page fixture (tests/fixtures/trelica/, tests/fixtures/jumpcloud/) into the
// happy-dom document of the current test file, runs its inline scripts (happy-dom does not run
// them when HTML is parsed), and sets the page URL. JumpCloud pages get a fake back end instead
// of the sandbox's (there is no server here).
import {
  renderFixture,
  fixturePath,
  type FixtureState,
  type FixtureVars,
  type JumpCloudBackend,
  type JumpCloudBackendValues,
  type OktaBackend,
  type OktaFixtureState,
  type Site,
} from '../../fixtures/index';

const HOSTS: Record<Site, string> = {
  trelica: 'https://app.trelica.com',
  jumpcloud: 'https://console.jumpcloud.com',
  okta: 'https://acme-admin.okta.com',
};

interface HappyWindow {
  happyDOM: { setURL(url: string): void };
  fixtureState?: () => FixtureState;
  jumpCloudBackend?: JumpCloudBackend;
  oktaBackend?: OktaBackend;
}

/**
 * Answers as JumpCloud does against a working Trelica, except that a Base URL ending in "/"
 * fails (JumpCloud then calls ".../v2//Users", which Trelica answers 404).
 */
export function fakeJumpCloudBackend(): JumpCloudBackend {
  const answer = async ({ baseUrl }: JumpCloudBackendValues) =>
    baseUrl.endsWith('/') ? { ok: false, message: 'fake: trailing slash' } : { ok: true, message: 'fake: ok' };
  return { testConnection: answer, activate: answer };
}

/** Replaces the loaded page's back end (pages look it up at each click). */
export function setJumpCloudBackend(backend: JumpCloudBackend): void {
  (window as unknown as HappyWindow).jumpCloudBackend = backend;
}

/**
 * Answers as Okta does against a working Trelica: "HTTP Header" with a token works, unless the
 * Base URL ends in "/" (Okta then calls ".../v2//Users"); anything else fails authenticating.
 */
export function fakeOktaBackend(): OktaBackend {
  return {
    testConnector: async ({ baseUrl, authMode, token }) =>
      authMode === 'HTTP Header' && token && baseUrl && !baseUrl.endsWith('/')
        ? { ok: true }
        : { ok: false, code: 'E0000059' },
  };
}

/** Replaces the loaded Okta page's back end (pages look it up at each click). */
export function setOktaBackend(backend: OktaBackend): void {
  (window as unknown as HappyWindow).oktaBackend = backend;
}

export function setUrl(url: string): void {
  (window as unknown as HappyWindow).happyDOM.setURL(url);
  // Browsers give every global its document's origin as `self.origin` (the early script reads
  // it, content/early/start.ts); happy-dom 21 has none, which would make every origin "no site".
  Object.defineProperty(window, 'origin', { configurable: true, get: () => location.origin });
}

/** Puts a page's HTML in place of the current test document; returns its new <body>. */
export function replaceDocument(html: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.title = parsed.title;
  document.head.innerHTML = parsed.head.innerHTML;
  // A fresh <body> drops every listener the previous page's scripts hung on the old one.
  const body = document.createElement('body');
  for (const attr of Array.from(parsed.body.attributes)) body.setAttribute(attr.name, attr.value);
  body.innerHTML = parsed.body.innerHTML;
  document.documentElement.replaceChild(body, document.body);
  return body;
}

export function loadFixture(site: Site, name: string, options: { vars?: FixtureVars; url?: string } = {}): void {
  setUrl(options.url ?? HOSTS[site] + fixturePath(site, name));
  const body = replaceDocument(renderFixture(site, name, options.vars));
  // happy-dom 21 may leave a <select> on an earlier option than the one marked `selected`
  // (seen with the third of three); browsers honour the attribute.
  for (const option of Array.from(body.querySelectorAll('option[selected]')))
    (option as HTMLOptionElement).selected = true;
  // Before the scripts: the page's own _backend.js keeps a back end that is already there.
  if (site === 'jumpcloud') setJumpCloudBackend(fakeJumpCloudBackend());
  if (site === 'okta') setOktaBackend(fakeOktaBackend());
  for (const script of Array.from(body.querySelectorAll('script'))) {
    // Indirect eval: runs in the global scope, where `window` and `document` are happy-dom's.
    (0, eval)(script.textContent ?? '');
  }
}

export function oktaState(): OktaFixtureState {
  return fixtureState() as unknown as OktaFixtureState;
}

export function fixtureState(): FixtureState {
  const state = (window as unknown as HappyWindow).fixtureState;
  if (!state) throw new Error('This fixture exposes no fixtureState()');
  return state();
}

/** Waits until `check` returns (or resolves to) a truthy value (the fixtures' back end answers
 *  asynchronously, and so does the real background). */
export async function waitFor<T>(check: () => T | Promise<T>, timeoutMs = 1000): Promise<NonNullable<T>> {
  const start = Date.now();
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() - start > timeoutMs) throw new Error('waitFor: timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** A click as the browser reports a real user's: isTrusted true. */
export function trustedClick(el: Element): void {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  el.dispatchEvent(event);
}

export const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
