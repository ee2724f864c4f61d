// Where the token goes (SECURITY.md, "The token"): after a whole first try (capture on
// Trelica, fill on JumpCloud, JumpCloud's own Test Connection, the popup's connection test and
// rehearsal, the copied report) the token is found only where it must be: the vault in
// storage.session, JumpCloud's Token Key field, and requests to the Trelica SCIM API. Every
// other place an admin, a page or another extension could read is searched for it, and each
// search first proves it can see (a probe written there is found).
import { beforeAll, describe, expect, it } from 'vitest';
import { JUMPCLOUD_HOSTS, TRELICA_HOSTS } from '../../src/core/hosts';
import {
  allPanels,
  clickPanelButton,
  copyReport,
  extensionState,
  FILL_FROM_TRELICA,
  fixtureState,
  SEND_TO_EXTENSION,
  openPopup,
  poll,
  rehearse,
  testConnection,
  testConnectionInJumpCloud,
  typeCredentials,
  type E2EPage,
} from '../sandbox';
import { describeInBrowsers } from './suite';

const PROBE = 'e2e-console-probe-7f3a';

/** The page's whole markup, with the markup of every open shadow root (our panels) inlined. */
function deepMarkup(): string {
  const walk = (root: Document | ShadowRoot): string =>
    [...root.querySelectorAll('*')].map((el) => (el.shadowRoot ? walk(el.shadowRoot) : '')).join('') +
    (root instanceof Document ? root.documentElement.outerHTML : root.innerHTML);
  return walk(document);
}

/** Every form control holding `token` as its value, by its label or name. */
function controlsHolding(token: string): string[] {
  const found: string[] = [];
  const visit = (root: Document | ShadowRoot): void => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) visit(el.shadowRoot);
      if ((el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && el.value.includes(token)) {
        found.push(
          el.labels?.[0]?.textContent?.trim() || el.getAttribute('aria-label') || el.name || el.id || el.tagName,
        );
      }
    }
  };
  visit(document);
  return found;
}

/**
 * Firefox reports no console events of extension pages over BiDi: the popup's own console
 * methods are wrapped to record what they are given (in both browsers, for one rule).
 */
function recordConsole(): void {
  const w = window as unknown as { __e2eConsole: string[] };
  w.__e2eConsole = [];
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const original = console[method].bind(console);
    console[method] = (...args: unknown[]) => {
      w.__e2eConsole.push(args.map((a) => (typeof a === 'string' ? a : (JSON.stringify(a) ?? String(a)))).join(' '));
      original(...args);
    };
  }
}

const recorded = (page: E2EPage) =>
  page.evaluate(() => (window as unknown as { __e2eConsole?: string[] }).__e2eConsole ?? []);

/**
 * Records every text our panels ever show, not just the last: a status line replaced a moment
 * later was still on screen. Observes each panel's shadow root, and the document for new ones.
 */
