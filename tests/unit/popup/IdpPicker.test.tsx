// @vitest-environment happy-dom
// The "Identity provider" choice, driven through the whole popup as an admin would: the labelled
// select, the message it sends, the checklist and words that follow it, and the "Allow access to
// Okta" step whose request goes out inside the click.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { App } from '../../../src/popup/App';
import { hasIdpAccess, requestIdpAccess } from '../../../src/popup/platform';
import { ENTRA_HOST_PATTERNS, OKTA_HOST_PATTERNS } from '../../../src/core/hosts';
import { makeState } from '../../helpers/states';
import { deferred, scriptBackground, sentTypes, type Handlers } from '../../helpers/popup/scripted-background';
import type { IdpChoice, State } from '../../../src/core/messages';

vi.mock('../../../src/popup/send', () => ({ send: vi.fn() }));
vi.mock('../../../src/popup/platform', async () =>
  (await import('../../helpers/popup/scripted-background')).platformMock(),
);

beforeEach(() => {
  vi.clearAllMocks();
  vi.mocked(hasIdpAccess).mockResolvedValue(true);
});
afterEach(cleanup);

const okta: IdpChoice = { chosen: 'okta', by: 'admin' };

async function openPopup(state: State, extra: Handlers = {}) {
  scriptBackground({ 'popup/get-state': () => ({ ok: true, state }), ...extra });
  render(<App />);
  const list = await screen.findByRole('list', { name: 'Setup checklist' });
  const picker = screen.getByLabelText('Identity provider') as HTMLSelectElement;
  const steps = () => [...list.querySelectorAll('li[data-step]')].map((li) => li.getAttribute('data-step'));
  return { list, picker, steps };
}

/** What a keyboard user does: focus the select, move to an option (the browser then fires change). */
function pickByKeyboard(picker: HTMLSelectElement, value: string) {
  picker.focus();
  expect(document.activeElement).toBe(picker);
  fireEvent.keyDown(picker, { key: 'ArrowDown' });
  picker.value = value;
  fireEvent.change(picker);
}

