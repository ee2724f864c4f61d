// @vitest-environment happy-dom
// JumpCloud's own buttons, watched, over the hand-written consoles with the real background:
// what JumpCloud shows after Test Connection and Activate becomes an observed fact; a failure
// offers "Find out why"; the form's drift is said at the click; the User Groups tab is counted;
// an active configuration gets a fresh test email.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScriptContext } from '../../../../src/content/dom/context';
import { startJumpCloudScript } from '../../../../src/content/jumpcloud/script';
import { FILL_FROM_TRELICA, FIND_OUT_WHY } from '../../../../src/content/button-labels';
import { send } from '../../../../src/content/send';
import { byRole, fakeExtension, frames, panelButton, panels, roleText } from '../../../helpers/content/panel-probes';
import {
  fixtureState,
  loadFixture,
  setJumpCloudBackend,
  trustedClick,
  waitFor,
} from '../../../helpers/content/load-console-page';
import { realBackground } from '../../../helpers/content/real-background';

vi.mock('../../../../src/content/send', () => ({ send: vi.fn() }));
const sendMock = vi.mocked(send);
const SEED = {
  baseUrl: 'https://app.trelica.com/api/scim/v2',
  token: 'tok_9f8e7d6c5b4a39281706f5e4',
  registeredDomains: ['example.com'],
};

let ctx: ScriptContext | null = null;
let bg: Awaited<ReturnType<typeof realBackground>>;

async function start(name: string): Promise<void> {
  loadFixture('jumpcloud', name);
  ctx = startJumpCloudScript();
  await frames();
}

async function fill(): Promise<void> {
  trustedClick(panelButton(FILL_FROM_TRELICA)!);
  await waitFor(() => !panelButton(FILL_FROM_TRELICA)!.disabled && roleText('status').includes('Test Connection'));
}

const pageButton = (action: string) => document.querySelector(`[data-action="${action}"]`) as HTMLElement;
const sent = (type: string) => sendMock.mock.calls.map(([r]) => r).filter((r) => r.type === type);
const state = async () =>
  (
    (await bg.popup({ type: 'popup/get-state' })) as {
      state: { jumpcloud: { outcomes: Record<string, unknown>; boundGroups: number | null }; lastRehearsal: unknown };
    }
  ).state;

beforeEach(async () => {
  fakeExtension();
  // mockClear, not mockReset: a click's outcome watch from the test before may still settle and
  // send; it must get an answer (the last test's background), not undefined.
  sendMock.mockClear();
  bg = await realBackground(SEED);
  sendMock.mockImplementation(((r: unknown) => bg.send(r)) as never);
});
afterEach(() => {
  ctx?.abort();
  ctx = null;
});

