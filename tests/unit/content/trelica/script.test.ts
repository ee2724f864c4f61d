// @vitest-environment happy-dom
// The Trelica content script end to end over the fixtures, with the background mocked.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaptureReply } from '../../../../src/core/messages';
import type { Locators } from '../../../../src/core/locators';
import type { ScriptContext } from '../../../../src/content/dom/context';
import { send } from '../../../../src/content/send';
import { startTrelicaScript } from '../../../../src/content/trelica/script';
import { SEND_TO_EXTENSION } from '../../../../src/content/button-labels';
import { DEFAULT_VARS, renderFixture } from '../../../fixtures/index';
import { loadFixture, trustedClick, waitFor } from '../../../helpers/content/load-console-page';
import { isOurs } from '../../../../src/content/dom/ours';
import {
  countObservers,
  fakeExtension,
  fireAppear,
  frames,
  panelButton,
  roleText,
} from '../../../helpers/content/panel-probes';

vi.mock('../../../../src/content/send', () => ({ send: vi.fn() }));
const sendMock = vi.mocked(send);
const TOKEN = DEFAULT_VARS.SCIM_TOKEN;

function captureReply(scimState = 'enabled', fixes = ['trailing slash removed']): CaptureReply {
  return {
    ok: true,
    baseUrl: 'https://app.trelica.com/api/scim/v2',
    tokenMasked: '4f0c…7d24',
    fixes,
    scimState: scimState as 'enabled',
  };
}

let ctx: ScriptContext | null = null;
async function start(name: string): Promise<void> {
  loadFixture('trelica', name);
  ctx = startTrelicaScript();
  await frames();
}

beforeEach(() => {
  fakeExtension();
  sendMock.mockReset();
  answer({});
});

/** The background, mocked: captures succeed; `locators` are the fields picked before. */
function answer(locators: Locators): void {
  sendMock.mockImplementation(
    async (r) =>
      (r.type === 'trelica/capture'
        ? captureReply((r as { scimState: string }).scimState)
        : r.type === 'trelica/remembered'
          ? { ok: true, locators }
          : { ok: true }) as never,
  );
}
afterEach(() => {
  ctx?.abort();
  ctx = null;
});

const sent = (type: string) => sendMock.mock.calls.map(([r]) => r).filter((r) => r.type === type);

async function clickSend(): Promise<string> {
  trustedClick(panelButton(SEND_TO_EXTENSION)!);
  await waitFor(() => !panelButton(SEND_TO_EXTENSION)!.disabled && roleText('status'));
  return roleText('status');
}

describe('Send to the extension', () => {
  it('captures both values after a trusted click and names what was captured, token masked', async () => {
    await start('labelled');
    const status = await clickSend();
    expect(sent('trelica/capture')).toEqual([
      { type: 'trelica/capture', baseUrl: DEFAULT_VARS.SCIM_BASE_URL, token: TOKEN, scimState: 'enabled' },
    ]);
    expect(status).toContain('Base URL https://app.trelica.com/api/scim/v2 and token 4f0c…7d24');
    expect(status).toContain('Fixed on the way: trailing slash removed.');
    expect(status).not.toContain(TOKEN);
  });

  it('places its control right after the SCIM section, in a shadow root', async () => {
    await start('labelled');
    const host = [...document.querySelectorAll('div')].find(isOurs)!;
    expect(host.previousElementSibling?.id).toBe('scim-card');
    expect(host.shadowRoot).not.toBeNull();
    expect(host.textContent).toBe(''); // nothing in the light DOM for page styles or scripts
  });

  it('reveals a token shown behind "Show" and hides it again', async () => {
    await start('code-block');
    await clickSend();
    expect(sent('trelica/capture')[0]).toMatchObject({ token: TOKEN });
    expect(document.getElementById('token-view')!.textContent).not.toContain(TOKEN);
  });

  it('captures before "Enable SCIM" too, and says the token works only after it', async () => {
    await start('not-enabled');
    const status = await clickSend();
    expect(sent('trelica/capture')[0]).toMatchObject({ scimState: 'not-enabled' });
    expect(status).toContain('works only after you click "Enable SCIM"');
  });

  it('sends the token as shown (with its "Bearer " prefix) for the background to normalize', async () => {
    await start('saas-manager');
    await clickSend();
    expect(sent('trelica/capture')[0]).toMatchObject({ token: `Bearer ${TOKEN}` });
  });

  it('asks for a token first when none is generated, and sends nothing', async () => {
    await start('no-token');
    const status = await clickSend();
    expect(status).toContain('click "Generate Token"');
    expect(sent('trelica/capture')).toHaveLength(0);
  });

  it("shows the background's refusal", async () => {
    sendMock.mockImplementation(
      async (r) =>
        (r.type === 'trelica/capture'
          ? { ok: false, message: 'That Base URL is not on a Trelica host.' }
          : { ok: true }) as never,
    );
    await start('labelled');
    expect(await clickSend()).toContain('not on a Trelica host');
  });

  it("ignores clicks that are not the user's", async () => {
    await start('labelled');
    panelButton(SEND_TO_EXTENSION)!.click();
    await frames();
    expect(sent('trelica/capture')).toHaveLength(0);
  });
});

