// @vitest-environment happy-dom
// "Rehearse activation" on the values the fields show, behind a confirmation only when a
// user would really be created.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { diagnose, type DiagnosisCode } from '../../../src/core/diagnosis';
import { describeTested } from '../../../src/core/tested';
import type { RequestOf } from '../../../src/core/messages';
import { CAPTURED, CAPTURED_URL, makeState, rehearsal, SECRET_TOKEN, TEST_EMAIL } from '../../helpers/states';
import { sentOf, sentTypes } from '../../helpers/popup/scripted-background';
import { openPopup, type } from '../../helpers/popup/open-popup';
import { copyText } from '../../../src/popup/platform';

vi.mock('../../../src/popup/send', () => ({ send: vi.fn() }));
vi.mock('../../../src/popup/platform', async () =>
  (await import('../../helpers/popup/scripted-background')).platformMock(),
);

beforeEach(() => vi.clearAllMocks());
afterEach(cleanup);

const READY = { ...CAPTURED, testEmail: TEST_EMAIL };
const openButton = () => screen.getByRole('button', { name: 'Rehearse activation' });
const confirmButton = () => screen.queryByRole('button', { name: 'Create and delete the test user' });
const verdict = () => screen.getByRole('status', { name: 'Rehearsal verdict' });

function rehearsesWhatItIsSent(code: DiagnosisCode) {
  return async (r: RequestOf<'popup/rehearse'>) => ({
    ok: true as const,
    result: rehearsal(code, {
      testEmail: r.testEmail,
      tested: await describeTested({ baseUrl: r.baseUrl, token: r.token ?? SECRET_TOKEN, testEmail: r.testEmail }),
    }),
  });
}

describe('Rehearsal: confirmation first, when a user would be created', () => {
  it('asks before anything is sent, naming the temporary user from the field, with focus on the choice', async () => {
    const f = await openPopup(makeState(READY));
    await type(f.email(), 'other-test@example.com');
    fireEvent.click(openButton());
    expect(sentTypes()).toEqual(['popup/get-state']);
    const group = document.getElementById('rehearsal-confirm')!;
    expect(group.textContent).toMatch(
      /temporary user other-test@example\.com will be created in Trelica, updated, then deleted/,
    );
    expect(document.activeElement).toBe(confirmButton());
    expect(openButton().getAttribute('aria-expanded')).toBe('true');
  });

  it.each([
    ['Cancel', () => fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))],
    ['Escape', () => fireEvent.keyDown(confirmButton()!, { key: 'Escape' })],
  ])('%s closes it, sends nothing, and returns focus to the button', async (_, close) => {
    await openPopup(makeState(READY));
    fireEvent.click(openButton());
    close();
    await waitFor(() => expect(confirmButton()).toBeNull());
    expect(document.activeElement).toBe(openButton());
    expect(sentOf('popup/rehearse')).toEqual([]);
  });

  it('runs on the typed fields: Base URL, token and test email as shown at the click', async () => {
    const f = await openPopup(makeState(READY), { 'popup/rehearse': rehearsesWhatItIsSent('ok') });
    await type(f.email(), 'fresh@example.com');
    fireEvent.click(openButton());
    fireEvent.click(confirmButton()!);
    await waitFor(() => expect(verdict().getAttribute('data-diagnosis')).toBe('ok'));
    expect(sentOf('popup/rehearse')).toEqual([
      { type: 'popup/rehearse', baseUrl: CAPTURED_URL, testEmail: 'fresh@example.com' },
    ]);
    expect(verdict().textContent).toContain(`Tested: ${CAPTURED_URL}, token tk_l…b1a0, test email fresh@example.com.`);
    expect(verdict().getAttribute('data-stale')).toBe('false');
    await type(f.email(), 'another@example.com');
    expect(verdict().getAttribute('data-stale')).toBe('true');
    expect(verdict().textContent).toMatch(/the test email changed since/);
  });
});

