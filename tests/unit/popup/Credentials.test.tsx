// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { Credentials } from '../../../src/popup/Credentials';
import type { State } from '../../../src/core/messages';
import { CAPTURED, makeState, SECRET_TOKEN, type StateOverrides } from './fixtures';
import { scriptBackground, sentTypes } from './setup';

vi.mock('../../../src/platform/send', () => ({ send: vi.fn() }));
vi.mock('../../../src/popup/platform', async () => (await import('./setup')).platformMock());

beforeEach(() => vi.clearAllMocks());
afterEach(cleanup);

function Harness({ initial }: { initial: State }) {
  const [state, setState] = useState(initial);
  const [typed, setTyped] = useState('');
  return (
    <Credentials state={state} busy={false} run={async (_l, task) => task()} onState={setState} typedToken={typed} onTypedToken={setTyped} />
  );
}

function renderWith(o: StateOverrides = {}) {
  render(<Harness initial={makeState(o)} />);
  return {
    baseUrl: screen.getByLabelText('Base URL') as HTMLInputElement,
    token: () => screen.getByLabelText('Bearer token') as HTMLInputElement,
    email: screen.getByLabelText('Test user email') as HTMLInputElement,
  };
}

const type = (input: HTMLInputElement, value: string) => fireEvent.input(input, { target: { value } });

describe('Credentials: fields and live normalization', () => {
  it('fills the labelled fields from the state, the token only as its mask', () => {
    const f = renderWith({ ...CAPTURED, testEmail: 'scim-test@example.com' });
    expect(f.baseUrl.value).toBe('https://app.trelica.com/api/scim/v2');
    expect(f.email.value).toBe('scim-test@example.com');
    expect(f.token().value).toBe('');
    expect(f.token().type).toBe('password');
    expect(f.token().placeholder).toBe('tk_l…b1a0');
    expect(document.getElementById('token-status')!.textContent).toMatch(/Stored: tk_l…b1a0\. Forgotten at/);
  });

  it.each([
    ['https://app.trelica.com/api/scim/v2/', /Will be fixed: trailing slash removed\. Saved as https:\/\/app\.trelica\.com\/api\/scim\/v2/, false],
    ['  https://eu.trelica.com/api/scim/v2/Users', /the "\/Users" ending removed/, false],
    ['http://app.trelica.com/api/scim/v2', /must start with https:\/\//, true],
    ['https://example.com/api/scim/v2', /not on a Trelica host/, true],
  ])('Base URL %j', (input, feedback, invalid) => {
    const f = renderWith();
    type(f.baseUrl, input);
    expect(document.getElementById('base-url-feedback')!.textContent).toMatch(feedback);
    expect(f.baseUrl.getAttribute('aria-invalid')).toBe(String(invalid));
  });

  it.each([
    [`Bearer ${SECRET_TOKEN}`, /the word "Bearer" in front removed/, false],
    ['abc def ghi jkl mno pqr', /spaces or line breaks/, true],
    ['short', /too short/, true],
  ])('token %j', (input, feedback, invalid) => {
    const f = renderWith();
    type(f.token(), input);
    const text = document.getElementById('token-feedback')!.textContent!;
    expect(text).toMatch(feedback);
    expect(text).not.toContain(SECRET_TOKEN);
    expect(f.token().getAttribute('aria-invalid')).toBe(String(invalid));
  });

  it('reveals only the token typed here when "Show token" is ticked', () => {
    const f = renderWith(CAPTURED);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show token' }));
    expect(f.token().type).toBe('text');
    expect(f.token().value).toBe('');
    type(f.token(), SECRET_TOKEN);
    expect(f.token().value).toBe(SECRET_TOKEN);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show token' }));
    expect(f.token().type).toBe('password');
  });
});

describe('Credentials: the test email', () => {
  it('warns with data-diagnosis when the domain is not registered', () => {
    const f = renderWith({ registeredDomains: ['example.com'] });
    type(f.email, 'someone@other.org');
    const warning = document.querySelector('[data-diagnosis="domain-not-registered"]');
    expect(warning?.textContent).toMatch(/example\.com/);
    type(f.email, 'someone@example.com');
    expect(document.querySelector('[data-diagnosis="domain-not-registered"]')).toBeNull();
    expect(document.getElementById('test-email-feedback')!.textContent).toMatch(/Trelica accepts example\.com/);
  });

  it('notes that the domains are unknown instead of warning', () => {
    const f = renderWith({ registeredDomains: null });
    type(f.email, 'someone@other.org');
    expect(document.querySelector('[data-diagnosis]')).toBeNull();
    expect(document.getElementById('test-email-feedback')!.textContent).toMatch(/registered domains are unknown/);
  });

  it('says when the address is not valid', () => {
    const f = renderWith();
    type(f.email, 'not an email');
    expect(document.getElementById('test-email-feedback')!.textContent).toMatch(/not a valid address/);
  });

  it('suggests a new address on a registered domain', () => {
    const f = renderWith({ registeredDomains: ['example.com'] });
    fireEvent.click(screen.getByRole('button', { name: 'Suggest an address' }));
    expect(f.email.value).toMatch(/^scim-test-[0-9a-f]{8}@example\.com$/);
  });
});

describe('Credentials: saving and forgetting', () => {
  it('sends only the changed fields, normalized, and shows what the background stored', async () => {
    const setCredentials = vi.fn((r: { baseUrl?: string; token?: string; testEmail?: string }) => ({
      ok: true as const,
      state: makeState({ ...CAPTURED, baseUrl: r.baseUrl ?? null, testEmail: r.testEmail ?? null }),
    }));
    scriptBackground({ 'popup/set-credentials': setCredentials });
    const f = renderWith();
    type(f.baseUrl, 'https://app.trelica.com/api/scim/v2/');
    type(f.token(), `Bearer ${SECRET_TOKEN}`);
    type(f.email, ' scim-test@example.com ');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved.');
    expect(setCredentials).toHaveBeenCalledWith({
      type: 'popup/set-credentials',
      baseUrl: 'https://app.trelica.com/api/scim/v2',
      token: SECRET_TOKEN,
      testEmail: 'scim-test@example.com',
    });
    expect(f.baseUrl.value).toBe('https://app.trelica.com/api/scim/v2');
    expect(f.token().placeholder).toBe('tk_l…b1a0');
  });

  it('changes nothing and says why when a field is wrong', async () => {
    scriptBackground({});
    const f = renderWith();
    type(f.baseUrl, 'http://app.trelica.com/api/scim/v2');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Nothing saved: fix the Base URL first.');
    expect(sentTypes()).toEqual([]);
  });

  it('shows the background\'s refusal', async () => {
    scriptBackground({ 'popup/set-credentials': () => ({ ok: false, message: 'The Base URL is not on a Trelica host.' }) });
    const f = renderWith();
    type(f.baseUrl, 'https://eu.trelica.com/api/scim/v2');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Nothing saved: The Base URL is not on a Trelica host.');
  });

  it('forgets the token: sends forget-token and clears the field', async () => {
    scriptBackground({ 'popup/forget-token': () => ({ ok: true, state: makeState({ baseUrl: 'https://app.trelica.com/api/scim/v2' }) }) });
    const f = renderWith(CAPTURED);
    type(f.token(), SECRET_TOKEN);
    fireEvent.click(screen.getByRole('button', { name: 'Forget token' }));
    await screen.findByText('Token forgotten.');
    await waitFor(() => expect(f.token().value).toBe(''));
    expect(f.token().placeholder).toBe('Paste the Bearer token');
    expect(document.getElementById('token-status')!.textContent).toMatch(/No token stored/);
  });
});
