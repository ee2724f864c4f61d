// @vitest-environment happy-dom
// The Okta content script end to end over the classic fixtures, with the real background (its
// okta/* handlers) answering: the fill, the Push Groups guard, Okta's dialog, To App, Pick.
// Every value is asserted in the PAGE'S OWN model (oktaState), never just the DOM.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScriptContext } from '../../../../src/content/dom/context';
import { startOktaScript } from '../../../../src/content/okta/script';
import {
  ENABLE_TO_APP,
  FILL_FROM_TRELICA,
  FIND_OUT_WHY,
  UNTICK_PUSH_GROUPS,
} from '../../../../src/content/button-labels';
import { send } from '../../../../src/content/send';
import {
  loadFixture,
  oktaState,
  setOktaBackend,
  trustedClick,
  waitFor,
} from '../../../helpers/content/load-console-page';
import { realBackground, type Seed } from '../../../helpers/content/real-background';
import {
  fakeExtension,
  fireAppear,
  frames,
  panelButton,
  panels,
  roleText,
} from '../../../helpers/content/panel-probes';

vi.mock('../../../../src/content/send', () => ({ send: vi.fn() }));
const sendMock = vi.mocked(send);

const TOKEN = 'tok_9f8e7d6c5b4a39281706f5e4';
const BASE_URL = 'https://app.trelica.com/api/scim/v2';
// As captured from Trelica: the trailing slash Trelica shows (the background keeps it).
const CAPTURED: Seed = { baseUrl: `${BASE_URL}/`, token: TOKEN };

async function background(seed: Seed = CAPTURED): Promise<void> {
  const bg = await realBackground(seed);
  sendMock.mockImplementation(((request: unknown) => bg.send(request)) as never);
}

let ctx: ScriptContext | null = null;
async function start(name: string): Promise<void> {
  loadFixture('okta', name);
  ctx = startOktaScript();
  await frames();
}

beforeEach(async () => {
  fakeExtension();
  sendMock.mockReset();
  await background();
});
afterEach(() => {
  ctx?.abort();
  ctx = null;
});

const sent = (type: string) =>
  sendMock.mock.calls.map(([r]) => r as unknown as Record<string, unknown>).filter((r) => r.type === type);
const byValue = (value: string) => document.querySelector<HTMLInputElement>(`input[value="${value}"]`)!;
const labelOf = (text: string) =>
  Array.from(document.querySelectorAll('label')).find((l) => l.textContent?.trim() === text)!;

async function clickFill(done = 'Test Connector Configuration'): Promise<void> {
  trustedClick(panelButton(FILL_FROM_TRELICA)!);
  await waitFor(() => !panelButton(FILL_FROM_TRELICA)!.disabled && roleText('status').includes(done), 4000);
}

describe('Fill from Trelica', () => {
  it('fills every field after a trusted click, Bearer-less and without the trailing slash', async () => {
    await start('integration');
    await clickFill();
    expect(oktaState()).toMatchObject({
      baseUrl: BASE_URL,
      uniqueId: 'userName',
      authMode: 'HTTP Header',
      token: TOKEN,
      importUsers: true,
      pushNewUsers: true,
      pushProfileUpdates: true,
      pushGroups: false,
      importGroups: false,
    });
    expect(roleText('status')).toContain('Filled: SCIM connector base URL');
    expect(roleText('status')).not.toContain(TOKEN);
    expect(sent('okta/filled')).toEqual([
      {
        type: 'okta/filled',
        results: ['base-url', 'unique-id', 'actions', 'auth-mode', 'token'].map((field) => ({
          field,
          outcome: 'filled',
        })),
        pushGroups: 'off',
      },
    ]);
  });

  it("ignores clicks that are not the user's", async () => {
    await start('integration');
    panelButton(FILL_FROM_TRELICA)!.click();
    await frames();
    expect(sent('okta/fill')).toHaveLength(0);
  });

  it("shows the background's refusal and fills nothing", async () => {
    await background({});
    await start('integration');
    trustedClick(panelButton(FILL_FROM_TRELICA)!);
    await waitFor(() => roleText('status').includes('No Base URL yet'));
    expect(oktaState()).toMatchObject({ baseUrl: '', token: '', importUsers: false });
  });

  it('is not served on the General tab, and is once the Provisioning tab shows', async () => {
    await start('general-tab');
    expect(panels()).toHaveLength(0);
    const tab = document.querySelector<HTMLElement>('[role="tab"][aria-controls="tab-user-management"]')!;
    tab.click();
    fireAppear(document.getElementById('tab-user-management')!);
    await frames();
    expect(panelButton(FILL_FROM_TRELICA)).not.toBeNull();
    await clickFill();
    expect(oktaState()).toMatchObject({ baseUrl: BASE_URL, token: TOKEN, authMode: 'HTTP Header' });
  });

  it('says which fields it could not find, and "Pick Authorization" fills the one the admin points at', async () => {
    await start('unknown-labels');
    await clickFill('Fix the fields above');
    expect(roleText('status')).toContain(
      'Not found on this page: Unique identifier field for users, Authentication Mode, Authorization.',
    );
    trustedClick(panelButton('Pick Authorization')!);
    await waitFor(() => roleText('status').includes('Click the Authorization field'));
    trustedClick(document.getElementById('api-secret')!);
    await waitFor(() => sent('okta/remember-field').length === 1);
    expect(oktaState().token).toBe(TOKEN);
    expect(sent('okta/remember-field')[0]).toMatchObject({ field: 'token', locator: { name: 'api_secret' } });
    expect(panelButton('Pick Authorization')).toBeNull();
  });
});

