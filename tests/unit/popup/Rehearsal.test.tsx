// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { Rehearsal } from '../../../src/popup/Rehearsal';
import { diagnose, type DiagnosisCode } from '../../../src/core/diagnosis';
import type { RehearsalResult } from '../../../src/core/scim/results';
import { rehearsal, SECRET_TOKEN } from './fixtures';
import { scriptBackground, sentTypes } from './setup';
import { copyText } from '../../../src/popup/platform';

vi.mock('../../../src/platform/send', () => ({ send: vi.fn() }));
vi.mock('../../../src/popup/platform', async () => (await import('./setup')).platformMock());

beforeEach(() => vi.clearAllMocks());
afterEach(cleanup);

function Harness({ initial = null, testEmail = 'scim-test@example.com' }: { initial?: RehearsalResult | null; testEmail?: string | null }) {
  const [result, setResult] = useState(initial);
  return (
    <Rehearsal
      result={result}
      testEmail={testEmail}
      busy={false}
      run={async (_label, task) => task()}
      onResult={setResult}
      report={{ version: '9.9.9', baseUrl: null, secrets: [SECRET_TOKEN] }}
    />
  );
}

const openButton = () => screen.getByRole('button', { name: 'Rehearse activation' });
const confirmButton = () => screen.queryByRole('button', { name: 'Create and delete the test user' });
const verdict = () => screen.getByRole('status', { name: 'Rehearsal verdict' });

describe('Rehearsal: confirmation first', () => {
  it('asks before anything is sent, naming the temporary user, with focus on the choice', () => {
    scriptBackground({});
    render(<Harness />);
    fireEvent.click(openButton());
    expect(sentTypes()).toEqual([]);
    const group = screen.getByRole('group');
    expect(group.textContent).toMatch(/temporary user scim-test@example\.com will be created in Trelica, updated, then deleted/);
    expect(document.activeElement).toBe(confirmButton());
    expect(openButton().getAttribute('aria-expanded')).toBe('true');
  });

  it.each([
    ['Cancel', () => fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))],
    ['Escape', () => fireEvent.keyDown(confirmButton()!, { key: 'Escape' })],
  ])('%s closes it, sends nothing, and returns focus to the button', async (_, close) => {
    scriptBackground({});
    render(<Harness />);
    fireEvent.click(openButton());
    close();
    await waitFor(() => expect(confirmButton()).toBeNull());
    expect(document.activeElement).toBe(openButton());
    expect(sentTypes()).toEqual([]);
  });

  it('without a test email, explains and offers no way to go ahead', () => {
    scriptBackground({});
    render(<Harness testEmail={null} />);
    fireEvent.click(openButton());
    expect(screen.getByRole('group').textContent).toMatch(/Set a test user email/);
    expect(confirmButton()).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
  });
});

describe('Rehearsal: every verdict, with its steps', () => {
  it.each<[DiagnosisCode]>([['ok'], ['domain-not-registered'], ['user-exists'], ['cleanup-failed'], ['unauthorized']])('%s', async (code) => {
    const result = rehearsal(code);
    scriptBackground({ 'popup/rehearse': () => ({ ok: true, result }) });
    render(<Harness />);
    fireEvent.click(openButton());
    fireEvent.click(confirmButton()!);
    await waitFor(() => expect(verdict().getAttribute('data-diagnosis')).toBe(code));
    expect(sentTypes()).toEqual(['popup/rehearse']);
    expect(within(verdict()).getByRole('heading', { name: diagnose(code).title })).toBeTruthy();

    const steps = screen.getByRole('list', { name: 'Rehearsal steps' }).querySelectorAll(':scope > li');
    expect([...steps].map((li) => [li.getAttribute('data-rehearsal-step'), li.getAttribute('data-outcome')])).toEqual(
      result.steps.map((s) => [s.id, s.outcome]),
    );
    for (const li of steps) expect(li.textContent).toContain(li.getAttribute('data-outcome')!);
    if (code === 'cleanup-failed') expect(verdict().textContent).toContain('Temporary user id: 0123456789abcdef0123456789abcdef');
    else expect(verdict().textContent).not.toContain('Temporary user id');
  });

  it('shows the evidence of each step on demand and copies a report without the token', async () => {
    render(<Harness initial={rehearsal('user-exists')} />);
    const first = screen.getByRole('list', { name: 'Rehearsal steps' }).querySelector('[data-rehearsal-step="check-absent"]')!;
    expect(first.querySelector('details')?.textContent).toMatch(/GET \/Users\/check-absent.*400 in 10 ms.*check-absent excerpt/);
    fireEvent.click(screen.getByRole('button', { name: 'Copy report' }));
    await waitFor(() => expect(copyText).toHaveBeenCalled());
    const copied = vi.mocked(copyText).mock.calls[0]![0];
    expect(copied).toContain('Verdict: user-exists');
    expect(copied).toContain('- check-absent: failed');
    expect(copied).not.toContain(SECRET_TOKEN);
  });

  it('shows a refusal with a code as that verdict, and no stale steps', async () => {
    scriptBackground({ 'popup/rehearse': () => ({ ok: false, code: 'host-permission-missing', message: 'No access to Trelica.' }) });
    render(<Harness initial={rehearsal('ok')} />);
    fireEvent.click(openButton());
    fireEvent.click(confirmButton()!);
    await waitFor(() => expect(verdict().getAttribute('data-diagnosis')).toBe('host-permission-missing'));
    expect(screen.queryByRole('list', { name: 'Rehearsal steps' })).toBeNull();
  });
});
