// @vitest-environment happy-dom
// The Entra content script end to end over the hand-written blades (tests/fixtures/entra/), with
// a stand-in background answering Entra's requests as the contract says (core/messages/entra.ts).
// Every value is asserted in the PAGE'S OWN model (entraState), never just the DOM.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FILL_FROM_TRELICA, FIND_OUT_WHY, SET_ENABLED_NO } from '../../../../src/content/button-labels';
import type { ScriptContext } from '../../../../src/content/dom/context';
import { startEntraScript } from '../../../../src/content/entra/script';
import { send } from '../../../../src/content/send';
import { replaceDocument, trustedClick, waitFor } from '../../../helpers/content/load-console-page';
import {
  fakeExtension,
  fireAppear,
  frames,
  panelButton,
  panels,
  roleText,
} from '../../../helpers/content/panel-probes';
import { entraState, loadEntra } from './load';

vi.mock('../../../../src/content/send', () => ({ send: vi.fn() }));
const sendMock = vi.mocked(send);

const TOKEN = 'tok_9f8e7d6c5b4a39281706f5e4';
const BASE_URL = 'https://app.trelica.com/api/scim/v2';

type Request = Record<string, unknown> & { type: string };

/** Answers as the background's entra/* handlers do (their words are theirs: these are stand-ins). */
function background(fill: { baseUrl: string; token: string } | null = { baseUrl: `${BASE_URL}/`, token: TOKEN }) {
  sendMock.mockImplementation((async (request: Request) => {
    switch (request.type) {
      case 'entra/fill':
        return fill
          ? { ok: true, ...fill, testEmail: null, suggested: false, registeredDomains: null, remembered: {} }
          : { ok: false, message: 'No Base URL yet: capture it from Trelica first.' };
      case 'entra/filled':
        return { ok: true, lines: ['Filled. Next: click "Test Connection".'] };
      case 'entra/about-to':
        return {
          ok: true,
          lines: [
            ...(request.token === TOKEN ? [] : ['The Secret Token is not the one captured.']),
            ...(request.baseUrl === BASE_URL ? [] : ['The Tenant URL changed since the fill.']),
          ],
        };
      case 'entra/find-out-why':
        return {
          ok: true,
          code: 'token-rejected',
          title: 'Trelica rejected the token',
          lines: ['Generate a new token in Trelica.'],
          link: { label: 'Trelica help', href: 'https://help.trelica.com/' },
        };
      default:
        return { ok: true };
    }
  }) as never);
}

let ctx: ScriptContext | null = null;
async function start(name: string): Promise<void> {
  loadEntra(name);
  ctx = startEntraScript();
  await frames();
}

beforeEach(() => {
  fakeExtension();
  sendMock.mockReset();
  background();
});
afterEach(() => {
  ctx?.abort();
  ctx = null;
});

const sent = (type: string): Request[] =>
  sendMock.mock.calls.map(([r]) => r as unknown as Request).filter((r) => r.type === type);

async function clickFill(): Promise<void> {
  trustedClick(panelButton(FILL_FROM_TRELICA)!);
  await waitFor(() => !panelButton(FILL_FROM_TRELICA)!.disabled && sent('entra/filled').length > 0, 4000);
}

const button = (words: string): HTMLElement =>
  Array.from(document.querySelectorAll<HTMLElement>('button')).find((b) => b.textContent?.trim() === words)!;

