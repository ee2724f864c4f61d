// @vitest-environment happy-dom
// The Credentials fields as an admin meets them: typed into, never saved by hand.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { CAPTURED, CAPTURED_URL, makeState, SECRET_TOKEN } from '../../helpers/states';
import { sentOf, sentTypes } from '../../helpers/popup/scripted-background';
import { openPopup, type } from '../../helpers/popup/open-popup';

vi.mock('../../../src/popup/send', () => ({ send: vi.fn() }));
vi.mock('../../../src/popup/platform', async () =>
  (await import('../../helpers/popup/scripted-background')).platformMock(),
);

beforeEach(() => vi.clearAllMocks());
afterEach(cleanup);

describe('Credentials: fields and live normalization', () => {
  it('fills the labelled fields from the state, the token only as its mask', async () => {
    const f = await openPopup(makeState({ ...CAPTURED, testEmail: 'scim-test@example.com' }));
    expect(f.baseUrl().value).toBe(CAPTURED_URL);
    expect(f.email().value).toBe('scim-test@example.com');
    expect(f.token().value).toBe('');
    expect(f.token().type).toBe('password');
    expect(f.token().placeholder).toBe('tk_l…b1a0');
    expect(document.getElementById('token-status')!.textContent).toMatch(
      /Stored: tk_l…b1a0\. Forgotten at .*used unless you type another/,
    );
  });

  it('shows a draft that could not be stored, as it was typed', async () => {
    const f = await openPopup(
      makeState({ drafts: { baseUrl: 'http://app.trelica.com/api/scim/v2', testEmail: 'not an email' } }),
    );
    expect(f.baseUrl().value).toBe('http://app.trelica.com/api/scim/v2');
    expect(f.baseUrl().getAttribute('aria-invalid')).toBe('true');
    expect(f.email().value).toBe('not an email');
  });

  it.each([
    [
      'https://app.trelica.com/api/scim/v2/',
      /Fixed as it is used: trailing slash removed\. Used as https:\/\/app\.trelica\.com\/api\/scim\/v2/,
      false,
    ],
    ['  https://eu.trelica.com/api/scim/v2/Users', /the "\/Users" ending removed/, false],
    ['http://app.trelica.com/api/scim/v2', /must start with https:\/\//, true],
    ['https://example.com/api/scim/v2', /not on a Trelica host/, true],
  ])('Base URL %j', async (input, feedback, invalid) => {
    const f = await openPopup(makeState());
    await type(f.baseUrl(), input);
    expect(document.getElementById('base-url-feedback')!.textContent).toMatch(feedback);
    expect(f.baseUrl().getAttribute('aria-invalid')).toBe(String(invalid));
  });

  it.each([
    [`Bearer ${SECRET_TOKEN}`, /the word "Bearer" in front removed/, false],
    ['abc def ghi jkl mno pqr', /spaces or line breaks/, true],
    ['short', /too short/, true],
  ])('token %j', async (input, feedback, invalid) => {
    const f = await openPopup(makeState());
    await type(f.token(), input);
    const text = document.getElementById('token-feedback')!.textContent!;
    expect(text).toMatch(feedback);
    expect(text).not.toContain(SECRET_TOKEN);
    expect(f.token().getAttribute('aria-invalid')).toBe(String(invalid));
    expect(document.getElementById('token-status')!.textContent).toMatch(/The token typed here is used/);
  });

  it('reveals only the token typed here when "Show token" is ticked', async () => {
    const f = await openPopup(makeState(CAPTURED));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show token' }));
    expect(f.token().type).toBe('text');
    expect(f.token().value).toBe('');
    await type(f.token(), SECRET_TOKEN);
    expect(f.token().value).toBe(SECRET_TOKEN);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show token' }));
    expect(f.token().type).toBe('password');
  });
});

describe('Credentials: the test email', () => {
  it('warns with data-diagnosis when the domain is not registered', async () => {
    const f = await openPopup(makeState({ registeredDomains: ['example.com'] }));
    await type(f.email(), 'someone@other.org');
    const warning = document.querySelector('#test-email-feedback [data-diagnosis="domain-not-registered"]');
    expect(warning?.textContent).toMatch(/example\.com/);
    await type(f.email(), 'someone@example.com');
    expect(document.querySelector('#test-email-feedback [data-diagnosis="domain-not-registered"]')).toBeNull();
    expect(document.getElementById('test-email-feedback')!.textContent).toMatch(/Trelica accepts example\.com/);
  });

  it('notes that the domains are unknown instead of warning', async () => {
    const f = await openPopup(makeState({ registeredDomains: null }));
    await type(f.email(), 'someone@other.org');
    expect(document.querySelector('#test-email-feedback [data-diagnosis]')).toBeNull();
    expect(document.getElementById('test-email-feedback')!.textContent).toMatch(/registered domains are unknown/);
  });

  it('says when the address is not valid', async () => {
    const f = await openPopup(makeState());
    await type(f.email(), 'not an email');
    expect(document.getElementById('test-email-feedback')!.textContent).toMatch(/not a valid address/);
  });

  it('suggests a new address on a registered domain, and keeps it at once', async () => {
    const f = await openPopup(makeState({ registeredDomains: ['example.com'] }));
    fireEvent.click(screen.getByRole('button', { name: 'Suggest an address' }));
    expect(f.email().value).toMatch(/^scim-test-[0-9a-f]{8}@example\.com$/);
    expect(sentOf('popup/set-credentials')).toEqual([{ type: 'popup/set-credentials', testEmail: f.email().value }]);
  });
});

describe('Credentials: kept as typed, no Save step', () => {
  it('has no Save button', async () => {
    await openPopup(makeState(CAPTURED));
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
  });

  it('keeps what was typed after a pause, as typed (the background normalizes), one message for the burst', async () => {
    const f = await openPopup(makeState());
    await type(f.baseUrl(), 'https://app.trelica.com/api/scim/v2');
    await type(f.baseUrl(), 'https://app.trelica.com/api/scim/v2/');
    await type(f.token(), `Bearer ${SECRET_TOKEN}`);
    expect(sentOf('popup/set-credentials')).toEqual([]);
    await waitFor(() => expect(sentOf('popup/set-credentials')).toHaveLength(1));
    expect(sentOf('popup/set-credentials')[0]).toEqual({
      type: 'popup/set-credentials',
      baseUrl: 'https://app.trelica.com/api/scim/v2/',
      token: `Bearer ${SECRET_TOKEN}`,
    });
  });

  it('keeps a field at once when the admin leaves it (its change event)', async () => {
    const f = await openPopup(makeState());
    await type(f.email(), 'a@example.com');
    fireEvent.change(f.email());
    expect(sentOf('popup/set-credentials')).toEqual([{ type: 'popup/set-credentials', testEmail: 'a@example.com' }]);
  });

  it('keeps what is pending when the popup closes', async () => {
    const f = await openPopup(makeState());
    await type(f.baseUrl(), 'https://eu.trelica.com/api/scim/v2');
    window.dispatchEvent(new Event('pagehide'));
    expect(sentOf('popup/set-credentials')).toEqual([
      { type: 'popup/set-credentials', baseUrl: 'https://eu.trelica.com/api/scim/v2' },
    ]);
  });

  it('never rewrites a field while the admin types, whatever the background answers', async () => {
    const f = await openPopup(makeState(CAPTURED), {
      'popup/set-credentials': () => ({ ok: true, state: makeState({ ...CAPTURED, baseUrl: null }) }),
    });
    await type(f.baseUrl(), 'https://app.trelica.com/api/scim/v2/');
    fireEvent.change(f.baseUrl());
    await waitFor(() => expect(sentTypes()).toContain('popup/set-credentials'));
    expect(f.baseUrl().value).toBe('https://app.trelica.com/api/scim/v2/');
  });

  it('forgets the token: sends forget-token and clears the field', async () => {
    const f = await openPopup(makeState(CAPTURED), {
      'popup/forget-token': () => ({ ok: true, state: makeState({ baseUrl: CAPTURED_URL }) }),
    });
    await type(f.token(), SECRET_TOKEN);
    fireEvent.click(screen.getByRole('button', { name: 'Forget token' }));
    await screen.findByText('Token forgotten.');
    await waitFor(() => expect(f.token().value).toBe(''));
    expect(f.token().placeholder).toBe('Paste the Bearer token');
    expect(document.getElementById('token-status')!.textContent).toMatch(/No token yet/);
  });
});
