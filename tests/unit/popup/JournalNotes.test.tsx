// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { App } from '../../../src/popup/App';
import { hasHostAccess } from '../../../src/popup/platform';
import { CAPTURED, CAPTURED_URL, makeState, SECRET_TOKEN } from '../../helpers/states';
import { deferred, scriptBackground, sentOf, sentTypes } from '../../helpers/popup/scripted-background';
import type { State } from '../../../src/core/messages';
import type { TestUserEntry } from '../../../src/core/journal';

vi.mock('../../../src/popup/send', () => ({ send: vi.fn() }));
vi.mock('../../../src/popup/platform', async () =>
  (await import('../../helpers/popup/scripted-background')).platformMock(),
);

beforeEach(() => {
  vi.clearAllMocks();
  vi.mocked(hasHostAccess).mockResolvedValue(true);
});
afterEach(cleanup);

const LEFT: TestUserEntry = {
  runId: 'run-1',
  userName: 'scim-rehearsal-7@example.com',
  baseUrl: CAPTURED_URL,
  at: Date.UTC(2030, 0, 1, 12, 5),
  absentBefore: true,
  tokenFingerprint: 'fp',
};
const withJournal = (journal: Partial<State['journal']>, base: State = makeState()): State => ({
  ...base,
  journal: { testUsers: [], interrupted: null, cleaned: [], ...journal },
});
const cleared = (state: State): State => withJournal({}, state);

async function open(state: State, extra: Parameters<typeof scriptBackground>[0] = {}) {
  scriptBackground({ 'popup/get-state': () => ({ ok: true, state }), ...extra });
  render(<App />);
  await screen.findByRole('list', { name: 'Setup checklist' });
}

describe('a test user left in Trelica', () => {
  it('without a token: an alert names it and says where to delete it by hand; nothing is sent on its own', async () => {
    await open(withJournal({ testUsers: [LEFT] }));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('scim-rehearsal-7@example.com');
    expect(alert.textContent).toContain('in Trelica, open the People page');
    expect(alert.textContent).toContain('Capture the token');
    expect(within(alert).getByRole('button', { name: 'Remove test user' })).toBeTruthy();
    await new Promise((r) => setTimeout(r, 20));
    expect(sentTypes()).toEqual(['popup/get-state']);
  });

  it('"Remove test user" sends the token typed in the field, and the alert goes once the user is gone', async () => {
    const removed = {
      runId: 'run-1',
      userName: LEFT.userName,
      outcome: 'removed' as const,
      code: 'ok' as const,
      detail: 'Removed',
      at: 1,
    };
    // The background as it would be: the journal changes once the user is removed.
    let current = withJournal({ testUsers: [LEFT] });
    await open(current, {
      'popup/get-state': () => ({ ok: true, state: current }),
      'popup/set-credentials': () => ({ ok: true, state: current }),
      'popup/remove-test-users': () => {
        current = withJournal({ cleaned: [removed] });
        return { ok: true, results: [removed], state: current };
      },
    });
    fireEvent.input(screen.getByLabelText('Bearer token'), { target: { value: SECRET_TOKEN } });
    fireEvent.click(screen.getByRole('button', { name: 'Remove test user' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Remove test user' })).toBeNull());
    expect(sentOf('popup/remove-test-users')).toEqual([{ type: 'popup/remove-test-users', token: SECRET_TOKEN }]);
    expect(
      screen.getByText(/^Removed the test user scim-rehearsal-7@example.com/).closest('[role=status]'),
    ).not.toBeNull();
    expect(document.body.innerHTML).not.toContain(SECRET_TOKEN.slice(8));
  });

  it('says so when nothing could be removed for want of a token', async () => {
    await open(withJournal({ testUsers: [LEFT] }), {
      'popup/remove-test-users': () => ({ ok: true, results: [], state: withJournal({ testUsers: [LEFT] }) }),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Remove test user' }));
    expect((await screen.findByText(/Nothing was removed/)).getAttribute('role')).toBe('alert');
  });

  it('with the token at hand: removed at once as the popup opens, while the popup says what it is doing', async () => {
    const reply = deferred<{ ok: true; results: []; state: State }>();
    await open(withJournal({ testUsers: [LEFT] }, makeState(CAPTURED)), {
      'popup/remove-test-users': () => reply.promise,
    });
    await waitFor(() => expect(sentTypes()).toContain('popup/remove-test-users'));
    expect(document.querySelector('[role=status].busy')?.textContent).toMatch(/Removing the test user/);
    expect(sentOf('popup/remove-test-users')).toEqual([{ type: 'popup/remove-test-users' }]);
    reply.resolve({ ok: true, results: [], state: cleared(makeState(CAPTURED)) });
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });
});

describe('a run cut short', () => {
  it('is said, with what was known, and can be dismissed', async () => {
    const interrupted = {
      kind: 'rehearsal' as const,
      baseUrl: CAPTURED_URL,
      startedAt: Date.UTC(2030, 0, 1, 12, 5),
      testEmail: 'scim-rehearsal-7@example.com',
      foundAt: Date.UTC(2030, 0, 1, 12, 9),
    };
    await open(withJournal({ interrupted }), { 'popup/dismiss-notes': () => ({ ok: true, state: withJournal({}) }) });
    const note = screen.getByText(/did not finish/);
    expect(note.textContent).toContain('activation rehearsal with scim-rehearsal-7@example.com');
    expect(note.closest('[role=status]')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByText(/did not finish/)).toBeNull());
  });
});