describe('what JumpCloud shows after its own buttons', () => {
  it('a success toast after Test Connection is recorded, and the panel says so', async () => {
    await start('labelled');
    await fill();
    trustedClick(pageButton('test-connection'));
    await waitFor(() => sent('jumpcloud/outcome').length > 0);
    expect(sent('jumpcloud/outcome')[0]).toMatchObject({ type: 'jumpcloud/outcome', action: 'test-connection' });
    await waitFor(async () => (await state()).jumpcloud.outcomes['test-connection']);
    expect((await state()).jumpcloud.outcomes['test-connection']).toMatchObject({ result: 'success' });
  });

  it('a page that shows nothing but Group Management: the test passed', async () => {
    await start('missing-token'); // outcome style "silent"
    trustedClick(pageButton('test-connection'));
    await waitFor(() => roleText('status').includes('it now shows Group Management'));
    expect(sent('jumpcloud/outcome')[0]).toMatchObject({
      action: 'test-connection',
      text: '',
      groupManagementAppeared: true,
    });
  });

  it('a failure quotes JumpCloud in an alert with "Find out why", which runs the rehearsal on the form\'s values', async () => {
    await start('labelled');
    await fill();
    setJumpCloudBackend({
      testConnection: async () => ({ ok: true }),
      activate: async () => ({ ok: false, message: 'fake: refused' }),
    });
    trustedClick(pageButton('activate'));
    await waitFor(() =>
      roleText('alert').includes('JumpCloud says: “There was a problem activating identity management”'),
    );
    expect((await state()).jumpcloud.outcomes.activate).toMatchObject({
      result: 'failure',
      text: 'There was a problem activating identity management',
    });
    trustedClick(panelButton(FIND_OUT_WHY)!);
    await waitFor(() => panels().some((root) => root.querySelector('[data-diagnosis]')));
    const [why] = sent('jumpcloud/find-out-why') as { baseUrl: string; token: string; testEmail: string }[];
    expect(why).toMatchObject({
      action: 'activate',
      baseUrl: SEED.baseUrl,
      token: SEED.token,
      testEmail: fixtureState().testEmail,
    });
    const diagnosis = panels().flatMap((root) => [...root.querySelectorAll('[data-diagnosis]')])[0]!;
    // The content-script test has no SCIM server: the rehearsal cannot reach Trelica.
    expect(diagnosis.getAttribute('data-diagnosis')).toBe('network');
    expect(diagnosis.getAttribute('role')).toBe('status');
    expect(diagnosis.textContent).toContain('Directory Insights');
    expect(diagnosis.querySelector('a')?.href).toMatch(/^https:\/\/console\.jumpcloud\.com\/#\/insights\/directory$/);
    expect((await state()).lastRehearsal).toMatchObject({ verdict: 'network' });
  });
});

describe('drift, said as the admin clicks', () => {
  it('a Base URL given its trailing slash again, and an empty Token Key, before Test Connection', async () => {
    await start('labelled');
    await fill();
    const url = document.querySelector('input[data-model="baseUrl"]') as HTMLInputElement;
    url.value = `${SEED.baseUrl}/`;
    (document.querySelector('input[data-model="token"]') as HTMLInputElement).value = '';
    trustedClick(pageButton('test-connection'));
    await waitFor(() => roleText('alert').includes('Before JumpCloud answers'));
    expect(roleText('alert')).toContain('Base URL ends with "/" again');
    expect(roleText('alert')).toContain('Token Key is empty');
    const [check] = sent('jumpcloud/about-to');
    expect(check).toMatchObject({ action: 'test-connection', baseUrl: `${SEED.baseUrl}/`, token: '' });
  });

  it('says nothing when the form holds what was captured', async () => {
    await start('labelled');
    await fill();
    trustedClick(pageButton('test-connection'));
    await waitFor(() => sent('jumpcloud/about-to').length > 0);
    await frames(2);
    expect(
      byRole('alert')
        .map((a) => a.textContent)
        .join(''),
    ).not.toContain('Before JumpCloud answers');
  });
});

describe('the User Groups tab', () => {
  it('is counted when shown, and counted again as groups are ticked', async () => {
    await start('labelled');
    trustedClick(document.getElementById('tab-groups')!);
    await waitFor(async () => (await state()).jumpcloud.boundGroups === 0);
    const box = document.querySelector('#panel-groups input[type="checkbox"]') as HTMLInputElement;
    box.click();
    await waitFor(async () => (await state()).jumpcloud.boundGroups === 1);
  });
});

describe('an active configuration', () => {
  it('gets a fresh test email, and the panel says why', async () => {
    bg = await realBackground({ ...SEED, testEmail: 'used-before@example.com' });
    sendMock.mockImplementation(((r: unknown) => bg.send(r)) as never);
    await start('active');
    trustedClick(panelButton(FILL_FROM_TRELICA)!);
    await waitFor(() => roleText('status').includes('already active'));
    expect(sent('jumpcloud/fill')[0]).toEqual({ type: 'jumpcloud/fill', activeConfiguration: true });
    expect(fixtureState().testEmail).toMatch(/^scim-test-[0-9a-f]{8}@example\.com$/);
    expect(roleText('status')).toContain('JumpCloud asks for a test email again');
  });
});