function recordPanelText(): void {
  const w = window as unknown as { __e2ePanelText: string[]; __e2eObserved: WeakSet<ShadowRoot> };
  w.__e2ePanelText = [];
  w.__e2eObserved = new WeakSet();
  const observeHosts = () => {
    for (const host of document.querySelectorAll('*')) {
      const root = host.shadowRoot;
      if (!root || !root.querySelector('.box > p.title') || w.__e2eObserved.has(root)) continue;
      w.__e2eObserved.add(root);
      w.__e2ePanelText.push(root.innerHTML);
      new MutationObserver(() => w.__e2ePanelText.push(root.innerHTML)).observe(root, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    }
  };
  observeHosts();
  new MutationObserver(observeHosts).observe(document.documentElement, { subtree: true, childList: true });
}

const panelTextSeen = (page: E2EPage) =>
  page.evaluate(() => (window as unknown as { __e2ePanelText: string[] }).__e2ePanelText);

describeInBrowsers('security: where the token goes', (e2e) => {
  let trelica: E2EPage;
  let jumpcloud: E2EPage;
  let popup: E2EPage;
  let reports: string[];
  let token: string;

  beforeAll(async () => {
    e2e.sandbox.scim.reset();
    await e2e.browser.extension.clearStorage('local');
    await e2e.browser.extension.clearStorage('session');
    token = e2e.sandbox.scim.token;
    trelica = await e2e.browser.openPage(e2e.sandbox.url('trelica', 'labelled'));
    await trelica.evaluate(recordPanelText);
    await clickPanelButton(trelica, SEND_TO_EXTENSION);
    jumpcloud = await e2e.browser.openPage(e2e.sandbox.url('jumpcloud', 'labelled'));
    await jumpcloud.evaluate(recordPanelText);
    await clickPanelButton(jumpcloud, FILL_FROM_TRELICA);
    expect((await fixtureState(jumpcloud)).token).toBe(token); // the one place it must arrive
    await testConnectionInJumpCloud(jumpcloud);
    popup = await openPopup(e2e);
    await popup.evaluate(recordConsole);
    await typeCredentials(popup, { testEmail: 'scim-security@example.com' });
    expect((await testConnection(popup)).diagnosis).toBe('ok');
    expect((await rehearse(popup)).diagnosis).toBe('ok');
    reports = [await copyReport(popup, 'test'), await copyReport(popup, 'rehearsal')];
    for (const page of [trelica, jumpcloud, popup]) await page.evaluate((probe) => console.log(probe), PROBE);
  }, 120_000);

  it('keeps it in storage.session only: not in storage.local, storage.sync, or the state any page can ask for', async () => {
    const session = JSON.stringify(await e2e.browser.extension.getStorage('session'));
    expect(session).toContain(token); // the vault: proves the search reads real values
    expect(JSON.stringify(await e2e.browser.extension.getStorage('local'))).not.toContain(token);
    expect(JSON.stringify(await e2e.browser.extension.getStorage('sync'))).not.toContain(token);
    expect(JSON.stringify(await extensionState(e2e))).not.toContain(token);
  });

  it("writes it to no console: not the pages', not the popup's, not the background's", async () => {
    for (const page of [trelica, jumpcloud, popup]) {
      // Console events arrive after the evaluation that wrote them (Firefox's BiDi log events).
      const heard = async () => [...page.consoleMessages(), ...(await recorded(page))];
      const messages = await poll('the console probe', 5_000, async () =>
        (await heard()).includes(PROBE) ? heard() : undefined,
      );
      expect(messages.filter((m) => m.includes(token))).toEqual([]);
    }
    // Firefox's event page cannot be listened to over BiDi: Chromium's service worker speaks for both builds.
    const background = e2e.browser.backgroundConsole();
    if (background) expect(background.filter((m) => m.includes(token))).toEqual([]);
  });

  it("shows it nowhere in the DOM but JumpCloud's Token Key field: not in a panel, not in the popup", async () => {
    const jumpcloudMarkup = await jumpcloud.evaluate(deepMarkup);
    expect(jumpcloudMarkup).toContain('SCIM setup assistant'); // our panels are in what was searched
    expect(jumpcloudMarkup).not.toContain(token);
    expect(await jumpcloud.evaluate(controlsHolding, token)).toEqual(['Token Key']);
    // Trelica's own page shows its token; our panel there must not.
    const panelsOnTrelica = await allPanels(trelica);
    expect(panelsOnTrelica.length).toBeGreaterThan(0);
    expect(JSON.stringify(panelsOnTrelica)).not.toContain(token);
    // Every text the panels showed on the way, not only the last.
    for (const page of [trelica, jumpcloud]) {
      const seen = await panelTextSeen(page);
      expect(seen.length).toBeGreaterThan(2);
      expect(seen.filter((html) => html.includes(token))).toEqual([]);
    }
    const popupMarkup = await popup.evaluate(deepMarkup);
    expect(popupMarkup).toContain('Test connection');
    expect(popupMarkup).not.toContain(token);
    expect(await popup.evaluate(controlsHolding, token)).toEqual([]);
  });

  it('leaves it out of both copied reports, which still say what was tested', () => {
    for (const report of reports) {
      expect(report).toContain(TRELICA_HOSTS[0]);
      expect(report).not.toContain(token);
    }
  });

  describe('sends it only to the Trelica SCIM API', () => {
    it("from the extension: every request carrying it went to a Trelica host's /api/scim/v2", () => {
      const carrying = e2e.sandbox.requests().filter((r) => r.tokenSeen);
      const toTrelica = carrying.filter((r) => TRELICA_HOSTS.includes(r.host) && r.path.startsWith('/api/scim/v2/'));
      expect(toTrelica.length).toBeGreaterThan(0);
      // The only other: JumpCloud's page posting its own form to JumpCloud's servers (the sandbox's
      // stand-in for them), which is what its Test Connection button does with the admin's values.
      const others = carrying.filter((r) => !toTrelica.includes(r));
      expect(others.filter((r) => !(JUMPCLOUD_HOSTS.includes(r.host) && r.path.startsWith('/__jumpcloud/')))).toEqual(
        [],
      );
    });
  });
});
