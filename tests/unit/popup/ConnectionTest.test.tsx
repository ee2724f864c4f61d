// @vitest-environment happy-dom
// "Test connection" as an admin uses it: the values the fields show at the click are tested,
// and the verdict says what it tested and turns stale when a field changes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { copyText } from '../../../src/popup/platform';
import { DIAGNOSIS_CODES, diagnose, type DiagnosisCode } from '../../../src/core/diagnosis';
import { STEP_TITLES } from '../../../src/core/checklist';
import { describeTested } from '../../../src/core/tested';
import type { RequestOf } from '../../../src/core/messages';
import { CAPTURED, CAPTURED_URL, connectionTest, makeState, SECRET_TOKEN } from '../../helpers/states';
import { sentOf } from '../../helpers/popup/scripted-background';
import { openPopup, type } from '../../helpers/popup/open-popup';

vi.mock('../../../src/popup/send', () => ({ send: vi.fn() }));
vi.mock('../../../src/popup/platform', async () =>
  (await import('../../helpers/popup/scripted-background')).platformMock(),
);

beforeEach(() => vi.clearAllMocks());
afterEach(cleanup);

const verdictRegion = () => screen.getByRole('status', { name: 'Connection test verdict' });
const clickTest = () => fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));

/** A background that tests what it is sent, the stored token standing in for an empty field. */
function testsWhatItIsSent(verdict: DiagnosisCode = 'ok') {
  return async (r: RequestOf<'popup/test-connection'>) => ({
    ok: true as const,
    result: connectionTest(verdict, {
      tested: await describeTested({ baseUrl: r.baseUrl, token: r.token ?? SECRET_TOKEN }),
    }),
  });
}

describe('ConnectionTest: what is tested is what the fields show', () => {
  it('type then click, with no other step: the typed values are sent and the verdict names them', async () => {
    const f = await openPopup(makeState(), { 'popup/test-connection': testsWhatItIsSent('ok') });
    await type(f.baseUrl(), 'https://eu.trelica.com/api/scim/v2/');
    await type(f.token(), `Bearer ${SECRET_TOKEN}`);
    clickTest();
    await waitFor(() => expect(verdictRegion().getAttribute('data-diagnosis')).toBe('ok'));
    expect(sentOf('popup/test-connection')).toEqual([
      {
        type: 'popup/test-connection',
        baseUrl: 'https://eu.trelica.com/api/scim/v2/',
        token: `Bearer ${SECRET_TOKEN}`,
      },
    ]);
    expect(verdictRegion().textContent).toContain('Tested: https://eu.trelica.com/api/scim/v2, token tk_l…b1a0.');
    expect(verdictRegion().getAttribute('data-stale')).toBe('false');
    expect(f.step('test-connection').getAttribute('data-state')).toBe('done');
  });

  it("with no token typed, the stored one is the field's value: no token is sent from the popup", async () => {
    await openPopup(makeState(CAPTURED), { 'popup/test-connection': testsWhatItIsSent('ok') });
    clickTest();
    await waitFor(() => expect(verdictRegion().getAttribute('data-diagnosis')).toBe('ok'));
    expect(sentOf('popup/test-connection')).toEqual([{ type: 'popup/test-connection', baseUrl: CAPTURED_URL }]);
  });

  it('a bad field with a good stored value: the field is sent, never the stored value', async () => {
    const f = await openPopup(makeState(CAPTURED), { 'popup/test-connection': testsWhatItIsSent('url-invalid') });
    await type(f.baseUrl(), 'http://app.trelica.com.evil.test/api/scim/v2');
    clickTest();
    await waitFor(() => expect(verdictRegion().getAttribute('data-diagnosis')).toBe('url-invalid'));
    expect(sentOf('popup/test-connection')[0]!.baseUrl).toBe('http://app.trelica.com.evil.test/api/scim/v2');
    expect(verdictRegion().getAttribute('data-stale')).toBe('false');
    expect(f.step('copy-credentials').getAttribute('data-state')).toBe('warning');
  });

  it('a field changed after a verdict turns it stale, and the checklist step back to "todo"', async () => {
    const f = await openPopup(makeState({ ...CAPTURED, lastConnectionTest: connectionTest('ok') }));
    expect(verdictRegion().getAttribute('data-stale')).toBe('false');
    expect(f.step('test-connection').getAttribute('data-state')).toBe('done');
    await type(f.baseUrl(), 'https://eu.trelica.com/api/scim/v2');
    expect(verdictRegion().getAttribute('data-stale')).toBe('true');
    expect(verdictRegion().textContent).toMatch(/Out of date: the Base URL changed since/);
    expect(f.step('test-connection').getAttribute('data-state')).toBe('todo');
    expect(f.step('test-connection').textContent).toMatch(/ran with another value of the Base URL/);
    // Typing the tested value back makes the verdict current again.
    await type(f.baseUrl(), `${CAPTURED_URL}/`);
    expect(verdictRegion().getAttribute('data-stale')).toBe('false');
  });

  it('a token typed after a verdict turns it stale too (by fingerprint, never by the token)', async () => {
    const f = await openPopup(makeState({ ...CAPTURED, lastConnectionTest: connectionTest('ok') }));
    await type(f.token(), 'another-token-0123456789abcdef');
    await waitFor(() => expect(verdictRegion().getAttribute('data-stale')).toBe('true'));
    expect(verdictRegion().textContent).toMatch(/the token changed since/);
    await type(f.token(), SECRET_TOKEN);
    await waitFor(() => expect(verdictRegion().getAttribute('data-stale')).toBe('false'));
  });

  it('reopening shows the last verdict with what it tested', async () => {
    await openPopup(makeState({ ...CAPTURED, lastConnectionTest: connectionTest('unauthorized') }));
    expect(verdictRegion().getAttribute('data-diagnosis')).toBe('unauthorized');
    expect(verdictRegion().textContent).toContain(`Tested: ${CAPTURED_URL}, token tk_l…b1a0.`);
  });

  it('a verdict stored before verdicts said what they tested counts as stale', async () => {
    const f = await openPopup(
      makeState({ ...CAPTURED, lastConnectionTest: connectionTest('ok', { tested: undefined }) }),
    );
    expect(verdictRegion().getAttribute('data-stale')).toBe('true');
    expect(f.step('test-connection').getAttribute('data-state')).toBe('todo');
  });
});