describe('Fill from Trelica', () => {
  it('classic: sets Provisioning Mode to Automatic, then the Tenant URL and the bare Secret Token', async () => {
    await start('classic');
    await clickFill();
    expect(entraState()).toMatchObject({ mode: 'Automatic', baseUrl: BASE_URL, token: TOKEN });
    // Never the read-only Tenant URL of another app, never the hidden copy of the token field.
    expect(document.querySelector<HTMLInputElement>('#other-url')!.value).toBe('https://contoso.example/scim');
    expect(document.querySelector<HTMLInputElement>('#old-secret')!.value).toBe('');
    expect(sent('entra/filled')).toEqual([
      {
        type: 'entra/filled',
        ui: 'classic',
        results: ['mode', 'base-url', 'token'].map((field) => ({ field, outcome: 'filled' })),
      },
    ]);
    expect(roleText('status')).toContain('Filled.');
    expect(roleText('status')).not.toContain(TOKEN);
  });

  it('newer UI: chooses Bearer authentication, keeps the ?aadOptscim062020 flag, drops "Bearer "', async () => {
    background({ baseUrl: `${BASE_URL}/?aadOptscim062020`, token: `Bearer ${TOKEN}` });
    await start('connectivity');
    await clickFill();
    expect(entraState()).toMatchObject({
      auth: 'Bearer authentication',
      baseUrl: `${BASE_URL}?aadOptscim062020`,
      token: TOKEN,
    });
    expect(sent('entra/filled')[0]).toMatchObject({
      ui: 'new',
      results: ['auth-method', 'base-url', 'token'].map((field) => ({ field, outcome: 'filled' })),
    });
  });

  it("keeps an admin's other authentication method, and says so", async () => {
    await start('connectivity');
    trustedClick(document.querySelector('[role="combobox"]')!);
    trustedClick(Array.from(document.querySelectorAll('[role="option"]'))[1]!);
    await clickFill();
    expect(entraState().auth).toBe('OAuth2 client credentials grant');
    expect(sent('entra/filled')[0]!.results).toContainEqual({
      field: 'auth-method',
      outcome: 'kept',
      reason: 'other-value',
      current: 'OAuth2 client credentials grant',
    });
  });

  it("ignores clicks that are not the user's, and shows the background's refusal", async () => {
    await start('classic');
    panelButton(FILL_FROM_TRELICA)!.click();
    await frames();
    expect(sent('entra/fill')).toHaveLength(0);
    background(null);
    trustedClick(panelButton(FILL_FROM_TRELICA)!);
    await waitFor(() => roleText('status').includes('No Base URL yet'));
    expect(entraState()).toMatchObject({ mode: 'Manual', baseUrl: '', token: '' });
  });

  it('offers "Pick Secret Token" for a token field it cannot name, and fills the one picked', async () => {
    loadEntra('connectivity');
    document.querySelector('label[for="secret"]')!.textContent = 'Credential';
    ctx = startEntraScript();
    await frames();
    await clickFill();
    expect(sent('entra/filled')[0]!.results).toContainEqual({ field: 'token', outcome: 'not-found' });
    trustedClick(panelButton('Pick Secret Token')!);
    await waitFor(() => roleText('status').includes('Click the Secret Token field'));
    trustedClick(document.getElementById('secret')!);
    await waitFor(() => sent('entra/remember-field').length === 1);
    expect(entraState().token).toBe(TOKEN);
    expect(sent('entra/remember-field')[0]).toMatchObject({ field: 'token', locator: { id: 'secret' } });
    expect(panelButton('Pick Secret Token')).toBeNull();
  });
});

describe('Test Connection', () => {
  it('tells the drift at the click, reads a failure in the frame, and "Find out why" explains it', async () => {
    await start('connectivity');
    await clickFill();
    // The admin adds a trailing slash (Entra then calls ".../v2//Users", which fails).
    const tenant = document.querySelector<HTMLInputElement>('#tenant')!;
    tenant.value = `${BASE_URL}/`;
    tenant.dispatchEvent(new Event('input', { bubbles: true }));
    trustedClick(button('Test connection'));
    await waitFor(() => sent('entra/outcome').length === 1);
    expect(sent('entra/about-to')).toEqual([
      { type: 'entra/about-to', action: 'test-connection', baseUrl: `${BASE_URL}/`, token: TOKEN },
    ]);
    expect(roleText('alert')).toContain('The Tenant URL changed since the fill.');
    expect(sent('entra/outcome')[0]).toMatchObject({ action: 'test-connection' });
    expect(sent('entra/outcome')[0]!.text).toMatch(/^You appear to have entered invalid credentials/);
    await waitFor(() => roleText('alert').includes('Entra says'));
    trustedClick(panelButton(FIND_OUT_WHY)!);
    await waitFor(() => roleText('status').includes('Trelica rejected the token'));
    expect(sent('entra/find-out-why')[0]).toMatchObject({ baseUrl: `${BASE_URL}/`, token: TOKEN });
  });

  it('after a success, offers no "Find out why"', async () => {
    await start('connectivity');
    await clickFill();
    trustedClick(button('Test connection'));
    await waitFor(() => sent('entra/outcome').length === 1);
    expect(sent('entra/outcome')[0]!.text).toBe('The supplied credentials are authorized to enable provisioning');
    await waitFor(() => roleText('status').includes('Entra says'));
    expect(panelButton(FIND_OUT_WHY)).toBeNull();
  });

  it('where the answer shows only in the shell, "Find out why" is offered from the click', async () => {
    await start('classic');
    await clickFill();
    trustedClick(button('Test Connection'));
    await waitFor(() => panelButton(FIND_OUT_WHY));
    expect(sent('entra/about-to')).toHaveLength(1);
    expect(roleText('alert')).toBe('');
  });
});

