// Smoke: in each browser, the built extension loads, its background answers, its popup
// renders, and its content scripts run on the real Trelica and JumpCloud host names
// (served by the local sandbox). Every later e2e file is written the same way.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { REPLY_OF } from '../../src/core/messages';
import { POPUP_VIEWPORT, type ExtensionApi } from '../sandbox';
import { describeInBrowsers } from './suite';

declare const chrome: ExtensionApi;

describeInBrowsers('smoke', (e2e) => {
  it('starts the background, which answers the popup over the message schema', async () => {
    const { extension } = e2e.browser;
    const id = await extension.evaluate(() => chrome.runtime.id);
    expect(id).toBeTruthy();
    const reply = REPLY_OF['popup/get-state'].parse(await extension.send({ type: 'popup/get-state' }));
    expect(reply).toMatchObject({ ok: true, state: { token: { present: false } } });
  });

  it('renders the popup past its loading state, without an alert', async () => {
    const popup = await e2e.browser.openPopup(POPUP_VIEWPORT);
    try {
      expect(await popup.url()).toBe(e2e.browser.extension.popupUrl);
      await popup.waitFor('main');
      expect(await popup.textOf('heading', 'SCIM Setup Assistant')).toBe('SCIM Setup Assistant');
      await popup.waitUntil(() => document.querySelector('main')?.getAttribute('aria-busy') !== 'true');
      expect(await popup.count('alert')).toBe(0);
      const shot = await e2e.screenshot(popup, 'smoke-popup', { fullPage: true });
      expect(readFileSync(shot).subarray(1, 4).toString()).toBe('PNG');
    } finally {
      await popup.close();
    }
  });

  // The panel both content scripts inject: a host element (no name of ours on it) whose
  // open shadow root holds the controls (src/content/panel.ts).
  const panelInjected = () =>
    [...document.querySelectorAll('*')]
      .filter((h) => h.shadowRoot?.querySelector('.box > p.title'))
      .some((el) => el.shadowRoot !== null);

  it.each([
    ['trelica', 'labelled', 'app.trelica.com'],
    ['trelica', 'labelled', 'eu.trelica.com'],
    ['jumpcloud', 'labelled', 'console.jumpcloud.com'],
    ['jumpcloud', 'labelled', 'console.eu.jumpcloud.com'],
  ] as const)('runs the %s content script on fixture "%s" served as %s', async (site, name, host) => {
    const page = await e2e.browser.openPage(e2e.sandbox.url(site, name, host));
    try {
      expect(new URL(await page.url()).host).toBe(host);
      // The browser really fetched it from the sandbox under that host name.
      expect(e2e.sandbox.requests()).toContainEqual({
        host,
        method: 'GET',
        path: `/${name}.html`,
        status: 200,
        tokenSeen: false,
      });
      await page.waitUntil(panelInjected);
      if (site === 'trelica') {
        // Role queries reach into the panel's shadow root, in both drivers.
        await page.waitFor('button', 'Send to the extension');
      }
    } finally {
      await page.close();
    }
  });

  it('cannot reach a host outside the sandbox', async () => {
    const page = await e2e.browser.newPage();
    try {
      await expect(page.goto('https://example.com/')).rejects.toThrow();
    } finally {
      await page.close();
    }
  });
});
