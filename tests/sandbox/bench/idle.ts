// Chromium only: what the content scripts cost on pages we serve and, above all, on pages we
// do not serve, against the same page with no extension and with an extension whose content
// script is empty (the floor any content script pays: an isolated world, extension bindings).
// That extension's empty page is also the popup's floor: open to load.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserSession } from '../browsers/types';
import { DIST } from '../paths';
import type { Sandbox } from '../server/sandbox';
import { unpackedExtensionId } from '../browsers/managed-policy';
import {
  EMPTY_PAGE,
  footprint,
  launchOtherChromium,
  pageCost,
  pageLoadMs,
  writeEmptyExtension,
  type Footprint,
  type PageCost,
} from './chromium-cdp';
import { profilePage, type PageProfiles } from './profile';
import { rawPage } from './timing-probe';

/** A page to measure: a fixture, or an Okta page. */
export interface BenchPage {
  page: string;
  url(sandbox: Sandbox): string;
  served: boolean;
  /**
   * Whether any script of ours is meant to run there. Where not (Okta's end-user pages), the
   * footprint proves it: the bench fails if the page has an isolated world of ours or parsed a
   * script from the extension.
   */
  extensionRuns: boolean;
}

export interface IdleResult {
  page: string;
  served: boolean;
  /** Renderer counters per load: our extension, an empty content script, no extension (pages not served only). */
  ours: PageCost[];
  empty: PageCost[];
  none: PageCost[];
  /** Sampled CPU in our scripts during one more load, then while the page churns (CHURN_MS each). */
  profiles: PageProfiles;
  footprint: Footprint;
}

export const SETTLE_MS = 200;
export const FOOTPRINT_WATCH_MS = 300;
export const CHURN_MS = 400;

declare const chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } };

/** The background registers the early script on Okta's granted hosts as it starts: wait for it. */
async function earlyScriptRegistered(session: BrowserSession): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const ids = await session.extension.evaluate(() =>
      chrome.scripting.getRegisteredContentScripts().then((s) => s.map((r) => r.id)),
    );
    if (ids.length > 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the early script was never registered on Okta's pages: are Okta's hosts granted?");
}

export async function measurePageCosts(
  session: BrowserSession,
  sandbox: Sandbox,
  pages: readonly BenchPage[],
  runs: number,
  onCleanup: (close: () => Promise<unknown>) => void,
): Promise<{ pages: IdleResult[]; emptyExtensionPageMs: number[] }> {
  const origin = session.extension.origin;
  const emptyDir = await mkdtemp(join(tmpdir(), 'bench-empty-extension-'));
  const cleanDir = () => rm(emptyDir, { recursive: true, force: true });
  onCleanup(cleanDir);
  await writeEmptyExtension(emptyDir, resolve(DIST.chromium, 'manifest.json'));
  const empty = await launchOtherChromium(sandbox, emptyDir);
  onCleanup(empty.close);
  const none = await launchOtherChromium(sandbox, null);
  onCleanup(none.close);

  const results: IdleResult[] = [];
  const emptyExtensionPageMs: number[] = [];
  try {
    await earlyScriptRegistered(session);
    const emptyPage = `chrome-extension://${unpackedExtensionId(emptyDir)}/${EMPTY_PAGE}`;
    for (let i = 0; i < runs; i++) emptyExtensionPageMs.push(await pageLoadMs(empty.context, emptyPage));
    for (const { page, url: urlOf, served, extensionRuns } of pages) {
      const url = urlOf(sandbox);
      const costs: Record<'ours' | 'empty' | 'none', PageCost[]> = { ours: [], empty: [], none: [] };
      // Interleaved, so a busy moment on the machine lands on every variant alike.
      for (let i = 0; i < (served ? 0 : runs); i++) {
        const tab = await session.newPage();
        costs.ours.push(await pageCost(rawPage(tab, 'chromium'), url, SETTLE_MS));
        await tab.close();
        for (const [browser, into] of [
          [empty, costs.empty],
          [none, costs.none],
        ] as const) {
          const other = await browser.context.newPage();
          into.push(await pageCost(other, url, SETTLE_MS));
          await other.close();
        }
      }
      const profileTab = await session.newPage();
      const profiles = await profilePage(rawPage(profileTab, 'chromium'), url, origin, SETTLE_MS, CHURN_MS);
      await profileTab.close();
      const footprintTab = await session.newPage();
      const found = await footprint(rawPage(footprintTab, 'chromium'), url, origin, FOOTPRINT_WATCH_MS);
      await footprintTab.close();
      if (found.isolatedWorld !== extensionRuns)
        throw new Error(
          `${url}: ${found.isolatedWorld ? 'our content script ran' : 'no isolated world of ours: did the content script run?'} (scripts of ours parsed: ${found.scripts.join(', ') || 'none'})`,
        );
      results.push({ page, served, ...costs, profiles, footprint: found });
    }
  } finally {
    await empty.close();
    await none.close();
    await cleanDir();
  }
  return { pages: results, emptyExtensionPageMs };
}
