// "Find out why": after JumpCloud reported a failure with no reason, the extension runs its own
// connection test (after Test Connection) or rehearsal (after Activate) on the values in
// JumpCloud's form, and says what it found, in the page. Pure words over the run's result.
import { failureWords, type DiagnosisCode } from './diagnosis';
import type { OutcomeAction } from './outcome';

/** Directory Insights events where JumpCloud records what its provisioning did. */
export const PROVISION_EVENTS =
  'user_create_provision, user_update_provision, user_delete_provision, user_lookup_provision';

export interface Explanation {
  code: DiagnosisCode;
  title: string;
  lines: string[];
}

/** Where each IdP records what its provisioning did. */
const TRAIL = {
  jumpcloud: `JumpCloud's own record: Directory Insights, events ${PROVISION_EVENTS}.`,
  okta: "Okta's own record: Reports > System Log, and the app's Provisioning tasks (Dashboard > Tasks).",
  entra: "Entra ID's own record: the app's Provisioning logs.",
} as const;

/** After the extension's test passed where the IdP's own failed: what to check in its form. */
const PASSED_ELSEWHERE = {
  okta: 'So the Base URL and token work: check that "Authorization" holds the token without "Bearer" and Authentication Mode is "HTTP Header", then test again.',
  entra:
    'So the Base URL and token work: check that "Secret Token" holds the token without "Bearer" and "Tenant URL" has no "/" at the end, then test again.',
} as const;

export function explainFailure(
  action: OutcomeAction,
  result: { verdict: DiagnosisCode; detail: string },
  idp: keyof typeof TRAIL = 'jumpcloud',
): Explanation {
  const trail = TRAIL[idp];
  if (result.verdict === 'ok' && idp !== 'jumpcloud') {
    const lines = [PASSED_ELSEWHERE[idp], trail];
    return { code: 'ok', title: "The extension's connection test passed", lines };
  }
  if (result.verdict === 'ok') {
    const what =
      action === 'activate' ? 'rehearsal of Activate (create, update, delete a test user)' : 'connection test';
    const elsewhere =
      action === 'activate'
        ? 'So the failure is not the Base URL, the token or the test email: check that Group Management is off, then try Activate again.'
        : 'So the Base URL and token work: check for a typo JumpCloud kept, then try Test Connection again.';
    return { code: 'ok', title: `The extension's ${what} passed`, lines: [elsewhere, trail] };
  }
  const d = failureWords(result.verdict);
  return { code: d.code, title: d.title, lines: [result.detail, `Cause: ${d.cause}`, `Fix: ${d.fix}`, trail] };
}
