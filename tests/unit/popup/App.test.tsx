// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { App } from '../../../src/popup/App';
import { hasHostAccess, openTab, requestHostAccess } from '../../../src/popup/platform';
import { CAPTURED, connectionTest, makeState, SECRET_TOKEN } from '../../helpers/states';
import { deferred, scriptBackground, sentTypes } from '../../helpers/popup/scripted-background';
import type { State } from '../../../src/core/messages';

vi.mock('../../../src/popup/send', () => ({ send: vi.fn() }));
vi.mock('../../../src/popup/platform', async () =>
  (await import('../../helpers/popup/scripted-background')).platformMock(),
);

beforeEach(() => {
  vi.clearAllMocks();
  vi.mocked(hasHostAccess).mockResolvedValue(true);
});
afterEach(cleanup);

async function renderApp(state: State, extra: Parameters<typeof scriptBackground>[0] = {}) {
  scriptBackground({ 'popup/get-state': () => ({ ok: true, state }), ...extra });
  render(<App />);
  return screen.findByRole('list', { name: 'Setup checklist' });
}

describe('App: opening', () => {
  it('sends exactly one get-state and no network request, and shows only a skeleton until it answers', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const reply = deferred<{ ok: true; state: State }>();
    scriptBackground({ 'popup/get-state': () => reply.promise });
    render(<App />);
    expect(screen.queryByRole('list', { name: 'Setup checklist' })).toBeNull();
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('true');
    reply.resolve({ ok: true, state: makeState() });
    await screen.findByRole('list', { name: 'Setup checklist' });
    expect(sentTypes()).toEqual(['popup/get-state']);
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
  });

  it('says so when the background does not answer', async () => {
    scriptBackground({ 'popup/get-state': () => ({ ok: false, message: 'The extension did not answer: gone' }) });
    render(<App />);
    expect((await screen.findByRole('alert')).textContent).toContain('did not answer');
  });

  it('never puts the token in the page, only its masked form', async () => {
    await renderApp(makeState(CAPTURED));
    expect(document.body.innerHTML).not.toContain(SECRET_TOKEN);
    expect((screen.getByLabelText('Bearer token') as HTMLInputElement).placeholder).toBe('tk_l…b1a0');
  });
});

describe('App: grant access', () => {
  it('offers "Grant access" first when access is withheld, requests it inside the click, and drops the step once granted', async () => {
    vi.mocked(hasHostAccess).mockResolvedValue(false);
    const granted = deferred<boolean>();
    vi.mocked(requestHostAccess).mockReturnValue(granted.promise);
    const list = await renderApp(makeState(CAPTURED));
    const first = list.querySelector('li');
    expect(first?.getAttribute('data-step')).toBe('grant-access');
    expect(list.querySelector('[data-step="test-connection"]')?.getAttribute('data-state')).toBe('blocked');

    fireEvent.click(within(first!).getByRole('button', { name: 'Grant access' }));
    // Synchronously, within the click: no await may come before the request.
    expect(requestHostAccess).toHaveBeenCalledTimes(1);

    granted.resolve(true);
    await waitFor(() => expect(list.querySelector('[data-step="grant-access"]')).toBeNull());
    expect(list.querySelector('[data-step="test-connection"]')?.getAttribute('data-state')).toBe('todo');
  });

  it('explains a refusal and keeps the step', async () => {
    vi.mocked(hasHostAccess).mockResolvedValue(false);
    vi.mocked(requestHostAccess).mockResolvedValue(false);
    const list = await renderApp(makeState());
    fireEvent.click(screen.getByRole('button', { name: 'Grant access' }));
    expect((await screen.findByRole('alert')).textContent).toContain('not granted');
    expect(list.querySelector('[data-step="grant-access"]')).not.toBeNull();
  });
});

