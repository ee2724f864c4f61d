// What a console page can do to the extension (SECURITY.md, "A script in the page"):
// its scripts send window messages and events of every plausible shape, click our buttons by
// script, clobber the names the extension API lives under, restyle and cover our panel; look-
// alike hosts serve the same pages; and the page tries to tell the extension is there. Each
// attack is followed by the admin's own click, which must still work: the attack was seen by a
// working extension, not by one already broken.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { maskToken } from '../../src/core/token';
import {
  allPanels,
  clickPanelButton,
  extensionState,
  FILL_FROM_TRELICA,
  fixtureState,
  LOOKALIKE_HOSTS,
  ODD_PORT,
  panelWith,
  SEND_TO_EXTENSION,
  testConnectionInJumpCloud,
  TURN_OFF_GROUP_MANAGEMENT,
  type E2EPage,
} from '../sandbox';
import { armPanelCounter } from '../sandbox/flows/page-probes';
import { describeInBrowsers, type E2E } from './suite';

// ---- what the page does (each runs in the page's main world, self-contained) ------------------

/**
 * Everything a page script can throw at a content script without the admin: window messages
 * and custom events of every plausible shape, and script clicks, key presses and form
 * submissions on each of our buttons (the panels' shadow roots are open to the page). Returns
 * whether any panel turned busy (an action started) at once.
 */
function attackFromPage(): { buttons: number; busy: boolean } {
  const names = ['scim-setup-assistant', 'scim-assistant', 'scimAssistant', 'extension', 'content-script'];
  const shapes: unknown[] = ['stop', 'started', 'abort', null, 42, [1, 2], { type: 'stop' }, { type: 'started' }];
  for (const name of names) {
    shapes.push(
      name,
      { type: `${name}/started` },
      { type: `${name}:stop` },
      { source: name, type: 'started', id: 'other' },
      { [name]: true, action: 'stop' },
    );
    for (const target of [window, document, document.documentElement]) {
      for (const event of [`${name}:stop`, `${name}-started`, `${name}/started`, 'stop', 'abort']) {
        target.dispatchEvent(new CustomEvent(event, { bubbles: true, composed: true, detail: { type: 'stop' } }));
      }
    }
  }
  for (const shape of shapes) window.postMessage(shape, '*');
  window.dispatchEvent(new Event('pagehide'));
  window.dispatchEvent(new HashChangeEvent('hashchange'));

  const hosts = [...document.querySelectorAll('*')].filter((h) => h.shadowRoot?.querySelector('.box > p.title'));
  const buttons = hosts.flatMap((h) => [...(h.shadowRoot?.querySelectorAll('button') ?? [])]);
  for (const button of buttons) {
    const box = button.getBoundingClientRect();
    const at = {
      bubbles: true,
      cancelable: true,
      composed: true,
      clientX: box.x + box.width / 2,
      clientY: box.y + box.height / 2,
      detail: 1,
    };
    button.click();
    button.dispatchEvent(new MouseEvent('click', at));
    button.dispatchEvent(new PointerEvent('pointerdown', at));
    button.dispatchEvent(new MouseEvent('mouseup', at));
    button.dispatchEvent(new MouseEvent('click', { ...at, detail: 0 }));
    button.focus();
    for (const key of ['Enter', ' ']) {
      button.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      button.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true }));
    }
    button.form?.requestSubmit();
  }
  const busy = hosts.some((h) => h.shadowRoot?.querySelector('[aria-busy="true"]'));
  return { buttons: buttons.length, busy };
}

