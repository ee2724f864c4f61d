// Chromium-only measurements through the DevTools protocol: what a page costs its renderer
// (Performance.getMetrics), with and without the extension, and what the extension leaves
// standing in a page (listeners, live MutationObservers, timers), read from its own
// isolated world. Firefox has no CDP here (puppeteer drives it over WebDriver BiDi).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { chromiumArgs, launchInTempProfile } from '../browsers/chromium';
import { chromiumPath } from '../browsers/find-browsers';
import type { Sandbox } from '../server/sandbox';
import { OKTA_HOST_PATTERNS, OKTA_SCRIPT_MATCHES } from '../../../src/core/hosts';

export interface PageCost {
  scriptMs: number;
  taskMs: number;
  heapKB: number;
}

export interface Footprint {
  /** The page had an isolated world of the extension (a content script of ours ran in it). */
  isolatedWorld: boolean;
  /** URLs of the extension's scripts the page parsed (any world). */
  scripts: string[];
  /** Event listeners whose handler is in one of the extension's scripts, as "target:type". */
  listeners: string[];
  /** MutationObserver objects alive in the extension's isolated world (after a GC). */
  mutationObservers: number;
  /** setTimeout / setInterval / requestAnimationFrame / requestIdleCallback calls made by the extension's scripts. */
  timers: Record<string, number>;
  /** Elements the extension added to the page, by tag. */
  injected: string[];
}

/**
 * A second Chromium exactly like the driver's (../browsers/chromium.ts), but loading
 * `extensionDir` instead of ours, or (null) no extension at all: the driver's own flags minus
 * the two that load one (Playwright then adds its default --disable-extensions).
 */
export async function launchOtherChromium(
  sandbox: Sandbox,
  extensionDir: string | null,
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const args = chromiumArgs({ extensionDir: extensionDir ?? '', httpsPort: sandbox.port, hosts: sandbox.hosts }).filter(
    (arg) =>
      extensionDir !== null ||
      (!arg.startsWith('--load-extension=') && !arg.startsWith('--disable-extensions-except=')),
  );
  return launchInTempProfile('bench-chromium-', { executablePath: chromiumPath(), headless: true, args });
}

/**
 * The floor any content script pays: an extension with our permissions and host permissions
 * (Okta's granted, as in the bench's copy of ours) whose content scripts (same matches, same
 * run_at as our build's, plus the early script's run-time registration on Okta's admin pages,
 * here in the manifest: the same isolated world either way) are one empty statement. Written
 * into `dir`.
 */
export async function writeEmptyExtension(dir: string, builtManifest: string): Promise<void> {
  const ours = JSON.parse(await readFile(builtManifest, 'utf8')) as {
    content_scripts: Array<{ matches: string[]; run_at?: string }>;
    permissions?: string[];
    host_permissions?: string[];
  };
  const manifest = {
    manifest_version: 3,
    name: 'bench: empty content script',
    version: '1.0',
    // Our permissions too: without them this floor's page heap was 5 KB below our build's with an
    // empty early script (Chromium 156), a cost of the permissions that no script can save.
    permissions: ours.permissions ?? [],
    host_permissions: [...(ours.host_permissions ?? []), ...OKTA_HOST_PATTERNS],
    content_scripts: [
      ...ours.content_scripts.map((cs) => ({
        matches: cs.matches,
        run_at: cs.run_at ?? 'document_idle',
        js: ['empty.js'],
      })),
      { matches: [...OKTA_SCRIPT_MATCHES], run_at: 'document_start', js: ['empty.js'] },
    ],
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(join(dir, 'empty.js'), 'void 0;\n');
  // The popup's floor: an extension page with nothing in it.
  await writeFile(join(dir, EMPTY_PAGE), '<!doctype html><meta charset="utf-8"><title>empty</title><main></main>\n');
}

export const EMPTY_PAGE = 'empty.html';

/** ms from navigation start to the load event of `url` in a fresh tab of `context`. */
export async function pageLoadMs(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate(() => {
      const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return nav!.loadEventEnd || nav!.loadEventStart;
    });
  } finally {
    await page.close();
  }
}

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Loads `url` in `page` (a fresh tab), lets it settle, and reads the renderer's counters after a GC. */
export async function pageCost(page: Page, url: string, settleMs: number): Promise<PageCost> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    await delay(settleMs);
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
    return {
      scriptMs: value('ScriptDuration') * 1000,
      taskMs: value('TaskDuration') * 1000,
      heapKB: value('JSHeapUsedSize') / 1024,
    };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