describe('the group guard', () => {
  it('on the Mappings list, warns with the way off while the groups row is enabled', async () => {
    await start('mappings');
    expect(roleText('alert')).toContain('"Provision Microsoft Entra ID Groups" is enabled');
    expect(roleText('alert')).toContain('set Enabled to "No", then click "Save"');
    expect(sent('entra/observation')).toContainEqual({ type: 'entra/observation', groups: 'on' });
    expect(panelButton(FILL_FROM_TRELICA)).toBeNull();
  });

  it("on the groups' mapping, its button sets Enabled to No in the page's model; saving stays the admin's", async () => {
    await start('group-attributes');
    trustedClick(panelButton(SET_ENABLED_NO)!);
    await waitFor(() => entraState().enabled === 'No');
    await waitFor(() => roleText('status').includes('click "Save"'));
    expect(roleText('alert')).toBe('');
    expect(sent('entra/observation').flatMap((r) => (r.groups ? [r.groups] : []))).toEqual(['on', 'off']);
  });
  it("from the Mappings list to the groups' mapping in the same document, the warning gains its button", async () => {
    await start('mappings');
    expect(panelButton(SET_ENABLED_NO)).toBeNull();
    // The blade moves on as a single-page app does: the same body, the mapping's page in it.
    const next = new DOMParser().parseFromString(
      readFileSync(resolve(import.meta.dirname, '../../../fixtures/entra/group-attributes.html'), 'utf8'),
      'text/html',
    );
    document.body.innerHTML = next.body.innerHTML;
    await waitFor(() => panelButton(SET_ENABLED_NO) !== null);
    expect(roleText('alert')).toContain('Set Enabled to "No", then click "Save".');
  });

  it('sets an Enabled switch (Fluent Toggle) off with a click, once the page re-renders it', async () => {
    loadEntra('mappings');
    replaceDocument(
      '<h2>Provision Microsoft Entra ID Groups</h2><label id="e">Enabled</label>' +
        '<button role="switch" aria-checked="true" aria-labelledby="e"></button><button>Save</button>',
    );
    const toggle = document.querySelector('[role="switch"]')!;
    // As React does: the state follows the click on the next tick.
    toggle.addEventListener('click', () => setTimeout(() => toggle.setAttribute('aria-checked', 'false'), 10));
    ctx = startEntraScript();
    await frames();
    trustedClick(panelButton(SET_ENABLED_NO)!);
    await waitFor(() => roleText('status').includes('click "Save"'));
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect(sent('entra/observation').flatMap((r) => (r.groups ? [r.groups] : []))).toEqual(['on', 'off']);
  });
});

describe('what the blades show', () => {
  it('reports the gallery app (and no form to fill there)', async () => {
    await start('gallery');
    expect(sent('entra/observation')).toContainEqual({ type: 'entra/observation', ui: 'classic', app: 'gallery' });
  });

  it('reports the UI, and the status once Settings show', async () => {
    await start('classic');
    expect(sent('entra/observation')).toEqual([{ type: 'entra/observation', ui: 'classic' }]);
    await clickFill();
    await frames();
    expect(sent('entra/observation').at(-1)).toEqual({
      type: 'entra/observation',
      ui: 'classic',
      app: 'non-gallery',
      status: 'off',
    });
  });

  it.each([
    ['success', /^4\. Perform action Success: User was created in Trelica/],
    ['failure', /^4\. Perform action Failure: StatusCode: Unauthorized/],
  ])('reads Provision on demand (%s) after "Provision"', async (result, text) => {
    loadEntra('on-demand');
    document.body.setAttribute('data-result', result);
    ctx = startEntraScript();
    await frames();
    trustedClick(button('Provision'));
    await waitFor(() => sent('entra/outcome').length === 1);
    expect(sent('entra/outcome')[0]).toMatchObject({ action: 'provision-on-demand' });
    expect(sent('entra/outcome')[0]!.text).toMatch(text);
  });
});

describe("in the shell's top frame", () => {
  it("reports the test's notification once, never a closed pane's, and each new one", async () => {
    await start('shell');
    expect(panels()).toHaveLength(0);
    expect(sent('entra/outcome')).toHaveLength(1);
    expect(sent('entra/outcome')[0]!.text).toMatch(
      /^You appear to have entered invalid credentials.*CredentialValidationUnavailable/,
    );
    const toast = document.createElement('div');
    toast.setAttribute('role', 'alert');
    toast.className = 'fxs-toast';
    toast.textContent = 'Testing connection to Trelica The supplied credentials are authorized to enable provisioning';
    document.body.append(toast);
    fireAppear(toast); // what the browser does for it under the appearance rule
    await waitFor(() => sent('entra/outcome').length === 2);
    expect(sent('entra/outcome')[1]!.text).toContain('The supplied credentials are authorized');
    await frames(3);
    expect(sent('entra/outcome')).toHaveLength(2);
  });

  it('asks for nothing on a shell page without a notification', async () => {
    loadEntra('shell');
    replaceDocument('<nav><a>Provisioning</a></nav>');
    ctx = startEntraScript();
    await frames();
    expect(sendMock).not.toHaveBeenCalled();
  });
});
