// The flows timed in both browsers, written once against the drivers' E2EPage: a served page
// showing its panel, a click on the panel to its final status, the popup's first useful
// render, and the background's SCIM runs. Every duration is measured inside the browser
// (performance.now()), so the bench's own round trips are not in the numbers.
import type { ExtensionApi } from '../browsers/extension-api';
import { poll } from '../browsers/poll';
import type { BrowserName, BrowserSession, E2EPage } from '../browsers/types';
import type { Sandbox } from '../server/sandbox';
import { installProbe, rawPage, waitForMark } from './timing-probe';

declare const chrome: ExtensionApi;

export interface PanelSample {
  /** ms from navigation start until the panel is in the document. */
  panelMs: number;
  /** ms from the load event until the panel (a document_idle script runs around load). */
  afterLoadMs: number;
  /** ms from the trusted click to the panel's final status. */
  clickMs: number;
  /** First words of that status, to show what was timed. */
  status: string;
}

/** Opens a served fixture, waits for the panel, clicks its button and waits for the outcome. */
export async function panelFlow(session: BrowserSession, url: string, button: string): Promise<PanelSample> {
  const page = await session.newPage();
  try {
    await installProbe(page, session.name);
    await page.goto(url);
    const shown = await waitForMark(page, 'panelAt');
    await page.click('button', button);
    const done = await waitForMark(page, 'doneAt');
    return {
      panelMs: shown.panelAt!,
      afterLoadMs: shown.panelAt! - (shown.loadAt ?? Number.NaN),
      clickMs: done.doneAt! - done.clickAt!,
      status: (done.doneStatus ?? '').slice(0, 60),
    };
  } finally {
    await page.close();
  }
}

export interface PopupSample {
  /** ms from navigation start until <main> is no longer busy and the checklist is drawn. */
  readyMs: number;
  /** Firefox only: the checklist was already drawn when the bench could first look. */
  upperBound: boolean;
  /** http(s) requests seen from the popup tab (and, in Chromium, its browser context) while it opened. */
  networkRequests: number;
  /** Requests that reached the sandbox (the only server any host name resolves to). */
  sandboxRequests: number;
  /** Loads of the extension's own files (not network), for context. */
  packageLoads: number;
}

const SETTLE_MS = 300;
const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function popupFlow(session: BrowserSession, sandbox: Sandbox): Promise<PopupSample> {
  const page = await session.newPage();
  const urls: string[] = [];
  const unsubscribe = watchRequests(page, session.name, (url) => urls.push(url));
  try {
    const before = sandbox.requests().length;
    let ready: { readyAt: number; late: boolean };
    if (session.name === 'chromium') {
      await installProbe(page, session.name);
      await page.goto(session.extension.popupUrl);
      ready = { readyAt: (await waitForMark(page, 'readyAt')).readyAt!, late: false };
    } else {
      ready = await firefoxPopupReady(page, session.extension.popupUrl);
    }
    await delay(SETTLE_MS); // anything the popup would fetch right after drawing
    return {
      readyMs: ready.readyAt,
      upperBound: ready.late,
      networkRequests: urls.filter((u) => /^(https?|wss?):/.test(u)).length,
      sandboxRequests: sandbox.requests().length - before,
      packageLoads: urls.filter((u) => u.startsWith(session.extension.origin)).length,
    };
  } finally {
    unsubscribe();
    await page.close();
  }
}

const READY = 'main:not([aria-busy="true"]) ol.checklist';

/**
 * Firefox runs no preload script in moz-extension:// pages, so the probe cannot be there
 * before the popup's scripts. Instead: start the navigation, and as soon as the new document
 * answers, watch it from there. When the checklist is already drawn by then, the time we
 * read is only an upper bound, and says so.
 */
async function firefoxPopupReady(page: E2EPage, url: string): Promise<{ readyAt: number; late: boolean }> {
  const raw = rawPage(page, 'firefox');
  raw.goto(url).catch(() => undefined); // never resolves for moz-extension:// (see ../browsers/firefox.ts)
  // A string, not a function: tsx's __name helper does not exist in the page.
  const watch = `(() => {
    if (location.href !== ${JSON.stringify(url)}) return null;
    const ready = () => document.querySelector(${JSON.stringify(READY)});
    if (ready()) return { readyAt: performance.now(), late: true };
    return new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (!ready()) return;
        observer.disconnect();
        resolve({ readyAt: performance.now(), late: false });
      });
      observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
    });
  })()`;
  return poll(
    `the popup's checklist at ${url}`,
    15_000,
    async () => ((await raw.evaluate(watch)) as { readyAt: number; late: boolean } | null) ?? undefined,
  );
}

function watchRequests(page: E2EPage, browser: BrowserName, seen: (url: string) => void): () => void {
  if (browser === 'chromium') {
    // The context also reports the service worker's requests, which a popup could trigger.
    const context = rawPage(page, 'chromium').context();
    const onRequest = (request: { url(): string }) => seen(request.url());
    context.on('request', onRequest);
    return () => context.off('request', onRequest);
  }
  const raw = rawPage(page, 'firefox');
  const onRequest = (request: { url(): string }) => seen(request.url());
  raw.on('request', onRequest);
  return () => raw.off('request', onRequest);
}

export interface ScimSample {
  ms: number;
  verdict: string;
  /** HTTP requests the Trelica-like SCIM server answered for this one run. */
  scimRequests: number;
}

/**
 * One popup message through the background to the sandbox's SCIM server, timed in the popup.
 * It carries what the popup's fields would show: the captured Base URL (the stored token
 * stands in for an empty token field) and, for the rehearsal, the test email.
 */
export async function scimRun(
  popup: E2EPage,
  sandbox: Sandbox,
  message:
    { type: 'popup/test-connection'; baseUrl: string } | { type: 'popup/rehearse'; baseUrl: string; testEmail: string },
): Promise<ScimSample> {
  const before = sandbox.scim.requests().length;
  const { ms, reply } = await popup.evaluate(async (m: typeof message) => {
    const start = performance.now();
    const answer = (await chrome.runtime.sendMessage(m)) as {
      ok: boolean;
      message?: string;
      result?: { verdict?: string };
    };
    return { ms: performance.now() - start, reply: answer };
  }, message);
  const verdict = reply.ok ? (reply.result?.verdict ?? '?') : `refused: ${reply.message ?? ''}`;
  return { ms, verdict, scimRequests: sandbox.scim.requests().length - before };
}

/**
 * The connection test's floor: one fetch of its first URL (the list request, with the token),
 * from the background (Chromium's service worker; Firefox's extension page), timed there.
 */
export async function bareFetch(session: BrowserSession, url: string, token: string): Promise<number> {
  return session.extension.evaluate(
    async (a: { url: string; token: string }) => {
      const start = performance.now();
      const response = await fetch(a.url, {
        headers: { Authorization: `Bearer ${a.token}`, Accept: 'application/scim+json' },
        redirect: 'manual',
      });
      await response.text();
      return performance.now() - start;
    },
    { url, token },
  );
}