describe('page facts', () => {
  it('reports the SCIM state and default role once, and again when they change', async () => {
    await start('no-token');
    expect(sent('trelica/page')).toEqual([{ type: 'trelica/page', scimState: 'no-token', defaultRole: null }]);
    (document.getElementById('generate') as HTMLElement).click();
    await waitFor(() => sent('trelica/page').length === 2);
    expect(sent('trelica/page')[1]).toMatchObject({ scimState: 'not-enabled' });
    await frames(3);
    expect(sent('trelica/page')).toHaveLength(2);
  });

  it.each([
    ['domains', ['example.com', 'sub.example.org']],
    ['domains-icons', ['acme.io', 'acme.co.uk']],
    ['domains-accounts', ['contoso.com', 'fabrikam.io']],
  ])('%s: records the domains with "User requests" ticked', async (name, domains) => {
    await start(name);
    expect(sent('trelica/domains')).toEqual([{ type: 'trelica/domains', domains }]);
    expect(panelButton(SEND_TO_EXTENSION)).toBeNull();
  });
});

describe('staying idle elsewhere', () => {
  it('on the dashboard: no observer, no panel, no message', async () => {
    const observers = countObservers();
    try {
      await start('dashboard');
      expect(observers.count()).toBe(0);
      expect(panelButton(SEND_TO_EXTENSION)).toBeNull();
      expect(sendMock).not.toHaveBeenCalled();
    } finally {
      observers.restore();
    }
  });

  it('wakes up when the SCIM section appears later (single-page navigation)', async () => {
    await start('dashboard');
    const scim = new DOMParser()
      .parseFromString(renderFixture('trelica', 'labelled'), 'text/html')
      .querySelector('main')!;
    document.querySelector('main')!.replaceWith(document.adoptNode(scim));
    await frames();
    expect(panelButton(SEND_TO_EXTENSION)).toBeNull(); // nothing watches the DOM of a page we do not serve...
    fireAppear(scim.querySelector('h1')!); // "Users" and "Single Sign-On (SSO)": not ours, so still nothing...
    fireAppear(scim.querySelectorAll('h2')[1]!);
    await frames();
    expect(panelButton(SEND_TO_EXTENSION)).toBeNull();
    fireAppear(scim.querySelector('h3')!); // ...until the browser reports the SCIM heading appearing
    await waitFor(() => panelButton(SEND_TO_EXTENSION));
  });

  it('while served, changes elsewhere on the page (a spinner, a menu) make it read nothing', async () => {
    await start('labelled');
    const styles = vi.spyOn(window, 'getComputedStyle');
    try {
      for (let i = 0; i < 3; i++) {
        document.querySelector('nav')!.classList.toggle('busy');
        document.querySelector('header')!.append(document.createElement('span'));
        await frames(1);
      }
      await frames();
      expect(styles).not.toHaveBeenCalled();
      document.getElementById('scim-card')!.append(document.createElement('p'));
      await frames();
      expect(styles).toHaveBeenCalled();
    } finally {
      styles.mockRestore();
    }
  });
});

describe('Pick the Base URL or token the page hides from the finders', () => {
  /** The labelled page, its token under a label no finder knows. */
  async function startUnknownTokenLabel(): Promise<HTMLInputElement> {
    await start('labelled');
    document.querySelector('label[for="scim-token"]')!.textContent = 'Credential';
    return document.getElementById('scim-token') as HTMLInputElement;
  }

  it('offers "Pick Bearer token", captures what the admin clicks, and remembers where (never the value)', async () => {
    const field = await startUnknownTokenLabel();
    expect(await clickSend()).toContain('Click "Pick Bearer token"');
    expect(sent('trelica/capture')).toEqual([]);
    trustedClick(panelButton('Pick Bearer token')!);
    expect(roleText('status')).toContain('Click the Bearer token on this page');
    trustedClick(field);
    await waitFor(() => roleText('status').includes('read from there first'));
    expect(sent('trelica/capture')).toEqual([
      { type: 'trelica/capture', baseUrl: DEFAULT_VARS.SCIM_BASE_URL, token: TOKEN, scimState: 'enabled' },
    ]);
    const remember = sent('trelica/remember-field');
    expect(remember).toEqual([
      { type: 'trelica/remember-field', field: 'token', locator: { id: 'scim-token', label: 'Credential' } },
    ]);
    expect(JSON.stringify(remember)).not.toContain(TOKEN);
  });

  it('reads a remembered field first the next time', async () => {
    await startUnknownTokenLabel();
    answer({ token: { id: 'scim-token', label: 'Credential' } });
    await clickSend();
    expect(sent('trelica/capture')).toEqual([
      { type: 'trelica/capture', baseUrl: DEFAULT_VARS.SCIM_BASE_URL, token: TOKEN, scimState: 'enabled' },
    ]);
  });
});