/** The viewport point at the centre of our panel's button `name` (a page can compute it too). */
function buttonCentre(name: string): { x: number; y: number } | null {
  const hosts = [...document.querySelectorAll('*')].filter((h) => h.shadowRoot?.querySelector('.box > p.title'));
  const button = hosts
    .flatMap((h) => [...(h.shadowRoot?.querySelectorAll('button') ?? [])])
    .find((b) => (b.textContent ?? '').trim() === name);
  if (!button) return null;
  button.scrollIntoView({ block: 'center' });
  const box = button.getBoundingClientRect();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The page restyles our panel's host (`opacity`), or lays a see-through element of its own over the button (`cover`). */
function restyle(args: { how: 'opacity' | 'cover' | 'undo'; name: string }): void {
  const hosts = [...document.querySelectorAll('*')].filter((h) => h.shadowRoot?.querySelector('.box > p.title'));
  const host = hosts.find((h) =>
    [...(h.shadowRoot?.querySelectorAll('button') ?? [])].some((b) => (b.textContent ?? '').trim() === args.name),
  ) as HTMLElement;
  document.getElementById('e2e-cover')?.remove();
  host.style.removeProperty('opacity');
  if (args.how === 'undo') return;
  if (args.how === 'opacity') {
    // Over a bait of its own: the admin sees and clicks "Claim your prize", which lies under our button.
    host.style.setProperty('opacity', '0.02', 'important');
    return;
  }
  const box = host.getBoundingClientRect();
  const cover = document.createElement('div');
  cover.id = 'e2e-cover';
  cover.style.cssText = `position:fixed;left:${box.x}px;top:${box.y}px;width:${box.width}px;height:${box.height}px;z-index:2147483647;opacity:0`;
  document.body.append(cover);
}

/**
 * Elements whose `id` or `name` is an extension API's global name: in Chrome's isolated world
 * `window.browser` is not defined, so named access would hand these to a careless script.
 */
const CLOBBER = `
  document.addEventListener('DOMContentLoaded', () => {
    document.body.insertAdjacentHTML('afterbegin',
      '<form id="browser" hidden><input name="runtime"><input name="sendMessage"></form>' +
      '<form id="chrome" hidden><input name="runtime"><input name="id"></form>' +
      '<img name="browser" hidden><embed name="chrome" hidden><a id="runtime" hidden></a>');
  });
`;

/** Records, from before any script runs, every window message and the page's global names. */
const LISTEN = `
  window.__e2eMessages = [];
  window.addEventListener('message', (e) => window.__e2eMessages.push(String(JSON.stringify(e.data))));
  document.addEventListener('DOMContentLoaded', () => { window.__e2eGlobals = Object.getOwnPropertyNames(window); });
`;

/** What a page can learn of the extension: its messages, globals and marks in the DOM. */
function whatThePageSees(): { messages: string[]; newGlobals: string[]; attributes: string[]; ours: string[] } {
  const w = window as unknown as { __e2eMessages: string[]; __e2eGlobals: string[] };
  const before = new Set(w.__e2eGlobals);
  const newGlobals = Object.getOwnPropertyNames(window).filter((n) => !before.has(n) && !n.startsWith('__e2e'));
  const attributes = [...document.querySelectorAll('*')]
    .flatMap((el) => [...el.attributes].map((a) => `${a.name}=${a.value}`))
    .filter((a) => /assistant|scim-setup|extension/i.test(a));
  // What we added, as the page finds it: the panel hosts (by structure) and the appearance
  // watch's <style>: nothing on them but an inline style.
  const hosts = [...document.querySelectorAll('*')].filter((h) => h.shadowRoot?.querySelector('.box > p.title'));
  const styles = [...document.querySelectorAll('style')].filter((s) => /@keyframes a\w+\{/.test(s.textContent ?? ''));
  const ours = [...hosts, ...styles].map(
    (el) => `<${el.tagName.toLowerCase()} ${[...el.attributes].map((a) => a.name).join(' ')}>`,
  );
  return { messages: w.__e2eMessages, newGlobals, attributes, ours };
}

/** Whether the page can load anything of the extension's (it knows the extension's origin). */
async function fetchFromPage(urls: string[]): Promise<string[]> {
  const loaded: string[] = [];
  for (const url of urls) {
    try {
      await fetch(url);
      loaded.push(url);
    } catch {
      // refused: what we want
    }
  }
  return loaded;
}

/** Two animation frames after load: by then a content script that runs has shown its panel. */
/**
 * How long a page is given before "no panel" counts. The site script is injected by the
 * background once the early script sees a served page (a message and an executeScript away),
 * so a fixed wait, then two frames; the real hosts show the panel within it (the first check).
 */
const SETTLE_MS = 1500;
function settled(ms: number): Promise<boolean> {
  return new Promise((resolve) =>
    setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true))), ms),
  );
}

// ---- the tests ----------------------------------------------------------------------------------

async function open(e2e: E2E, url: string, initScripts: string[] = []): Promise<E2EPage> {
  const page = await e2e.browser.newPage();
  for (const script of initScripts) await page.addInitScript(script);
  await page.goto(url);
  return page;
}

