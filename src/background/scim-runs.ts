// The two SCIM runs, as the background makes them for the popup and for "Find out why" on
// JumpCloud: on the values given (never an older stored value in their place), with the host
// permission checked first, the result stored as the last verdict.
import { checkBaseUrl } from '../core/checks';
import { diagnose } from '../core/diagnosis';
import * as P from '../core/progress';
import { runConnectionTest } from '../core/scim/connection-test';
import { runRehearsal } from '../core/scim/rehearsal';
import { runProvisioningCheck } from '../core/scim/provisioning-check';
import type { ConnectionTestResult, ProvisioningCheck, RehearsalResult } from '../core/scim/results';
import { describeTested } from '../core/tested';
import type { Deps } from './handlers';

export interface ScimRuns {
  test(values: { baseUrl: string; token: string }): Promise<ConnectionTestResult>;
  rehearse(values: { baseUrl: string; token: string; testEmail: string }): Promise<RehearsalResult>;
  /** Read-only, never stored: the result is for the popup to show. */
  checkProvisioning(values: { baseUrl: string; token: string }): Promise<ProvisioningCheck>;
}

export function scimRuns(deps: Deps): ScimRuns {
  const { progress, now } = deps;

  /** Whether the browser lets us reach the Base URL's origin (an unusable URL is refused by the run). */
  async function permitted(baseUrl: string): Promise<boolean> {
    const url = checkBaseUrl(baseUrl);
    return !url.ok || deps.hasHostAccess(new URL(url.value).origin);
  }

  const noAccess = () => {
    const d = diagnose('host-permission-missing');
    return { verdict: d.code, detail: d.cause, at: now() };
  };

  return {
    async test({ baseUrl, token }) {
      const result: ConnectionTestResult = (await permitted(baseUrl))
        ? await runConnectionTest({ baseUrl, token, fetch: deps.fetch, now })
        : { kind: 'connection-test', ...noAccess(), evidence: [], tested: await describeTested({ baseUrl, token }) };
      await progress.update((p) => P.onConnectionTest(p, result));
      return result;
    },
    async rehearse({ baseUrl, token, testEmail }) {
      const { registeredDomains } = await progress.read();
      const result: RehearsalResult = (await permitted(baseUrl))
        ? await runRehearsal({ baseUrl, token, testEmail, fetch: deps.fetch, now, registeredDomains })
        : {
            kind: 'rehearsal',
            ...noAccess(),
            testEmail: testEmail.trim().slice(0, 320),
            steps: [],
            tested: await describeTested({ baseUrl, token, testEmail }),
          };
      await progress.update((p) => P.onRehearsal(p, result));
      return result;
    },
    async checkProvisioning({ baseUrl, token }) {
      if (!(await permitted(baseUrl))) return { kind: 'provisioning-check', ...noAccess(), total: null, users: [] };
      return runProvisioningCheck({ baseUrl, token, fetch: deps.fetch, now });
    },
  };
}
