// The early script (the manifest's one content script) and the injection it asks for, in each
// browser: on every fixture page the site's script is injected exactly when that page is one
// we serve, into the extension's isolated world (where it finds the API the early script
// took at document_start), and on the pages we do not serve it never is: there the early
// script is the extension's whole cost (README, "Performance").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { FIXTURES, type Site } from '../fixtures/index';
import { allPanels, DIST, poll, type E2EPage } from '../sandbox';
import { describeInBrowsers, type E2E } from './suite';

/** The fixtures no page of which we serve (tests/fixtures/index.ts says so of each). */
const NOT_SERVED: Record<Site, readonly string[]> = {
  trelica: ['dashboard'],
  jumpcloud: ['sso-tab', 'users'],
  okta: ['general-tab'],
};

declare const chrome: {
  management: { getPermissionWarningsByManifest(manifest: string): Promise<string[]> };
  tabs: { query(q: { url: string }): Promise<Array<{ id?: number }>> };
  scripting: {
    executeScript(d: {
      target: { tabId: number };
      world: 'ISOLATED';
      func: () => string[];
    }): Promise<Array<{ result?: string[] }>>;
  };
};

/**
 * The site scripts running in the page's isolated world, read from there (the host permissions
 * let an extension page find the tab by its URL): each registers by name (dom/context.ts); the
 * early script does not.
 */
async function runningScripts(e2e: E2E, url: string): Promise<string[]> {
  return e2e.browser.extension.evaluate(
    async (pattern) => {
      const [tab] = await chrome.tabs.query({ url: pattern });
      const [found] = await chrome.scripting.executeScript({
        target: { tabId: tab!.id! },
        world: 'ISOLATED',
        func: () => [
          ...((globalThis as Record<symbol, Map<string, unknown> | undefined>)[
            Symbol.for('scim-setup-assistant/running')
          ]?.keys() ?? []),
        ],
      });
      return found?.result ?? [];
    },
    url.replace(/#.*$/, ''),
  );
}

/** Time after load in which the early script looks and asks, and the background injects. */
const settle = (page: E2EPage) =>
  page.evaluate(() => new Promise((resolve) => setTimeout(() => requestAnimationFrame(() => resolve(true)), 500)));

describeInBrowsers('the early script asks for the site script where, and only where, a page is served', (e2e) => {
  const pages = (['trelica', 'jumpcloud'] as const).flatMap((site) =>
    FIXTURES[site].map((name) => [site, name, !NOT_SERVED[site].includes(name)] as const),
  );

  it.each(pages)('%s %s: served %s', async (site, name, served) => {
    const url = e2e.sandbox.url(site, name);
    const page = await e2e.browser.openPage(url);
    try {
      // Served: waited for (the first request after launch waits for the browser's managed
      // storage, seconds in a fresh profile); not served: given the time a served page needs.
      if (served)
        await poll(
          `${site}'s script in ${url}`,
          10_000,
          async () => (await runningScripts(e2e, url)).length > 0 || undefined,
        );
      else await settle(page);
      expect(await runningScripts(e2e, url)).toEqual(served ? [site] : []);
      if (served && !name.startsWith('domains')) expect((await allPanels(page)).length).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });

  it.skipIf(e2e.name !== 'chromium')(
    'Chromium: the scripting permission adds no install warning to what the host permissions show',
    async () => {
      const built = JSON.parse(readFileSync(join(DIST.chromium, 'manifest.json'), 'utf8')) as { permissions: string[] };
      const without = { ...built, permissions: built.permissions.filter((p) => p !== 'scripting') };
      const warnings = (manifest: object) =>
        e2e.browser.extension.evaluate(
          (text: string) => chrome.management.getPermissionWarningsByManifest(text),
          JSON.stringify(manifest),
        );
      expect(built.permissions).toContain('scripting');
      const ours = await warnings(built);
      expect(ours.length).toBeGreaterThan(0); // the host permissions' warning: the API answers
      expect(ours).toEqual(await warnings(without));
    },
  );
});
