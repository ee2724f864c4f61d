// Entra's early signs (src/content/entra/early-signs.ts) are XPath, which happy-dom cannot run:
// here, in real Chromium, each hand-written Entra page (tests/fixtures/entra/) is asked the one
// question the early script asks in a blade's frame and in the shell's top frame. Independent of
// the sandbox's server and of the built extension: its own Chromium (playwright-core).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTRA_FRAME_EARLY_SIGNS, ENTRA_SHELL_EARLY_SIGNS } from '../../src/content/entra/early-signs';
import { chromiumPath, QUIET_CHROMIUM_FLAGS } from '../sandbox';

const read = (file: string): string => readFileSync(resolve(import.meta.dirname, '../fixtures/entra', file), 'utf8');
const fixture = (name: string): string =>
  read(`${name}.html`).replace('<script src="_kit.js"></script>', () => `<script>${read('_kit.js')}</script>`);

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: [...QUIET_CHROMIUM_FLAGS] });
  page = await browser.newPage();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

/** What the early script's one look answers on the page now. */
const shows = (predicate: string): Promise<boolean> =>
  page.evaluate(
    (p) => document.evaluate(`boolean(//*[${p}])`, document, null, XPathResult.BOOLEAN_TYPE).booleanValue,
    predicate,
  );

describe("Entra's early signs in Chromium", () => {
  it.each(['classic', 'connectivity', 'mappings', 'group-attributes', 'gallery', 'on-demand'])(
    "a blade's frame showing %s asks for the script",
    async (name) => {
      await page.setContent(fixture(name));
      expect(await shows(ENTRA_FRAME_EARLY_SIGNS.shows)).toBe(true);
      expect(await shows(ENTRA_SHELL_EARLY_SIGNS.shows)).toBe(false);
    },
  );

  it("the shell's top frame asks for it on the test's notification only", async () => {
    await page.setContent(fixture('shell'));
    expect(await shows(ENTRA_SHELL_EARLY_SIGNS.shows)).toBe(true);
    await page.evaluate(() => document.querySelector('.fxs-toast')!.remove());
    // The closed pane's old notification is no sign.
    expect(await shows(ENTRA_SHELL_EARLY_SIGNS.shows)).toBe(false);
  });

  it('another blade, a users mapping, a hidden field and a plain alert are no sign', async () => {
    await page.setContent(
      '<h2>Overview</h2><label for="n">Name</label><input id="n" value="Provision Microsoft Entra ID Users">' +
        '<div role="alert">Saved</div><div style="display:none"><label>Tenant URL</label></div>' +
        '<div hidden><input value="Provision Microsoft Entra ID Groups"></div>',
    );
    expect(await shows(ENTRA_FRAME_EARLY_SIGNS.shows)).toBe(false);
    expect(await shows(ENTRA_SHELL_EARLY_SIGNS.shows)).toBe(false);
  });
});
