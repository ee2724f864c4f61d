// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { ConnectionTest } from '../../../src/popup/ConnectionTest';
import { copyText } from '../../../src/popup/platform';
import { DIAGNOSIS_CODES, diagnose, type DiagnosisCode } from '../../../src/core/diagnosis';
import { STEP_TITLES } from '../../../src/core/checklist';
import type { ConnectionTestResult } from '../../../src/core/scim/results';
import { connectionTest, SECRET_TOKEN } from './fixtures';
import { scriptBackground } from './setup';

vi.mock('../../../src/platform/send', () => ({ send: vi.fn() }));
vi.mock('../../../src/popup/platform', async () => (await import('./setup')).platformMock());

beforeEach(() => vi.clearAllMocks());
afterEach(cleanup);

function Harness({ initial }: { initial: ConnectionTestResult | null }) {
  const [result, setResult] = useState(initial);
  return (
    <ConnectionTest
      result={result}
      busy={false}
      run={async (_label, task) => task()}
      onResult={setResult}
      report={{ version: '9.9.9', baseUrl: 'https://app.trelica.com/api/scim/v2', secrets: [SECRET_TOKEN] }}
    />
  );
}

const verdictRegion = () => screen.getByRole('status', { name: 'Connection test verdict' });

describe('ConnectionTest: every verdict', () => {
  it.each(DIAGNOSIS_CODES.map((c) => [c]))('%s', async (code: DiagnosisCode) => {
    scriptBackground({ 'popup/test-connection': () => ({ ok: true, result: connectionTest(code) }) });
    render(<Harness initial={null} />);
    expect(verdictRegion().hasAttribute('data-diagnosis')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    await waitFor(() => expect(verdictRegion().getAttribute('data-diagnosis')).toBe(code));
    const d = diagnose(code);
    const region = verdictRegion();
    expect(within(region).getByRole('heading', { name: d.title })).toBeTruthy();
    expect(region.textContent).toContain(connectionTest(code).detail);
    if (code === 'ok') {
      expect(region.textContent).not.toContain('Step to revisit');
    } else {
      expect(region.textContent).toContain(d.cause);
      expect(region.textContent).toContain(d.fix);
      expect(region.textContent).toContain(`Step to revisit${STEP_TITLES[d.step]}`);
    }
  });
});

describe('ConnectionTest: evidence and report', () => {
  const result = connectionTest('unauthorized', {
    retryAfterSeconds: 30,
    evidence: [
      { method: 'GET', path: '/Users?startIndex=1&count=1', status: 401, ms: 87.2, excerpt: '{"detail":"Unauthorized"}' },
      { method: 'GET', path: '/Users?filter=x', status: null, ms: 10000, excerpt: 'timed out' },
    ],
  });

  it('shows the last stored result without a click, with evidence on demand', () => {
    render(<Harness initial={result} />);
    expect(verdictRegion().getAttribute('data-diagnosis')).toBe('unauthorized');
    expect(verdictRegion().textContent).toContain('wait 30 seconds');
    const details = screen.getByText('Evidence (2 requests)').closest('details')!;
    expect(details.open).toBe(false);
    const items = details.querySelectorAll('li');
    expect(items[0]!.textContent).toMatch(/GET \/Users\?startIndex=1&count=1.*401 in 87 ms.*\{"detail":"Unauthorized"\}/);
    expect(items[1]!.textContent).toMatch(/no response in 10000 ms.*timed out/);
  });

  it('copies a report with the verdict and the requests, never the token', async () => {
    render(<Harness initial={result} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy report' }));
    await screen.findByText('Report copied. It contains no token.');
    const copied = vi.mocked(copyText).mock.calls[0]![0];
    expect(copied).toContain('Verdict: unauthorized');
    expect(copied).toContain('GET /Users?startIndex=1&count=1 -> 401 in 87 ms');
    expect(copied).toContain('Extension version: 9.9.9');
    expect(copied).not.toContain(SECRET_TOKEN);
  });

  it('says so when the clipboard refuses', async () => {
    vi.mocked(copyText).mockRejectedValueOnce(new Error('Document is not focused'));
    render(<Harness initial={result} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy report' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Document is not focused');
  });
});

describe('ConnectionTest: refusals from the background', () => {
  it('shows a refusal with a code as that verdict', async () => {
    scriptBackground({ 'popup/test-connection': () => ({ ok: false, code: 'token-missing', message: 'No token: capture it again.' }) });
    render(<Harness initial={connectionTest('ok')} />);
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    await waitFor(() => expect(verdictRegion().getAttribute('data-diagnosis')).toBe('token-missing'));
    expect(verdictRegion().textContent).toContain('No token: capture it again.');
    // The stale result's evidence and report go with it.
    expect(screen.queryByRole('button', { name: 'Copy report' })).toBeNull();
  });

  it('shows a refusal without a code as an alert', async () => {
    scriptBackground({ 'popup/test-connection': () => ({ ok: false, message: 'The extension did not answer: reloaded' }) });
    render(<Harness initial={null} />);
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    expect((await screen.findByRole('alert')).textContent).toContain('did not answer');
    expect(verdictRegion().hasAttribute('data-diagnosis')).toBe(false);
  });
});