describe('IdpPicker', () => {
  it('offers JumpCloud, Okta and Microsoft Entra ID, showing the chosen one', async () => {
    const { picker } = await openPopup(makeState());
    expect([...picker.options].map((o) => o.textContent)).toEqual(['JumpCloud', 'Okta', 'Microsoft Entra ID']);
    expect(picker.value).toBe('jumpcloud');
    expect(picker.disabled).toBe(false);
    expect(screen.getByText('JumpCloud → Trelica user provisioning')).toBeTruthy();
  });

  it("sends popup/choose-idp, then walks Okta's checklist in Okta's words", async () => {
    const choose = vi.fn(() => ({ ok: true as const, state: makeState({ idp: okta }) }));
    const { picker, steps } = await openPopup(makeState(), { 'popup/choose-idp': choose });
    expect(steps()).toContain('jumpcloud-app');
    pickByKeyboard(picker, 'okta');
    expect(choose).toHaveBeenCalledWith({ type: 'popup/choose-idp', idp: 'okta' });
    await waitFor(() => expect(steps()).toContain('okta-app'));
    expect(steps()).not.toContain('jumpcloud-app');
    expect(picker.value).toBe('okta');
    expect(screen.getByText('Okta → Trelica user provisioning')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Assignment rehearsal' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Rehearse assignment' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Rehearse activation' })).toBeNull();
    expect(screen.getByText(/as Okta's "Test Connector Configuration" does/)).toBeTruthy();
  });

  it('says when the choice was detected from the console used last', async () => {
    const { picker } = await openPopup(makeState({ idp: { chosen: 'okta', by: 'detected' } }));
    expect(picker.value).toBe('okta');
    expect(picker.getAttribute('aria-describedby')).toBe('idp-how');
    expect(document.getElementById('idp-how')!.textContent).toContain('Detected from the console you used last.');
  });

  it('shows a refused change and keeps the checklist', async () => {
    const { picker, steps } = await openPopup(makeState(), {
      'popup/choose-idp': () => ({ ok: false, message: 'Your organization sets up provisioning from JumpCloud only.' }),
    });
    pickByKeyboard(picker, 'okta');
    expect((await screen.findByRole('alert')).textContent).toContain('from JumpCloud only');
    expect(steps()).toContain('jumpcloud-app');
  });

  it("offers only the IdPs the organization allows, and says a single one is the organization's", async () => {
    const policy = { ...makeState().policy, idps: ['okta' as const], applied: ['identityProviders'] };
    const { picker } = await openPopup(makeState({ idp: { chosen: 'okta', by: 'default' }, policy }));
    expect([...picker.options].map((o) => o.value)).toEqual(['okta']);
    expect(picker.disabled).toBe(true);
    expect(document.getElementById('idp-how')!.textContent).toContain('Set by your organization.');
  });
});

describe('Allow access to Okta', () => {
  it('is the first step while Okta is chosen and its hosts are not granted; the request goes out in the click', async () => {
    vi.mocked(hasIdpAccess).mockResolvedValue(false);
    const granted = deferred<boolean>();
    vi.mocked(requestIdpAccess).mockReturnValue(granted.promise);
    const { list, steps } = await openPopup(makeState({ idp: okta }));
    expect(hasIdpAccess).toHaveBeenCalledWith(OKTA_HOST_PATTERNS);
    expect(steps()[0]).toBe('grant-idp-access');
    fireEvent.click(within(list).getByRole('button', { name: 'Allow access to Okta' }));
    // Synchronously, within the click: no await may come before the request.
    expect(requestIdpAccess).toHaveBeenCalledTimes(1);
    expect(requestIdpAccess).toHaveBeenCalledWith(OKTA_HOST_PATTERNS);
    granted.resolve(true);
    await waitFor(() => expect(steps()).not.toContain('grant-idp-access'));
    expect(sentTypes()).toEqual(['popup/get-state']);
  });

  it('explains a refusal and keeps the step', async () => {
    vi.mocked(hasIdpAccess).mockResolvedValue(false);
    vi.mocked(requestIdpAccess).mockResolvedValue(false);
    const { steps } = await openPopup(makeState({ idp: okta }));
    fireEvent.click(screen.getByRole('button', { name: 'Allow access to Okta' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Access to Okta was not granted');
    expect(steps()[0]).toBe('grant-idp-access');
  });

  it('is never shown for JumpCloud, whose hosts are install-time', async () => {
    vi.mocked(hasIdpAccess).mockResolvedValue(false);
    const { steps } = await openPopup(makeState());
    expect(steps()).not.toContain('grant-idp-access');
  });
});

describe('Microsoft Entra ID in the popup', () => {
  const entra: IdpChoice = { chosen: 'entra', by: 'admin' };

  it("sends popup/choose-idp, then walks Entra's checklist in Entra's words", async () => {
    const choose = vi.fn(() => ({ ok: true as const, state: makeState({ idp: entra }) }));
    const { picker, steps } = await openPopup(makeState(), { 'popup/choose-idp': choose });
    pickByKeyboard(picker, 'entra');
    expect(choose).toHaveBeenCalledWith({ type: 'popup/choose-idp', idp: 'entra' });
    await waitFor(() => expect(steps()).toContain('entra-app'));
    expect(steps()).toEqual([
      'trelica-enable-scim',
      'copy-credentials',
      'entra-app',
      'base-url',
      'token',
      'test-connection',
      'group-management-off',
      'entra-provisioning-on',
      'entra-on-demand',
      'default-role',
    ]);
    expect(screen.getByText('Microsoft Entra ID → Trelica user provisioning')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Rehearse provisioning' })).toBeTruthy();
  });

  it('asks for access to Entra ID inside the click, with its five host patterns', async () => {
    vi.mocked(hasIdpAccess).mockResolvedValue(false);
    const granted = deferred<boolean>();
    vi.mocked(requestIdpAccess).mockReturnValue(granted.promise);
    const { list, steps } = await openPopup(makeState({ idp: entra }));
    expect(hasIdpAccess).toHaveBeenCalledWith(ENTRA_HOST_PATTERNS);
    expect(steps()[0]).toBe('grant-idp-access');
    fireEvent.click(within(list).getByRole('button', { name: 'Allow access to Microsoft Entra ID' }));
    expect(requestIdpAccess).toHaveBeenCalledTimes(1);
    expect(requestIdpAccess).toHaveBeenCalledWith(ENTRA_HOST_PATTERNS);
    granted.resolve(true);
    await waitFor(() => expect(steps()).not.toContain('grant-idp-access'));
  });
});