describe('App: checklist actions', () => {
  it('ticks a hand step through popup/tick and shows the new state', async () => {
    const tick = vi.fn((r: { step: string; done: boolean }) => ({
      ok: true as const,
      state: makeState({ ticked: r.done ? ['save'] : [] }),
    }));
    const list = await renderApp(makeState(), { 'popup/tick': tick });
    const save = list.querySelector('[data-step="save"]') as HTMLElement;
    expect(save.getAttribute('data-state')).toBe('todo');
    fireEvent.click(within(save).getByRole('checkbox', { name: 'Mark done: Save' }));
    await waitFor(() => expect(save.getAttribute('data-state')).toBe('done'));
    expect(tick).toHaveBeenCalledWith({ type: 'popup/tick', step: 'save', done: true });
  });

  it("opens step links through the platform adapter, for the admin's region", async () => {
    const list = await renderApp(makeState({ trelica: { region: 'eu' } }));
    const step = list.querySelector('[data-step="copy-credentials"]') as HTMLElement;
    const link = within(step).getByRole('link', { name: /Open Trelica: Settings > Users/ });
    fireEvent.click(link);
    expect(openTab).toHaveBeenCalledWith(expect.stringMatching(/^https:\/\/eu\.trelica\.com\//));
  });
});

describe('App: busy', () => {
  it('disables the action buttons and says what is happening while a test runs', async () => {
    const reply = deferred<{ ok: true; result: ReturnType<typeof connectionTest> }>();
    const list = await renderApp(makeState(CAPTURED), { 'popup/test-connection': () => reply.promise });
    const button = screen.getByRole('button', { name: 'Test connection' });
    button.focus();
    fireEvent.click(button);
    await screen.findByText('Testing the connection to Trelica…');
    for (const name of ['Test connection', 'Rehearse activation', 'Forget token']) {
      expect(screen.getByRole('button', { name }).getAttribute('aria-disabled'), name).toBe('true');
    }
    // A second click while busy sends nothing more.
    fireEvent.click(button);
    // aria-disabled, not disabled: a keyboard user keeps focus on the button while it works.
    expect(document.activeElement).toBe(button);
    reply.resolve({ ok: true, result: connectionTest('ok') });
    await waitFor(() =>
      expect(list.querySelector('[data-step="test-connection"]')?.getAttribute('data-state')).toBe('done'),
    );
    // After every run the popup reads the journal again: the run may have left a test user.
    await waitFor(() => expect(sentTypes()).toEqual(['popup/get-state', 'popup/test-connection', 'popup/get-state']));
    expect(button.getAttribute('aria-disabled')).toBeNull();
    expect(document.activeElement).toBe(button);
  });
});

describe('App: fields picked by hand', () => {
  it('lists each remembered field with its console and label, and "Forget" forgets it', async () => {
    const remembered = {
      'https://console.jumpcloud.com': { token: { id: 'secret-7', label: 'Credential' } },
      'https://app.trelica.com': { token: { id: 'scim-token', label: 'Secret' } },
    };
    const forget = vi.fn(() => ({
      ok: true as const,
      state: makeState({ remembered: { 'https://app.trelica.com': remembered['https://app.trelica.com'] } }),
    }));
    await renderApp(makeState({ remembered }), { 'popup/forget-field': forget });
    const section = screen.getByRole('region', { name: 'Fields you picked' });
    const rows = within(section).getAllByRole('listitem');
    expect(rows.map((r) => r.textContent)).toEqual([
      'Token Key on console.jumpcloud.com (labelled “Credential”) Forget',
      'Bearer token on app.trelica.com (labelled “Secret”) Forget',
    ]);
    fireEvent.click(within(rows[0]!).getByRole('button', { name: 'Forget' }));
    await waitFor(() => expect(within(section).getAllByRole('listitem')).toHaveLength(1));
    expect(forget).toHaveBeenCalledWith({
      type: 'popup/forget-field',
      origin: 'https://console.jumpcloud.com',
      field: 'token',
    });
  });

  it('shows no such section when nothing was picked', async () => {
    await renderApp(makeState());
    expect(screen.queryByRole('region', { name: 'Fields you picked' })).toBeNull();
  });
});

describe('App: provisioning check, once the setup is saved', () => {
  it("is offered only after Save (or an observed Activate), reads the users over the fields' values, and lists them", async () => {
    await renderApp(makeState(CAPTURED));
    expect(screen.queryByRole('button', { name: 'Check provisioning' })).toBeNull();
    cleanup();
    const check = vi.fn(() => ({
      ok: true as const,
      result: {
        kind: 'provisioning-check' as const,
        verdict: 'ok' as const,
        detail: 'Trelica holds 2 users over SCIM.',
        total: 2,
        users: [{ userName: 'ann@example.com' }, { userName: 'bob@example.com' }],
        at: 1,
      },
    }));
    await renderApp(makeState({ ...CAPTURED, ticked: ['save'] }), { 'popup/check-provisioning': check });
    fireEvent.click(screen.getByRole('button', { name: 'Check provisioning' }));
    const verdict = await screen.findByRole('status', { name: 'Provisioning check verdict' });
    await waitFor(() => expect(verdict.getAttribute('data-diagnosis')).toBe('ok'));
    expect(verdict.textContent).toContain('Trelica holds 2 users over SCIM.');
    expect(
      within(screen.getByRole('list', { name: 'Users in Trelica, newest first' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['ann@example.com', 'bob@example.com']);
    expect(check).toHaveBeenCalledWith({
      type: 'popup/check-provisioning',
      baseUrl: 'https://app.trelica.com/api/scim/v2',
    });
  });
});