const TIMER_CALLS = ['setTimeout', 'setInterval', 'requestAnimationFrame', 'requestIdleCallback'];

/**
 * Loads `url` with a debugger attached (so: not timed) and reports what the extension's
 * content script set up there. `watchMs` after load: timers counted over load plus that window.
 */
export async function footprint(page: Page, url: string, origin: string, watchMs: number): Promise<Footprint> {
  const cdp = await page.context().newCDPSession(page);
  const scripts = new Map<string, string>();
  const contexts = new Map<number, { origin: string }>();
  const timers: Record<string, number> = Object.fromEntries(TIMER_CALLS.map((t) => [t, 0]));
  const ours = (scriptId: string | undefined) => Boolean(scriptId && scripts.get(scriptId)?.startsWith(origin));
  cdp.on('Debugger.scriptParsed', (e) => scripts.set(e.scriptId, e.url));
  cdp.on('Runtime.executionContextCreated', (e) => contexts.set(e.context.id, { origin: e.context.origin }));
  cdp.on('Runtime.executionContextDestroyed', (e) => contexts.delete(e.executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
  cdp.on('Debugger.paused', (e) => {
    const name = String((e.data as { eventName?: string } | undefined)?.eventName ?? '').replace(
      'instrumentation:',
      '',
    );
    if (name in timers && ours(e.callFrames[0]?.location.scriptId)) timers[name]! += 1;
    void cdp.send('Debugger.resume').catch(() => undefined);
  });
  try {
    await cdp.send('Runtime.enable');
    await cdp.send('Debugger.enable');
    for (const eventName of TIMER_CALLS) await cdp.send('EventBreakpoints.setInstrumentationBreakpoint', { eventName });
    await page.goto(url, { waitUntil: 'load' });
    await delay(watchMs);
    for (const eventName of TIMER_CALLS)
      await cdp.send('EventBreakpoints.removeInstrumentationBreakpoint', { eventName });
    const world = [...contexts].find(([, c]) => c.origin === origin)?.[0];
    const parsed = [...new Set([...scripts.values()].filter((u) => u.startsWith(origin)))];
    return {
      isolatedWorld: world !== undefined,
      scripts: parsed,
      listeners: world === undefined ? [] : await extensionListeners(cdp, world, ours),
      mutationObservers: world === undefined ? 0 : await liveObjects(cdp, world, 'MutationObserver.prototype'),
      timers,
      // What we added to the page: our panels (found by their structure: they carry no name of
      // ours), and the one <style> of the appearance watch (found by its keyframes rule).
      injected: await page.evaluate(() =>
        Array.from(document.querySelectorAll('*'), (el) => el)
          .filter(
            (el) =>
              el.shadowRoot?.querySelector('.box > p.title') ||
              (el.tagName === 'STYLE' && /^@keyframes a\w+\{/.test(el.textContent ?? '')),
          )
          .map((el) => el.tagName.toLowerCase()),
      ),
    };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

async function extensionListeners(
  cdp: CDPSession,
  world: number,
  ours: (id: string | undefined) => boolean,
): Promise<string[]> {
  const found: string[] = [];
  for (const target of ['window', 'document', 'navigation', 'document.body']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: target, contextId: world });
    if (!result.objectId) continue;
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    for (const l of listeners) if (ours(l.scriptId)) found.push(`${target}:${l.type}`);
  }
  return found;
}

async function liveObjects(cdp: CDPSession, world: number, prototype: string): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const proto = await cdp.send('Runtime.evaluate', { expression: prototype, contextId: world });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId! });
  const length = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId!,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  return length.result.value as number;
}