describe('ConnectionTest: every verdict', () => {
  it.each(DIAGNOSIS_CODES.map((c) => [c]))('%s', async (code: DiagnosisCode) => {
    await openPopup(makeState(CAPTURED), { 'popup/test-connection': testsWhatItIsSent(code) });
    expect(verdictRegion().hasAttribute('data-diagnosis')).toBe(false);
    clickTest();
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
      {
        method: 'GET',
        path: '/Users?startIndex=1&count=1',
        status: 401,
        ms: 87.2,
        excerpt: '{"detail":"Unauthorized"}',
      },
      { method: 'GET', path: '/Users?filter=x', status: null, ms: 10000, excerpt: 'timed out' },
    ],
  });

  it('shows the last stored result without a click, with evidence on demand', async () => {
    await openPopup(makeState({ ...CAPTURED, lastConnectionTest: result }));
    expect(verdictRegion().getAttribute('data-diagnosis')).toBe('unauthorized');
    expect(verdictRegion().textContent).toContain('wait 30 seconds');
    const details = screen.getByText('Evidence (2 requests)').closest('details')!;
    expect(details.open).toBe(false);
    const items = details.querySelectorAll('li');
    expect(items[0]!.textContent).toMatch(
      /GET \/Users\?startIndex=1&count=1.*401 in 87 ms.*\{"detail":"Unauthorized"\}/,
    );
    expect(items[1]!.textContent).toMatch(/no response in 10000 ms.*timed out/);
  });

  it('copies a report with the verdict, what it tested and the requests, never the token', async () => {
    const f = await openPopup(makeState({ ...CAPTURED, lastConnectionTest: result }));
    await type(f.token(), SECRET_TOKEN);
    fireEvent.click(screen.getByRole('button', { name: 'Copy test report' }));
    await screen.findByText('Report copied. It contains no token.');
    const copied = vi.mocked(copyText).mock.calls[0]![0];
    expect(copied).toContain('Verdict: unauthorized');
    expect(copied).toContain(`Base URL: ${CAPTURED_URL}`);
    expect(copied).toContain('GET /Users?startIndex=1&count=1 -> 401 in 87 ms');
    expect(copied).toContain('Extension version: 9.9.9');
    expect(copied).not.toContain(SECRET_TOKEN);
  });

  it('says so when the clipboard refuses', async () => {
    vi.mocked(copyText).mockRejectedValueOnce(new Error('Document is not focused'));
    await openPopup(makeState({ ...CAPTURED, lastConnectionTest: result }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy test report' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Document is not focused');
  });
});

describe('ConnectionTest: refusals from the background', () => {
  it("shows a refusal with a code as that verdict, without the older result's evidence", async () => {
    await openPopup(makeState({ ...CAPTURED, lastConnectionTest: connectionTest('ok') }), {
      'popup/test-connection': () => ({ ok: false, code: 'token-missing', message: 'No token: capture it again.' }),
    });
    clickTest();
    await waitFor(() => expect(verdictRegion().getAttribute('data-diagnosis')).toBe('token-missing'));
    expect(verdictRegion().textContent).toContain('No token: capture it again.');
    expect(screen.queryByRole('button', { name: 'Copy test report' })).toBeNull();
  });

  it('shows a refusal without a code as an alert', async () => {
    await openPopup(makeState(CAPTURED), {
      'popup/test-connection': () => ({ ok: false, message: 'The extension did not answer: reloaded' }),
    });
    clickTest();
    expect((await screen.findByRole('alert')).textContent).toContain('did not answer');
    expect(verdictRegion().hasAttribute('data-diagnosis')).toBe(false);
  });
});
