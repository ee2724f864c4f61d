// @vitest-environment happy-dom
// The JumpCloud content script end to end over the fixtures, with the background mocked.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScriptContext } from '../../../../src/content/dom/context';
import { startJumpCloudScript } from '../../../../src/content/jumpcloud/script';
import { FILL_FROM_TRELICA, TURN_OFF_GROUP_MANAGEMENT } from '../../../../src/content/button-labels';
import { send } from '../../../../src/content/send';
import { fixtureState, loadFixture, setUrl, trustedClick, waitFor } from '../../../helpers/content/load-console-page';
import type { Locator } from '../../../../src/core/locators';
import { realBackground, type Seed } from '../../../helpers/content/real-background';
import { isOurs } from '../../../../src/content/dom/ours';
import {
  byRole,
  countObservers,
  fakeExtension,
  invalidateExtension,
  fireAppear,
  frames,
  panelButton,
  roleText,
} from '../../../helpers/content/panel-probes';

vi.mock('../../../../src/content/send', () => ({ send: vi.fn() }));
const sendMock = vi.mocked(send);

const TOKEN = 'tok_9f8e7d6c5b4a39281706f5e4';
const BASE_URL = 'https://app.trelica.com/api/scim/v2';
const CAPTURED: Seed = { baseUrl: BASE_URL, token: TOKEN, registeredDomains: ['example.com'] };

/** The real background answers every message, seeded as if Trelica had been captured. */
async function background(seed: Seed = CAPTURED): Promise<void> {
  const bg = await realBackground(seed);
  sendMock.mockImplementation(((request: unknown) => bg.send(request)) as never);
}

