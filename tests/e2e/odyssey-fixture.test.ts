// The Okta-like page in Odyssey's style (tests/fixtures/libraries/odyssey/), driven in real
// Chromium the way an admin drives it: clicks and keyboard typing on controls found by their
// words and roles. Proves the page works, keeps what it holds in React (window.fixtureState()),
// ignores a value set from script without a person's events, and that its Test Connector
// Configuration really asks a Trelica-like SCIM server (a wrong token reads as Okta's failure).
// Independent of the sandbox: its own Chromium and one plain-http server on 127.0.0.1 that
// serves the page at its Admin Console path, Okta's back end, and the SCIM API it calls.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  OKTA_APP_PATH,
  buildLibraryFixtures,
  oktaLibraryPath,
  renderOktaLibraryFixture,
  type OktaFixtureState,
} from '../fixtures/libraries/index';
import { OKTA_DECOYS, TEST_FAIL, TEST_OK, initialOktaState } from '../fixtures/libraries/odyssey/state';
import { chromiumPath, QUIET_CHROMIUM_FLAGS } from '../sandbox';
import { createTrelicaLikeScim } from '../sandbox/scim-server';
import { localTrelicaClient } from '../sandbox/server/jumpcloud-backend';
import { oktaBackendRouter } from '../sandbox/server/okta-backend';

const BASE_URL = 'https://app.trelica.com/api/scim/v2';
const scim = createTrelicaLikeScim({ domains: ['example.com'] });

let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  await buildLibraryFixtures();
  const app = express();
  app.get(OKTA_APP_PATH, (_req, res) => {
    res.type('html').send(renderOktaLibraryFixture('odyssey'));
  });
  // Okta's servers call "https://app.trelica.com/..." typed in the form: here, this very server.
  app.use(
    oktaBackendRouter(localTrelicaClient({ protocol: 'http', port: () => (server.address() as AddressInfo).port })),
  );
  app.use(scim.app);
  server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...QUIET_CHROMIUM_FLAGS] });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

const state = (page: Page) =>
  page.evaluate(() => (window as unknown as { fixtureState(): OktaFixtureState }).fixtureState());

describe('the Odyssey Okta page, set up by a person in Chromium', () => {
  it('fills the SCIM Connection, tests it against the SCIM server, saves, and enables To App', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    page.setDefaultTimeout(5000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.goto(origin + oktaLibraryPath());
      expect(await state(page)).toEqual(initialOktaState('#tab-user-management/api-credentials'));
      await page.getByRole('heading', { name: 'Trelica', level: 1 }).waitFor();
      expect(await page.getByRole('tab', { name: 'Provisioning' }).getAttribute('aria-selected')).toBe('true');

      await page.getByRole('region', { name: 'SCIM Connection' }).getByRole('button', { name: 'Edit' }).click();
      // The form, not the read-only "Previous configuration" field of the same name.
      const form = page.getByRole('form', { name: 'SCIM Connection' });
      await form.getByLabel('SCIM connector base URL').click();
      await page.keyboard.type(BASE_URL);
      await form.getByLabel('Unique identifier field for users').click();
      await page.keyboard.type('userName');
      for (const action of ['Import New Users and Profile Updates', 'Push New Users', 'Push Profile Updates'])
        await form.getByRole('checkbox', { name: action }).check();
      await form.getByRole('checkbox', { name: 'Push Groups' }).uncheck();

      // A value assigned from script, without a person's events: React never hears of it.
      await form.getByLabel('Unique identifier field for users').evaluate((input: HTMLInputElement) => {
        input.value = 'externalId';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      expect((await state(page)).uniqueId).toBe('userName');

      await form.getByRole('combobox', { name: 'Authentication Mode' }).click();
      await page.getByRole('option', { name: 'HTTP Header' }).click();
      const authorization = form.getByRole('textbox', { name: 'Authorization' }); // the hidden decoy is not a textbox to a person
      await authorization.click();
      await page.keyboard.type('wrong-token');

      const dialog = page.getByRole('dialog', { name: 'Test Connector Configuration' });
      await form.getByRole('button', { name: 'Test Connector Configuration' }).click();
      await dialog.getByText(TEST_FAIL).waitFor();
      await dialog.getByRole('button', { name: 'Close' }).click();
      await dialog.waitFor({ state: 'detached' });

      await authorization.fill(scim.token); // as a paste does
      await form.getByRole('button', { name: 'Test Connector Configuration' }).click();
      await dialog.getByText(TEST_OK).waitFor();
      expect(await dialog.getByRole('listitem').allInnerTexts()).toEqual([
        'User Import',
        'Import Profile Updates',
        'Create Users',
        'Update User Attributes',
        'Push Groups',
        'Import Groups',
      ]);
      expect(await dialog.getByRole('img', { name: 'Supported', exact: true }).count()).toBe(4);
      await dialog.getByRole('button', { name: 'Close' }).click();
      await dialog.waitFor({ state: 'detached' });
      await form.getByRole('button', { name: 'Save' }).click();
      await expect.poll(async () => (await state(page)).saved.integration).toBe(true);

      // Tabs are hash routes; the Settings menu too.
      await page.getByRole('tab', { name: 'General' }).click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#tab-general');
      await page.getByRole('tab', { name: 'Provisioning' }).click();
      await page.getByRole('link', { name: 'To App' }).click();
      await page.getByRole('region', { name: 'Provisioning to App' }).getByRole('button', { name: 'Edit' }).click();
      for (const row of ['Create Users', 'Update User Attributes', 'Deactivate Users'])
        await page.getByRole('switch', { name: row }).check();
      await page.getByRole('form', { name: 'Provisioning to App' }).getByRole('button', { name: 'Save' }).click();
      await expect.poll(async () => (await state(page)).saved.toApp).toBe(true);

      const after = await state(page);
      const config = {
        baseUrl: BASE_URL,
        uniqueId: 'userName',
        actions: {
          importNewUsers: true,
          pushNewUsers: true,
          pushProfileUpdates: true,
          pushGroups: false,
          importGroups: false,
        },
        authMode: 'HTTP Header',
        token: scim.token,
        basicUsername: '',
        basicPassword: '',
      };
      const toApp = { create: true, update: true, deactivate: true, syncPassword: false };
      expect(after).toMatchObject({
        ...config,
        tab: 'provisioning',
        view: 'to-app',
        toApp,
        savedToApp: toApp,
        savedIntegration: config,
        saved: { integration: true, toApp: true },
        testClicks: 2,
        outcomes: [TEST_FAIL, TEST_OK],
        dialog: { phase: 'closed' },
        decoys: OKTA_DECOYS, // untouched
      });
      // Okta's test, as the SCIM server saw it: the wrong token refused, the right one answered.
      expect(scim.requests().map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
        'GET /Users?startIndex=1&count=2 401',
        'GET /Users?startIndex=1&count=2 200',
      ]);
      expect(errors).toEqual([]);
    } catch (error) {
      await page
        .screenshot({ path: '.tmp/library-fixtures/failed-odyssey.png', fullPage: true })
        .catch(() => undefined);
      throw error;
    } finally {
      await context.close();
    }
  });
});
