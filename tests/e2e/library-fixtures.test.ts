// The real-library JumpCloud consoles (tests/fixtures/libraries/), driven in real Chromium the
// way a person drives them: mouse clicks on the library's own comboboxes and options, keyboard
// typing into inputs found by their labels. Proves each page works, keeps its model in the
// framework, leaves its decoys alone when a person does not touch them, and reports outcomes,
// before the filler is ever pointed at it. Independent of the sandbox's server and drivers: its own
// Chromium (playwright-core, the one the sandbox finds) and its own plain-http server on 127.0.0.1.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LIBRARY_FIXTURES,
  buildLibraryFixtures,
  libraryFixturePath,
  renderLibraryFixture,
  type LibraryBasePage,
  type LibraryFixtureState,
} from '../fixtures/libraries/index';
import { GROUP_MANAGEMENT_LABEL, OUTCOME_WORDS, initialState } from '../fixtures/libraries/shared/model';
import { chromiumPath, QUIET_CHROMIUM_FLAGS } from '../sandbox';

const BASE_URL = 'https://app.trelica.com/api/scim/v2'; // no trailing slash: the stub says ok
const TOKEN = 'tok-5f1e9a7c';
const TEST_EMAIL = 'scim.test@example.com';

/** How each page differs for a person filling it in. */
interface PageTraits {
  tab: 'Identity Management' | 'Provisioning';
  collapsed: boolean; // "Configuration Settings" must be opened first
  groupRole: 'checkbox' | 'switch';
  /**
   * How a person flips Group Management: its label text, or the switch drawn next to the
   * label. (el-switch: a click on its form-item <label for> does flip the model and
   * aria-checked, but leaves the hidden <input>'s .checked stale, so Playwright's isChecked,
   * which reads .checked, would disagree with the page.)
   */
  flip: 'label' | 'switch';
  /** Where a person reads the outcome: a toast / inline alert / the badge, or nowhere. */
  shows: 'toast' | 'inline' | 'badge' | 'nothing';
}

const TRAITS: Record<LibraryBasePage, PageTraits> = {
  mui: { tab: 'Identity Management', collapsed: false, groupRole: 'checkbox', flip: 'label', shows: 'toast' },
  'mui-provisioning': { tab: 'Provisioning', collapsed: false, groupRole: 'switch', flip: 'label', shows: 'inline' },
  'element-plus': { tab: 'Identity Management', collapsed: true, groupRole: 'checkbox', flip: 'label', shows: 'toast' },
  'element-plus-provisioning': {
    tab: 'Provisioning',
    collapsed: false,
    groupRole: 'switch',
    flip: 'switch',
    shows: 'badge',
  },
  shoelace: { tab: 'Identity Management', collapsed: false, groupRole: 'checkbox', flip: 'label', shows: 'toast' },
  'shoelace-provisioning': {
    tab: 'Provisioning',
    collapsed: false,
    groupRole: 'switch',
    flip: 'label',
    shows: 'nothing',
  },
};

// Installed before the page's scripts: _backend.js keeps an existing window.jumpCloudBackend.
// It answers after 300 ms (so the loading state shows) and records what it was sent.
const BACKEND_STUB = `
  window.backendCalls = [];
  const answer = (call) => (values) => {
    window.backendCalls.push({ call, values });
    return new Promise((resolve) => setTimeout(() => resolve({ ok: !values.baseUrl.endsWith('/') }), 300));
  };
  window.jumpCloudBackend = { testConnection: answer('testConnection'), activate: answer('activate') };
`;