let ctx: ScriptContext | null = null;
async function start(name: string): Promise<void> {
  loadFixture('jumpcloud', name);
  ctx = startJumpCloudScript();
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

/** Elements of a kind the script put in the page (it knows them by reference, not by a name). */
const ours = (selector: string) => [...document.querySelectorAll(selector)].filter(isOurs);
const sent = (type: string) => sendMock.mock.calls.map(([r]) => r).filter((r) => r.type === type);

async function clickFill(): Promise<void> {
  trustedClick(panelButton(FILL_FROM_TRELICA)!);
  await waitFor(() => !panelButton(FILL_FROM_TRELICA)!.disabled && roleText('status').includes('Test Connection'));
}

describe('Fill from Trelica', () => {
  it('fills every field after a trusted click and reports each one, the token masked', async () => {
    await start('labelled');
    await clickFill();
    const state = fixtureState();
    expect(state).toMatchObject({ apiType: 'SCIM API', scimVersion: 'SCIM 2.0', baseUrl: BASE_URL, token: TOKEN });
    expect(state.testEmail).toMatch(/^scim-test-[0-9a-f]{8}@example\.com$/);
    const status = roleText('status');
    expect(status).toContain(
      'Filled: API Type (SCIM API), SCIM Version (SCIM 2.0), Base URL (https://app.trelica.com/api/scim/v2), Token Key (',
    );
    expect(status).toContain(state.testEmail);
    expect(status).not.toContain(TOKEN);
    expect(sent('jumpcloud/filled')).toEqual([
      {
        type: 'jumpcloud/filled',
        results: ['api-type', 'scim-version', 'base-url', 'token', 'test-email'].map((field) => ({
          field,
          outcome: 'filled',
        })),
        groupManagement: 'absent',
        // The popup then rehearses with the address JumpCloud will use.
        suggestedTestEmail: state.testEmail,
        activeConfiguration: false,
      },
    ]);
  });

  it('uses the test email set in the popup when there is one', async () => {
    await background({ ...CAPTURED, testEmail: 'new-user@example.com' });
    await start('test-ids');
    await clickFill();
    expect(fixtureState().testEmail).toBe('new-user@example.com');
    expect(sent('jumpcloud/filled')[0]).not.toHaveProperty('suggestedTestEmail', expect.anything());
  });

  it("ignores clicks that are not the user's", async () => {
    await start('labelled');
    panelButton(FILL_FROM_TRELICA)!.click();
    await frames();
    expect(sent('jumpcloud/fill')).toHaveLength(0);
  });

  it("shows the background's refusal and fills nothing", async () => {
    await background({});
    await start('labelled');
    trustedClick(panelButton(FILL_FROM_TRELICA)!);
    await waitFor(() => roleText('status').includes('No Base URL yet'));
    expect(fixtureState()).toMatchObject({ apiType: null, baseUrl: '', token: '' });
  });

  it('aborts when the route changed between the click and the fill', async () => {
    const bg = await realBackground(CAPTURED);
    sendMock.mockImplementation((async (request: unknown) => {
      const reply = await bg.send(request);
      setUrl('https://console.jumpcloud.com/labelled.html#/sso/other-app/identity-management');
      return reply;
    }) as never);
    await start('labelled');
    trustedClick(panelButton(FILL_FROM_TRELICA)!);
    await waitFor(() => roleText('status').includes('The page changed'));
    expect(fixtureState()).toMatchObject({ apiType: null, baseUrl: '', token: '' });
  });

  it('says which field it could not find', async () => {
    await start('missing-token');
    await clickFill();
    expect(roleText('status')).toContain('Not found on this page: Token Key.');
    expect(sent('jumpcloud/filled')[0]).toMatchObject({
      results: expect.arrayContaining([{ field: 'token', outcome: 'not-found' }]),
    });
  });

  it('notes when no test email can be suggested', async () => {
    await background({ baseUrl: BASE_URL, token: TOKEN });
    await start('labelled');
    trustedClick(panelButton(FILL_FROM_TRELICA)!);
    await waitFor(() => roleText('status').includes('No test email yet'));
    expect(fixtureState().testEmail).toBe('');
  });

  it('stops and says so when the extension was reloaded under the page', async () => {
    sendMock.mockImplementation(
      async () => ({ ok: false, message: 'The extension did not answer: Extension context invalidated.' }) as never,
    );
    await start('labelled');
    trustedClick(panelButton(FILL_FROM_TRELICA)!);
    await waitFor(() => roleText('status').includes('Reload this page'));
    expect(panelButton(FILL_FROM_TRELICA)!.disabled).toBe(true);
    expect(ctx!.signal.aborted).toBe(true);
  });
});

describe('the Group Management guard', () => {
  async function testConnection(): Promise<void> {
    (document.querySelector('[data-action="test-connection"]') as HTMLElement).click();
    await waitFor(() => byRole('alert').some((a) => a.textContent));
  }

  it.each(['labelled', 'react-controlled', 'custom-dropdowns', 'test-ids', 'radios'])(
    "%s: warns when the checkbox appears ticked, and its button turns it off in the page's model",
    async (name) => {
      await start(name);
      await testConnection();
      expect(fixtureState().groupManagement).toBe(true);
      expect(roleText('alert')).toMatch(/Group Management is on\. Trelica has no groups, so activation will fail/);
      trustedClick(panelButton(TURN_OFF_GROUP_MANAGEMENT)!);
      // The guard waits for the page's own state to follow the click (frameworks re-render later).
      await waitFor(() => roleText('alert') === '');
      expect(fixtureState().groupManagement).toBe(false);
      expect(roleText('status')).toContain('Group Management is off');
      expect(sent('jumpcloud/observation').map((r) => (r as { groupManagement?: string }).groupManagement)).toEqual([
        'on',
        'off',
      ]);
    },
  );

  it('warns again when the admin ticks it back on', async () => {
    await start('labelled');
    await testConnection();
    trustedClick(panelButton(TURN_OFF_GROUP_MANAGEMENT)!);
    (document.querySelector('.group-management input') as HTMLInputElement).click();
    expect(roleText('alert')).toContain('Group Management is on');
  });

  it('repeats the warning when "Activate" is clicked while it is on', async () => {
    await start('labelled');
    await testConnection();
    const first = byRole('alert').find((a) => a.textContent)!;
    trustedClick(document.querySelector('[data-action="activate"]') as HTMLElement);
    const again = byRole('alert').find((a) => a.textContent)!;
    expect(again).not.toBe(first);
    expect(again.textContent).toContain('activation will fail');
  });

  it('ignores an untrusted click on its button', async () => {
    await start('labelled');
    await testConnection();
    panelButton(TURN_OFF_GROUP_MANAGEMENT)!.click();
    expect(fixtureState().groupManagement).toBe(true);
  });
});

describe('staying idle where it does not serve', () => {
  it('on a route it does not serve: no observer, no style, no panel', async () => {
    const observers = countObservers();
    try {
      await start('users');
      document.body.append(document.createElement('h2'));
      await frames();
      expect(observers.count()).toBe(0);
      expect(ours('style')).toEqual([]);
      expect(panelButton(FILL_FROM_TRELICA)).toBeNull();
    } finally {
      observers.restore();
    }
  });

  it('on the SSO tab: no observer and no panel until Identity Management is shown', async () => {
    const observers = countObservers();
    try {
      await start('sso-tab');
      expect(observers.count()).toBe(0);
      expect(panelButton(FILL_FROM_TRELICA)).toBeNull();
      (document.getElementById('tab-im') as HTMLElement).click();
      fireAppear(document.querySelector('#panel-im h3')!);
      await frames();
      expect(panelButton(FILL_FROM_TRELICA)).not.toBeNull();
      expect(observers.count()).toBe(1);
    } finally {
      observers.restore();
    }
  });

  it('removes its panel when the admin switches to another tab of the application', async () => {
    await start('labelled');
    expect(panelButton(FILL_FROM_TRELICA)).not.toBeNull();
    (document.getElementById('tab-sso') as HTMLElement).click();
    await waitFor(() => panelButton(FILL_FROM_TRELICA) === null);
  });

  it('on the SSO tab, an inserted element whose text is not ours makes it read nothing', async () => {
    await start('sso-tab');
    const styles = vi.spyOn(window, 'getComputedStyle');
    try {
      const label = document.createElement('label');
      label.textContent = 'Churn 1';
      document.querySelector('main')!.append(label);
      fireAppear(label);
      await frames();
      expect(styles).not.toHaveBeenCalled();
      fireAppear(document.getElementById('panel-sso')!); // a tab panel always counts
      await frames();
      expect(styles).toHaveBeenCalled();
    } finally {
      styles.mockRestore();
    }
  });

  it('removes its panel when the route leaves the application, and comes back with it', async () => {
    await start('labelled');
    expect(panelButton(FILL_FROM_TRELICA)).not.toBeNull();
    location.hash = '#/users';
    await waitFor(() => panelButton(FILL_FROM_TRELICA) === null);
    expect(ours('style')).toEqual([]);
    location.hash = '#/sso/6a1b2c/identity-management';
    await waitFor(() => panelButton(FILL_FROM_TRELICA));
  });

  it('cleans up when the extension context is invalidated', async () => {
    await start('labelled');
    invalidateExtension();
    location.hash = '#/sso/6a1b2c/identity-management?again';
    await waitFor(() => ctx!.signal.aborted);
    expect(panelButton(FILL_FROM_TRELICA)).toBeNull();
  });

  it('steps aside when a newer copy of the script starts', async () => {
    await start('labelled');
    const older = ctx!;
    ctx = startJumpCloudScript();
    await waitFor(() => older.signal.aborted);
    await frames();
    expect(ours('div')).toHaveLength(1);
  });
});

describe('Pick a field the fill could not find', () => {
  /** The labelled console, its Token Key field called something no finder knows. */
  async function startUnknownTokenLabel(): Promise<HTMLInputElement> {
    await start('labelled');
    const field = document.getElementById('token-key') as HTMLInputElement;
    field.id = 'secret-7';
    document.querySelector('label[for="token-key"]')!.setAttribute('for', 'secret-7');
    document.querySelector('label[for="secret-7"]')!.textContent = 'Credential';
    return field;
  }
  const trustedKey = (key: string) => {
    const event = new KeyboardEvent('keydown', { key, bubbles: true });
    Object.defineProperty(event, 'isTrusted', { value: true });
    document.dispatchEvent(event);
  };

  it('offers "Pick Token Key", fills the field the admin clicks, and remembers it without its value', async () => {
    const field = await startUnknownTokenLabel();
    await clickFill();
    expect(roleText('status')).toContain('Not found on this page: Token Key');
    trustedClick(panelButton('Pick Token Key')!);
    expect(roleText('status')).toContain('Click the Token Key field on this page');
    // A click on something that cannot be the field says so, and keeps waiting.
    trustedClick(document.querySelector('h3')!);
    expect(roleText('status')).toContain('That is not a field Token Key can be');
    trustedClick(field);
    await waitFor(() => roleText('status').includes('will be looked for there first'));
    expect(fixtureState().token).toBe(TOKEN);
    const [remember] = sent('jumpcloud/remember-field') as { field: string; locator: Locator }[];
    expect(remember).toEqual({
      type: 'jumpcloud/remember-field',
      field: 'token',
      locator: { id: 'secret-7', label: 'Credential' },
    });
    expect(JSON.stringify(remember)).not.toContain(TOKEN);
    expect(sent('jumpcloud/filled').at(-1)).toEqual({
      type: 'jumpcloud/filled',
      results: [{ field: 'token', outcome: 'filled' }],
      picked: true,
    });
    expect(panelButton('Pick Token Key')).toBeNull();
  });

  it('Escape cancels, and an untrusted click picks nothing', async () => {
    const field = await startUnknownTokenLabel();
    await clickFill();
    trustedClick(panelButton('Pick Token Key')!);
    field.click();
    trustedKey('Escape');
    await waitFor(() => roleText('status').includes('cancelled'));
    expect(fixtureState().token).toBe('');
    expect(sent('jumpcloud/remember-field')).toEqual([]);
  });

  it('the next fill finds a remembered field first, if it still reads the same', async () => {
    await startUnknownTokenLabel();
    await background({ ...CAPTURED, remembered: { token: { id: 'secret-7', label: 'Credential' } } });
    await clickFill();
    expect(fixtureState().token).toBe(TOKEN);
    expect(panelButton('Pick Token Key')).toBeNull();
  });

  it('a remembered field whose label changed is not used', async () => {
    await startUnknownTokenLabel();
    await background({ ...CAPTURED, remembered: { token: { id: 'secret-7', label: 'Something else' } } });
    await clickFill();
    expect(fixtureState().token).toBe('');
    expect(panelButton('Pick Token Key')).not.toBeNull();
  });
});