describe('the Push Groups guard', () => {
  it("warns once Edit shows Push Groups ticked, and its button unticks it in the page's model", async () => {
    await start('view-mode');
    expect(roleText('alert')).toBe('');
    await clickFill('Left as they were');
    expect(oktaState().editClicks).toBe(1);
    expect(roleText('alert')).toContain('"Push Groups" is ticked, but Trelica has no groups');
    trustedClick(panelButton(UNTICK_PUSH_GROUPS)!);
    await waitFor(() => roleText('alert') === '');
    expect(oktaState()).toMatchObject({ pushGroups: false, pushNewUsers: true });
    expect(roleText('status')).toContain('"Push Groups" is off.');
    expect(sent('okta/observation').map((r) => r.pushGroups)).toEqual(['on', 'off']);
  });

  it('warns when the admin ticks it, and goes when the form leaves edit mode', async () => {
    await start('integration');
    labelOf('Push Groups').click();
    await frames();
    expect(oktaState().pushGroups).toBe(true);
    expect(roleText('alert')).toContain('"Push Groups" is ticked');
    byValue('Cancel').click();
    await frames();
    expect(roleText('alert')).toBe('');
    expect(panelButton(UNTICK_PUSH_GROUPS)).toBeNull();
  });
});

describe("Okta's Test Connector Configuration dialog", () => {
  it('records "Connector configured successfully" and says so', async () => {
    await start('integration');
    await clickFill();
    trustedClick(byValue('Test Connector Configuration'));
    await waitFor(() => roleText('status').includes('Okta says: “Connector configured successfully”.'));
    expect(sent('okta/about-to')).toEqual([
      { type: 'okta/about-to', action: 'test-connection', baseUrl: BASE_URL, token: TOKEN },
    ]);
    expect(sent('okta/outcome')).toEqual([
      { type: 'okta/outcome', action: 'test-connection', text: 'Connector configured successfully' },
    ]);
  });

  it('says at the click what changed in the form since the fill (drift)', async () => {
    await start('integration');
    await clickFill();
    const url = document.querySelector<HTMLInputElement>('input[name="scim_base_url"]')!;
    url.value = 'https://other.example/scim';
    url.dispatchEvent(new Event('change', { bubbles: true }));
    trustedClick(byValue('Test Connector Configuration'));
    await waitFor(() => roleText('alert').includes('Before Okta answers:'));
    expect(roleText('alert')).toContain('SCIM connector base URL');
    expect(sent('okta/about-to')[0]).toMatchObject({ baseUrl: 'https://other.example/scim' });
  });

  it('notes a cross on a capability Trelica needs', async () => {
    await start('view-mode');
    await clickFill('Left as they were');
    labelOf('Push New Users').click();
    expect(oktaState().pushNewUsers).toBe(false);
    trustedClick(byValue('Test Connector Configuration'));
    await waitFor(() => roleText('alert').includes('It shows a cross for Create Users'));
  });

  it("quotes Okta's error and offers Find out why", async () => {
    await start('general-tab');
    setOktaBackend({ testConnector: async () => ({ ok: false, code: 'E0000059' }) });
    document.querySelector<HTMLElement>('[role="tab"][aria-controls="tab-user-management"]')!.click();
    fireAppear(document.getElementById('tab-user-management')!);
    await frames();
    trustedClick(byValue('Test Connector Configuration'));
    await waitFor(() => roleText('alert').includes('Okta says: “Error authenticating: null.'));
    expect(panelButton(FIND_OUT_WHY)).not.toBeNull();
    expect(sent('okta/outcome')[0]).toMatchObject({
      text: expect.stringMatching(/^Error authenticating: null\. The connector configuration could not be tested\./),
    });
  });
});

describe('To App', () => {
  it('reports the three, and ticks them on request (Edit first), leaving Sync Password and Save to the admin', async () => {
    await start('integration');
    document.querySelector<HTMLElement>('[data-subnav="create-n-update"]')!.click();
    fireAppear(document.querySelector('[data-subpanel="create-n-update"] h2')!);
    await frames();
    expect(roleText('status')).toContain('To App: Create Users off, Update User Attributes off, Deactivate Users off.');
    expect(sent('okta/observation')).toContainEqual({
      type: 'okta/observation',
      toApp: { create: false, update: false, deactivate: false },
    });
    trustedClick(panelButton(ENABLE_TO_APP)!);
    await waitFor(() => roleText('status').includes('Now click "Save".'));
    expect(oktaState()).toMatchObject({
      createUsers: true,
      updateAttributes: true,
      deactivateUsers: true,
      syncPassword: false,
      saveClicks: 0,
    });
    await frames();
    expect(sent('okta/observation')).toContainEqual({
      type: 'okta/observation',
      toApp: { create: true, update: true, deactivate: true },
    });
  });
});
