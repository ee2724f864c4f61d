// What the bench installs in a page's MAIN world before the page's own scripts run: observers
// that timestamp (performance.now(), i.e. ms since navigation start) the moments we measure,
// so no number depends on how often the bench polls. The extension is not touched: the
// panel's shadow root is open, so the page (and this probe) can see into it.
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { BrowserName, E2EPage } from '../browsers/types';

export interface ProbeMarks {
  /** The panel host (an element whose shadow root holds our panel's box and title) joined the document. */
  panelAt: number | null;
  /** DOMContentLoaded: a document_idle content script cannot run before it. */
  domReadyAt: number | null;
  /** The window's load event. */
  loadAt: number | null;
  /** The last trusted click anywhere in the page (capture phase, so before the panel's handler). */
  clickAt: number | null;
  /** After that click, the panel's box went from aria-busy="true" back to "false". */
  doneAt: number | null;
  /** The panel's status text at that moment. */
  doneStatus: string | null;
  /** Popup: its <main> stopped being aria-busy and the checklist is drawn. */
  readyAt: number | null;
}

declare global {
  interface Window {
    __scimBench?: ProbeMarks;
  }
}

/** Runs in the page before its scripts (serialised: keep it self-contained). */
function probe(): void {
  const marks: ProbeMarks = {
    panelAt: null,
    domReadyAt: null,
    loadAt: null,
    clickAt: null,
    doneAt: null,
    doneStatus: null,
    readyAt: null,
  };
  window.__scimBench = marks;
  const watchPanel = (root: ShadowRoot): void => {
    new MutationObserver(() => {
      const box = root.querySelector('[aria-busy]');
      if (marks.clickAt !== null && marks.doneAt === null && box?.getAttribute('aria-busy') === 'false') {
        marks.doneAt = performance.now();
        marks.doneStatus = root.querySelector('[role="status"]')?.textContent ?? '';
      }
    }).observe(root, { subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
  };
  const check = (): void => {
    if (marks.panelAt === null) {
      const host = Array.from(
        [...document.querySelectorAll('*')].filter((h) => h.shadowRoot?.querySelector('.box > p.title')),
      ).find((el) => el.shadowRoot);
      if (host?.shadowRoot) {
        marks.panelAt = performance.now();
        watchPanel(host.shadowRoot);
      }
    }
    if (marks.readyAt === null && document.querySelector('main:not([aria-busy="true"]) ol.checklist'))
      marks.readyAt = performance.now();
  };
  new MutationObserver(check).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['aria-busy'],
  });
  document.addEventListener('DOMContentLoaded', () => (marks.domReadyAt = performance.now()), { once: true });
  window.addEventListener('load', () => (marks.loadAt = performance.now()), { once: true });
  document.addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted) return;
      marks.clickAt = performance.now();
      marks.doneAt = null;
      marks.doneStatus = null;
    },
    true,
  );
}

/**
 * The driver's own page behind an E2EPage. The drivers keep it as the public `page` field of
 * their PlaywrightPage / PuppeteerPage; the bench needs it for init scripts and (Chromium) CDP.
 */
export function rawPage(page: E2EPage, browser: 'chromium'): PlaywrightPage;
export function rawPage(page: E2EPage, browser: 'firefox'): PuppeteerPage;
export function rawPage(page: E2EPage, browser: BrowserName): PlaywrightPage | PuppeteerPage {
  const raw = (page as unknown as { page?: PlaywrightPage | PuppeteerPage }).page;
  if (!raw)
    throw new Error(
      `The ${browser} E2EPage no longer exposes its driver page as .page: update tests/sandbox/bench/timing-probe.ts`,
    );
  return raw;
}

/**
 * The probe as page source. tsx (esbuild, keepNames) wraps named inner functions in
 * `__name(...)`, a helper that exists only in Node: define a no-op one for the page.
 */
const PROBE_SOURCE = `(() => { const __name = (f) => f; (${probe.toString()})(); })();`;

/** Installs the probe for every later navigation of this tab. */
export async function installProbe(page: E2EPage, browser: BrowserName): Promise<void> {
  if (browser === 'chromium') await rawPage(page, 'chromium').addInitScript({ content: PROBE_SOURCE });
  else await rawPage(page, 'firefox').evaluateOnNewDocument(PROBE_SOURCE);
}

/** Waits (bench-side polling: it never runs in the extension) until `key` is stamped. */
export async function waitForMark(page: E2EPage, key: keyof ProbeMarks, timeoutMs = 15_000): Promise<ProbeMarks> {
  return page.waitUntil(
    (k: keyof ProbeMarks) => {
      const marks = window.__scimBench;
      return marks && marks[k] !== null ? marks : null;
    },
    key,
    timeoutMs,
  ) as Promise<ProbeMarks>;
}