async function vaultHoldsToken(e2e: E2E): Promise<boolean> {
  return JSON.stringify(await e2e.browser.extension.getStorage('session')).includes(e2e.sandbox.scim.token);
}

describeInBrowsers('security: what a console page can do to the extension', (e2e) => {
  const pages: E2EPage[] = [];
  const track = (page: E2EPage) => (pages.push(page), page);
  beforeEach(async () => {
    await Promise.all(pages.splice(0).map((p) => p.close()));
  });
  beforeAll(async () => {
    e2e.sandbox.scim.reset();
    await e2e.browser.extension.clearStorage('local');
    await e2e.browser.extension.clearStorage('session');
  });

  it("on Trelica: script clicks, messages and events capture nothing; the admin's click still does", async () => {
    const page = track(await open(e2e, e2e.sandbox.url('trelica', 'labelled')));
    const before = await page.waitUntil(armPanelCounter, SEND_TO_EXTENSION);
    const attack = await page.evaluate(attackFromPage);
    expect(attack).toEqual({ buttons: 1, busy: false });
    expect(await page.evaluate(() => (window as unknown as { __e2ePanelIdle: number }).__e2ePanelIdle)).toBe(
      before - 1,
    );
    expect(await vaultHoldsToken(e2e)).toBe(false);

    const panel = panelWith(await clickPanelButton(page, SEND_TO_EXTENSION), SEND_TO_EXTENSION);
    expect(panel.status.join(' ')).toContain(maskToken(e2e.sandbox.scim.token));
    expect(await vaultHoldsToken(e2e)).toBe(true);
  });

  it('on JumpCloud: nothing fills, nothing is switched off, and the Group Management guard holds', async () => {
    const page = track(await open(e2e, e2e.sandbox.url('jumpcloud', 'labelled')));
    const before = await page.waitUntil(armPanelCounter, FILL_FROM_TRELICA);
    expect(await page.evaluate(attackFromPage)).toEqual({ buttons: 1, busy: false });
    expect(await page.evaluate(() => (window as unknown as { __e2ePanelIdle: number }).__e2ePanelIdle)).toBe(
      before - 1,
    );
    expect(await fixtureState(page)).toMatchObject({ baseUrl: '', token: '' });

    // Still on: the admin's click fills (the page's own model holds the values).
    await clickPanelButton(page, FILL_FROM_TRELICA);
    expect((await fixtureState(page)).token).toBe(e2e.sandbox.scim.token);

    // Group Management ticked by JumpCloud's Test Connection: the page cannot untick it through
    // us, nor silence the warning.
    expect(await testConnectionInJumpCloud(page)).toMatchObject({ groupManagement: true });
    await page.waitUntil(
      () =>
        document.body !== null &&
        [...document.querySelectorAll('*')].some((h) => /Group Management is on/.test(h.shadowRoot?.textContent ?? '')),
    );
    const attack = await page.evaluate(attackFromPage);
    expect(attack.buttons).toBeGreaterThan(1); // the guard's "Turn off Group Management" was attacked too
    await page.evaluate(settled, SETTLE_MS);
    expect((await fixtureState(page)).groupManagement).toBe(true);
    const guard = (await allPanels(page)).find((p) => p.buttons.includes(TURN_OFF_GROUP_MANAGEMENT));
    expect(guard?.alert.join(' ')).toContain('Group Management is on');
    expect((await extensionState(e2e)).jumpcloud.groupManagement).toBe('on');
  });

  it('with page elements named "browser", "chrome" and "runtime": capture and fill still work', async () => {
    await e2e.browser.extension.clearStorage('session');
    const trelica = track(await open(e2e, e2e.sandbox.url('trelica', 'labelled'), [CLOBBER]));
    expect(await trelica.evaluate(() => typeof (window as unknown as { browser?: unknown }).browser)).toBe('object'); // the clobbering is in place
    await clickPanelButton(trelica, SEND_TO_EXTENSION);
    expect(await vaultHoldsToken(e2e)).toBe(true);
    const jumpcloud = track(await open(e2e, e2e.sandbox.url('jumpcloud', 'labelled'), [CLOBBER]));
    await clickPanelButton(jumpcloud, FILL_FROM_TRELICA);
    expect((await fixtureState(jumpcloud)).token).toBe(e2e.sandbox.scim.token);
  });

  describe('a restyled or covered panel (click-jacking)', () => {
    it('a real click on the see-through panel, or on a cover over it, fills nothing; on the panel as shown, it fills', async () => {
      const page = track(await open(e2e, e2e.sandbox.url('jumpcloud', 'labelled')));
      const before = await page.waitUntil(armPanelCounter, FILL_FROM_TRELICA);
      for (const how of ['opacity', 'cover'] as const) {
        await page.evaluate(restyle, { how, name: FILL_FROM_TRELICA });
        const at = await page.evaluate(buttonCentre, FILL_FROM_TRELICA);
        await page.clickAt(at!.x, at!.y);
        await page.evaluate(settled, SETTLE_MS);
        expect(
          await page.evaluate(() =>
            [...document.querySelectorAll('*')].some((h) => h.shadowRoot?.querySelector('[aria-busy="true"]')),
          ),
          how,
        ).toBe(false);
        expect(await page.evaluate(() => (window as unknown as { __e2ePanelIdle: number }).__e2ePanelIdle), how).toBe(
          before - 1,
        );
        expect((await fixtureState(page)).token, how).toBe('');
      }
      // The same real click, once the panel is shown as we drew it: proves the clicks above landed.
      await page.evaluate(restyle, { how: 'undo', name: FILL_FROM_TRELICA });
      const at = await page.evaluate(buttonCentre, FILL_FROM_TRELICA);
      await page.clickAt(at!.x, at!.y);
      await page.waitUntil((n) => (window as unknown as { __e2ePanelIdle: number }).__e2ePanelIdle >= n, before);
      expect((await fixtureState(page)).token).toBe(e2e.sandbox.scim.token);
    });
  });

  describe('look-alike hosts and odd ports serving the same pages', () => {
    const lookalikes = Object.entries(LOOKALIKE_HOSTS).map(([host, site]) => ({
      site,
      url: (e: E2E) => e.sandbox.url(site, 'labelled', host),
    }));
    const oddPorts = (['trelica', 'jumpcloud'] as const).map((site) => ({
      site,
      url: (e: E2E) => {
        const url = new URL(e.sandbox.url(site, 'labelled'));
        url.port = ODD_PORT;
        return url.href;
      },
    }));

    it('the real hosts show the panel within the wait the checks below allow', async () => {
      for (const site of ['trelica', 'jumpcloud'] as const) {
        const page = track(await open(e2e, e2e.sandbox.url(site, 'labelled')));
        await page.evaluate(settled, SETTLE_MS);
        expect((await allPanels(page)).length, site).toBeGreaterThan(0);
      }
    });

    it.each([...lookalikes, ...oddPorts].map((c) => [c.site, c] as const))(
      'a %s copy gets no panel, and nothing is captured from it',
      async (_site, c) => {
        await e2e.browser.extension.clearStorage('session');
        const page = track(await open(e2e, c.url(e2e)));
        expect(await page.evaluate(() => document.title)).not.toBe(''); // the copy did load
        await page.evaluate(settled, SETTLE_MS);
        expect(await allPanels(page)).toEqual([]);
        expect(await vaultHoldsToken(e2e)).toBe(false);
      },
    );
  });

  it('a page cannot tell the extension is there: no messages, globals, names in the DOM, or resources', async () => {
    for (const site of ['trelica', 'jumpcloud'] as const) {
      const page = track(await open(e2e, e2e.sandbox.url(site, 'labelled'), [LISTEN]));
      await clickPanelButton(page, site === 'trelica' ? SEND_TO_EXTENSION : FILL_FROM_TRELICA);
      const seen = await page.evaluate(whatThePageSees);
      expect(seen.ours.length, site).toBeGreaterThan(1); // the panel and the style were looked at
      expect(
        seen.ours.every((tag) => /^<(div|style) (style)?>$/.test(tag)),
        `${site}: ${seen.ours.join(' ')}`,
      ).toBe(true);
      expect(seen.attributes, site).toEqual([]);
      expect(seen.messages, site).toEqual([]);
      expect(seen.newGlobals, site).toEqual([]);
      const origin = e2e.browser.extension.origin;
      const resources = [
        'manifest.json',
        'content/trelica.js',
        'content/jumpcloud.js',
        'icons/icon-16.png',
        e2e.browser.extension.popupUrl.slice(origin.length + 1),
      ];
      expect(
        await page.evaluate(
          fetchFromPage,
          resources.map((r) => `${origin}/${r}`),
        ),
        site,
      ).toEqual([]);
    }
  });
});