describe('Rehearsal: a field with a problem answers at once, with nothing to confirm', () => {
  it.each<[string, Partial<Record<'baseUrl' | 'email', string>>, DiagnosisCode]>([
    ['an empty test email', { email: '' }, 'email-invalid'],
    ['an invalid test email', { email: 'not an email' }, 'email-invalid'],
    ['an http Base URL', { baseUrl: 'http://app.trelica.com/api/scim/v2' }, 'url-invalid'],
  ])('%s', async (_, typed, code) => {
    const f = await openPopup(makeState(READY), { 'popup/rehearse': rehearsesWhatItIsSent(code) });
    if (typed.email !== undefined) await type(f.email(), typed.email);
    if (typed.baseUrl !== undefined) await type(f.baseUrl(), typed.baseUrl);
    fireEvent.click(openButton());
    expect(confirmButton()).toBeNull();
    await waitFor(() => expect(verdict().getAttribute('data-diagnosis')).toBe(code));
    expect(sentOf('popup/rehearse')).toHaveLength(1);
  });

  it('no token at all', async () => {
    await openPopup(makeState({ baseUrl: CAPTURED_URL, testEmail: TEST_EMAIL }), {
      'popup/rehearse': rehearsesWhatItIsSent('token-missing'),
    });
    fireEvent.click(openButton());
    expect(confirmButton()).toBeNull();
    await waitFor(() => expect(verdict().getAttribute('data-diagnosis')).toBe('token-missing'));
  });
});

describe('Rehearsal: every verdict, with its steps', () => {
  it.each<[DiagnosisCode]>([['ok'], ['domain-not-registered'], ['user-exists'], ['cleanup-failed'], ['unauthorized']])(
    '%s',
    async (code) => {
      await openPopup(makeState(READY), { 'popup/rehearse': rehearsesWhatItIsSent(code) });
      fireEvent.click(openButton());
      fireEvent.click(confirmButton()!);
      await waitFor(() => expect(verdict().getAttribute('data-diagnosis')).toBe(code));
      expect(within(verdict()).getByRole('heading', { name: diagnose(code).title })).toBeTruthy();
      const result = rehearsal(code);
      const steps = screen.getByRole('list', { name: 'Rehearsal steps' }).querySelectorAll(':scope > li');
      expect([...steps].map((li) => [li.getAttribute('data-rehearsal-step'), li.getAttribute('data-outcome')])).toEqual(
        result.steps.map((s) => [s.id, s.outcome]),
      );
      for (const li of steps) expect(li.textContent).toContain(li.getAttribute('data-outcome')!);
      if (code === 'cleanup-failed')
        expect(verdict().textContent).toContain('Temporary user id: 0123456789abcdef0123456789abcdef');
      else expect(verdict().textContent).not.toContain('Temporary user id');
    },
  );

  it('shows the evidence of each step on demand and copies a report without the token', async () => {
    await openPopup(makeState({ ...READY, lastRehearsal: rehearsal('user-exists') }));
    const first = screen
      .getByRole('list', { name: 'Rehearsal steps' })
      .querySelector('[data-rehearsal-step="check-absent"]')!;
    expect(first.querySelector('details')?.textContent).toMatch(
      /GET \/Users\/check-absent.*400 in 10 ms.*check-absent excerpt/,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy rehearsal report' }));
    await waitFor(() => expect(copyText).toHaveBeenCalled());
    const copied = vi.mocked(copyText).mock.calls[0]![0];
    expect(copied).toContain('Verdict: user-exists');
    expect(copied).toContain('- check-absent: failed');
    expect(copied).toContain(`Test email: ${TEST_EMAIL}`);
    expect(copied).not.toContain(SECRET_TOKEN);
  });

  it('shows a refusal with a code as that verdict, and no steps of an older run', async () => {
    await openPopup(makeState({ ...READY, lastRehearsal: rehearsal('ok') }), {
      'popup/rehearse': () => ({ ok: false, code: 'host-permission-missing', message: 'No access to Trelica.' }),
    });
    fireEvent.click(openButton());
    fireEvent.click(confirmButton()!);
    await waitFor(() => expect(verdict().getAttribute('data-diagnosis')).toBe('host-permission-missing'));
    expect(screen.queryByRole('list', { name: 'Rehearsal steps' })).toBeNull();
  });
});
