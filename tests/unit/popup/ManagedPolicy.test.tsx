// @vitest-environment happy-dom
// The popup under the organization's managed policy: "Managed by your organization" says what
// is fixed and what was ignored; a control the policy fixes is off, saying why; the support
// contact stands beside the report buttons and in the copied report.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { NO_POLICY_VIEW, type PolicyView } from '../../../src/core/messages';
import { REHEARSAL_OFF, TYPED_TOKEN_OFF } from '../../../src/core/policy';
import { CAPTURED, connectionTest, makeState, TEST_EMAIL } from '../../helpers/states';
import { sentTypes } from '../../helpers/popup/scripted-background';
import { openPopup } from '../../helpers/popup/open-popup';
import { copyText } from '../../../src/popup/platform';

vi.mock('../../../src/popup/send', () => ({ send: vi.fn() }));
vi.mock('../../../src/popup/platform', async () =>
  (await import('../../helpers/popup/scripted-background')).platformMock(),
);

beforeEach(() => vi.clearAllMocks());
afterEach(cleanup);

const managed = (policy: Partial<PolicyView>) =>
  makeState({ ...CAPTURED, testEmail: TEST_EMAIL, policy: { ...NO_POLICY_VIEW, ...policy } });

describe('without a policy', () => {
  it('shows no "Managed by your organization", and every control works as usual', async () => {
    const f = await openPopup(makeState(CAPTURED));
    expect(screen.queryByRole('heading', { name: 'Managed by your organization' })).toBeNull();
    expect(f.token().disabled).toBe(false);
    expect((screen.getByRole('button', { name: 'Rehearse activation' }) as HTMLButtonElement).disabled).toBe(false);
  });
});

describe('under a policy', () => {
  it('lists what the organization fixed, and the settings it sent that were ignored', async () => {
    await openPopup(
      managed({
        applied: ['allowedTrelicaRegions', 'tokenTimeLimitMinutes'],
        trelicaRegions: ['eu'],
        tokenMinutes: 5,
        ignored: [{ key: 'allowRehersal', known: false }],
      }),
    );
    const section = screen.getByRole('region', { name: 'Managed by your organization' });
    expect(within(section).getByRole('list', { name: 'Settings your organization fixed' }).textContent).toBe(
      'Trelica: only eu.trelica.com.The token is forgotten after 5 minutes.',
    );
    expect(within(section).getByRole('status').textContent).toContain(
      'allowRehersal: not a setting of this extension; ignored.',
    );
  });

  it('names the identity providers it allows, and the picker offers no other', async () => {
    await openPopup(
      managed({
        applied: ['identityProviders', 'defaultIdentityProvider'],
        idps: ['jumpcloud'],
        defaultIdp: 'jumpcloud',
      }),
    );
    const section = screen.getByRole('region', { name: 'Managed by your organization' });
    expect(within(section).getByRole('list', { name: 'Settings your organization fixed' }).textContent).toBe(
      'Identity providers: only JumpCloud.JumpCloud is chosen unless you pick another identity provider.',
    );
    const picker = screen.getByLabelText('Identity provider') as HTMLSelectElement;
    expect([...picker.options].map((o) => o.textContent)).toEqual(['JumpCloud']);
    expect(picker.disabled).toBe(true);
  });

  it('turns the token field off when only a captured token may be used, and says why', async () => {
    const f = await openPopup(managed({ applied: ['allowTypedToken'], allowTypedToken: false }));
    expect(f.token().disabled).toBe(true);
    const reasons = (f.token().getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '');
    expect(reasons.join(' ')).toContain(TYPED_TOKEN_OFF);
    expect(screen.queryByRole('checkbox', { name: 'Show token' })).toBeNull();
  });

  it('turns "Rehearse activation" off when the rehearsal is, says why, and sends nothing', async () => {
    await openPopup(managed({ applied: ['allowRehearsal'], allowRehearsal: false }));
    const button = screen.getByRole('button', { name: 'Rehearse activation' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(document.getElementById(button.getAttribute('aria-describedby')!)?.textContent).toBe(REHEARSAL_OFF);
    fireEvent.click(button);
    expect(sentTypes()).toEqual(['popup/get-state']);
  });

  it('names the support contact beside the report button and in the copied report', async () => {
    await openPopup(
      makeState({
        ...CAPTURED,
        lastConnectionTest: connectionTest('unauthorized'),
        policy: { ...NO_POLICY_VIEW, applied: ['supportContact'], supportContact: 'it-help@corp.example' },
      }),
    );
    const copy = screen.getByRole('button', { name: 'Copy test report' });
    expect(copy.parentElement?.textContent).toContain("Your organization's support: it-help@corp.example");
    fireEvent.click(copy);
    await waitFor(() => expect(copyText).toHaveBeenCalled());
    expect(vi.mocked(copyText).mock.calls[0]![0]).toContain("Your organization's support: it-help@corp.example");
  });

  it("suggests the organization's test-email domain in the empty field", async () => {
    const f = await openPopup(
      makeState({
        ...CAPTURED,
        policy: { ...NO_POLICY_VIEW, applied: ['testEmailDomain'], testEmailDomain: 'corp.example' },
      }),
    );
    expect(f.email().placeholder).toBe('scim-test@corp.example');
  });
});