let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  await buildLibraryFixtures();
  server = createServer((req, res) => {
    const name = /^\/([\w-]+)\.html$/.exec(req.url ?? '')?.[1];
    try {
      const html = renderLibraryFixture(name ?? '');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...QUIET_CHROMIUM_FLAGS, '--ignore-certificate-errors'],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

const state = (page: Page) =>
  page.evaluate(() => (window as unknown as { fixtureState(): LibraryFixtureState }).fixtureState());

/**
 * Clicks where a person clicks a combobox: the middle of the box it draws, once nothing else
 * covers that point. Playwright's own click insists the point hit the element itself, which
 * never happens in Element Plus (its placeholder <div> lies over the transparent combobox
 * <input>); here the hit only has to land inside the field (the combobox's grandparent). A
 * closing overlay still covers the point for a moment: MUI keeps its invisible backdrop until
 * the exit transition ends, and a fading Shoelace listbox would take the click as a choice of
 * its own option.
 */
async function clickField(page: Page, combobox: Locator): Promise<void> {
  await combobox.scrollIntoViewIfNeeded();
  const box = await combobox.boundingBox();
  if (!box) throw new Error('combobox not rendered');
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  const uncovered = () =>
    combobox.evaluate(
      (el, [px, py]) => {
        const hit = (el.getRootNode() as Document | ShadowRoot).elementFromPoint(px!, py!);
        return hit !== null && (el.parentElement?.parentElement?.contains(hit) ?? false);
      },
      [x, y],
    );
  await expect.poll(uncovered, { timeout: 5000 }).toBe(true);
  await page.mouse.click(x, y);
}

async function choose(page: Page, form: Locator, label: string, option: string): Promise<void> {
  await clickField(page, form.getByRole('combobox', { name: label }));
  await page.getByRole('option', { name: option, exact: true }).click();
  // The library closes its listbox with an animation: the option is still in the DOM right after.
  expect(await page.getByRole('option', { name: option, exact: true, includeHidden: true }).count()).toBeGreaterThan(0);
}

async function type(page: Page, input: Locator, text: string): Promise<void> {
  await input.click();
  await page.keyboard.type(text);
}

describe('library fixtures, filled in by a person in Chromium', () => {
  for (const name of LIBRARY_FIXTURES) {
    it(name, async () => {
      const traits = TRAITS[name];
      const words = OUTCOME_WORDS[name];
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript(BACKEND_STUB);
      const page = await context.newPage();
      page.setDefaultTimeout(5000);
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('request', (request) => requests.push(request.url()));
      try {
        const url = origin + libraryFixturePath(name);
        await page.goto(url);
        const before = await state(page);
        const variant = traits.tab === 'Provisioning' ? 'provisioning' : 'classic';
        expect(before).toEqual(initialState(variant));

        // The real form: the selected tab's panel (the "Previous configuration" decoys sit above the tabs).
        const form = page.getByRole('tabpanel', { name: traits.tab });
        if (traits.collapsed) await form.getByRole('button', { name: 'Configuration Settings' }).click();
        await choose(page, form, 'API Type', 'SCIM API');
        await choose(page, form, 'SCIM Version', 'SCIM 2.0');
        await type(page, form.getByLabel('Base URL', { exact: true }), BASE_URL);
        await type(page, form.getByLabel('Token Key', { exact: true }), TOKEN);
        // The panel also holds a display:none "Test User Email" decoy: a person only sees the real one.
        await type(page, form.getByLabel('Test User Email', { exact: true }).filter({ visible: true }), TEST_EMAIL);

        const testConnection = form.getByRole('button', { name: 'Test Connection' });
        await testConnection.click();
        // While the back end thinks, the library's loading state: the button is disabled.
        expect(await testConnection.isDisabled()).toBe(true);
        const groupManagement = form.getByRole(traits.groupRole, { name: GROUP_MANAGEMENT_LABEL });
        await groupManagement.waitFor({ state: 'attached' }); // Element Plus's <input> is invisible
        expect(await groupManagement.isChecked()).toBe(true);
        // Its <input> is invisible in Element Plus and Shoelace: a person clicks what is drawn.
        if (traits.flip === 'label') await form.getByText(GROUP_MANAGEMENT_LABEL, { exact: true }).click();
        else await groupManagement.locator('xpath=..').click();
        await expect.poll(() => groupManagement.isChecked(), { timeout: 5000 }).toBe(false);

        await form.getByRole('button', { name: 'Activate', exact: true }).click();
        await expect.poll(async () => (await state(page)).outcomes.length, { timeout: 5000 }).toBe(2);

        const shown = [words.testOk, words.activateOk];
        // Not exact: a Shoelace toast's text also holds its (hidden) countdown, e.g. "4400".
        if (traits.shows === 'toast') await page.getByText(words.activateOk).waitFor();
        if (traits.shows === 'inline') await form.getByRole('alert').filter({ hasText: words.activateOk }).waitFor();
        if (traits.shows === 'badge') await page.getByText(words.activateOk, { exact: true }).waitFor();
        const after = await state(page);
        expect(after).toEqual({
          ...before,
          apiType: 'SCIM API',
          scimVersion: 'SCIM 2.0',
          baseUrl: BASE_URL,
          token: TOKEN,
          testEmail: TEST_EMAIL,
          groupManagement: false,
          activateClicks: 1,
          testConnectionClicks: 1,
          status: variant === 'provisioning' ? 'Active' : '',
          outcomes: traits.shows === 'nothing' ? shown.map((text) => `silent:${text}`) : shown,
          decoys: before.decoys, // untouched
        });
        const calls = await page.evaluate(() => (window as unknown as { backendCalls: unknown[] }).backendCalls);
        expect(calls).toEqual([
          {
            call: 'testConnection',
            values: { baseUrl: BASE_URL, token: TOKEN, testEmail: TEST_EMAIL, groupManagement: null },
          },
          {
            call: 'activate',
            values: { baseUrl: BASE_URL, token: TOKEN, testEmail: TEST_EMAIL, groupManagement: false },
          },
        ]);
        expect(errors).toEqual([]);
        // Nothing but the page itself (icons are inline data: URLs, which never leave the browser).
        expect(requests.filter((r) => !r.startsWith('data:'))).toEqual([url.replace(/#.*/, '')]);
      } catch (error) {
        await page
          .screenshot({ path: `.tmp/library-fixtures/failed-${name}.png`, fullPage: true })
          .catch(() => undefined);
        throw error;
      } finally {
        await context.close();
      }
    });
  }
});
