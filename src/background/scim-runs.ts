// The SCIM runs, as the background makes them for the popup and for "Find out why" on JumpCloud:
// on the values given (never an older stored value in their place), with the host permission
// checked first, one run per Base URL at a time (core/run-gate.ts), each marked in the journal
// while under way, the rehearsal's test user journalled before it is created, and the result
// stored as the last verdict.
import { checkBaseUrl } from '../core/checks';
import { failureWords } from '../core/diagnosis';
import * as J from '../core/journal';
import type { ErrorReply } from '../core/messages';
import * as P from '../core/progress';
import { randomHex } from '../core/random';
import { alreadyRunning } from '../core/run-gate';
import type { IdpId } from '../core/idp/ids';
import { runConnectionTest } from '../core/scim/connection-test';
import { runRehearsal, type CreateJournal } from '../core/scim/rehearsal';
import { runProvisioningCheck } from '../core/scim/provisioning-check';
import type { ConnectionTestResult, ProvisioningCheck, RehearsalResult } from '../core/scim/results';
import { comparableBaseUrl, describeTested, tokenFingerprint } from '../core/tested';
import type { Deps } from './handlers';
import { effectiveIdp, readPolicy } from '../core/policy';
import { refuse } from './router';

/** A run's result, or the refusal of a trigger that found another run under way. */
export type Gated<T> = { ok: true; result: T } | ErrorReply;

export interface ScimRuns {
  /** `dialect`: whose calls to replay; the IdP the admin is setting up when absent. */
  test(values: { baseUrl: string; token: string; dialect?: IdpId }): Promise<Gated<ConnectionTestResult>>;
  rehearse(values: {
    baseUrl: string;
    token: string;
    testEmail: string;
    dialect?: IdpId;
  }): Promise<Gated<RehearsalResult>>;
  /** Read-only, never stored: the result is for the popup to show. */
  checkProvisioning(values: { baseUrl: string; token: string }): Promise<Gated<ProvisioningCheck>>;
  /** Any run, gated and marked like the others (the cleanup of leftover test users uses it). */
  gated<T>(kind: J.RunKind, values: RunValues, task: (runId: string) => Promise<T>): Promise<Gated<T>>;
  /** The runs under way in this background: their journal entries are theirs to close. */
  running(): ReadonlySet<string>;
}

interface RunValues {
  baseUrl: string;
  token: string;
  testEmail?: string;
}

export function scimRuns(deps: Deps): ScimRuns {
  const { progress, journal, gate, now } = deps;
  const underWay = new Set<string>();

  /** Whether the browser lets us reach the Base URL's origin (an unusable URL is refused by the run). */
  async function permitted(baseUrl: string): Promise<boolean> {
    const url = checkBaseUrl(baseUrl);
    return !url.ok || deps.hasHostAccess(new URL(url.value).origin);
  }

  const noAccess = () => {
    const d = failureWords('host-permission-missing');
    return { verdict: d.code, detail: d.cause, at: now() };
  };

  /**
   * The IdP whose SCIM calls a run replays (each IdP's dialect bears its id: core/scim/dialects):
   * the one the popup walks, under the policy.
   */
  const dialectOf = async (asked: IdpId | undefined): Promise<IdpId> =>
    asked ??
    effectiveIdp((await progress.read()).idp, (await (deps.policy ?? (async () => readPolicy({})))()).policy).chosen;

  async function gated<T>(kind: J.RunKind, values: RunValues, task: (runId: string) => Promise<T>) {
    const baseUrl = comparableBaseUrl(values.baseUrl);
    const inputs = JSON.stringify([values.token.trim(), values.testEmail?.trim().toLowerCase() ?? '']);
    const attempt = () =>
      gate.run(baseUrl, kind, inputs, async () => {
        const runId = randomHex(8);
        underWay.add(runId);
        const testEmail = values.testEmail?.trim().slice(0, 320);
        const marker = { runId, kind, baseUrl, startedAt: now(), instance: deps.instance };
        await journal.update((j) => J.onRunStart(j, testEmail ? { ...marker, testEmail } : marker));
        try {
          return await task(runId);
        } finally {
          underWay.delete(runId);
          await journal.update((j) => J.onRunEnd(j, runId));
        }
      });
    let answer = await attempt();
    // The removal of a leftover test user starts on its own and is short: a run the admin asked
    // for waits for it rather than being refused for something it did not start.
    if (!answer.ok && answer.running === 'cleanup' && kind !== 'cleanup') {
      await gate.settled(baseUrl);
      answer = await attempt();
    }
    return answer.ok ? { ok: true as const, result: answer.value } : refuse(alreadyRunning(answer.running));
  }

  /** The rehearsal's hooks into the journal, for one run. */
  function journalFor(runId: string, token: string): CreateJournal {
    return {
      async creating({ userName, baseUrl }) {
        const entry = { runId, userName, baseUrl, at: now(), absentBefore: true as const };
        const fingerprint = await tokenFingerprint(token);
        await journal.update((j) => J.onCreating(j, { ...entry, tokenFingerprint: fingerprint }));
      },
      created: async (userId) => void (await journal.update((j) => J.onCreated(j, runId, userId))),
      gone: async () => void (await journal.update((j) => J.onGone(j, runId))),
    };
  }

  return {
    gated,
    running: () => underWay,
    test: ({ baseUrl, token, dialect }) =>
      gated('connection-test', { baseUrl, token }, async () => {
        const result: ConnectionTestResult = (await permitted(baseUrl))
          ? await runConnectionTest({
              baseUrl,
              token,
              fetch: deps.fetch,
              now,
              dialect: await dialectOf(dialect),
            })
          : {
              kind: 'connection-test',
              ...noAccess(),
              evidence: [],
              tested: await describeTested({ baseUrl, token, dialect: await dialectOf(dialect) }),
            };
        await progress.update((p) => P.onConnectionTest(p, result));
        return result;
      }),
    rehearse: ({ baseUrl, token, testEmail, dialect }) =>
      gated('rehearsal', { baseUrl, token, testEmail }, async (runId) => {
        const { registeredDomains } = await progress.read();
        const journalled = journalFor(runId, token);
        const result: RehearsalResult = (await permitted(baseUrl))
          ? await runRehearsal({
              baseUrl,
              token,
              testEmail,
              fetch: deps.fetch,
              now,
              registeredDomains,
              journal: journalled,
              dialect: await dialectOf(dialect),
            })
          : {
              kind: 'rehearsal',
              ...noAccess(),
              testEmail: testEmail.trim().slice(0, 320),
              steps: [],
              tested: await describeTested({ baseUrl, token, testEmail, dialect: await dialectOf(dialect) }),
            };
        if (result.verdict === 'cleanup-failed') {
          const attempt = { at: result.at, code: result.verdict, detail: result.detail };
          await journal.update((j) => J.onAttempt(j, runId, attempt));
        }
        await progress.update((p) => P.onRehearsal(p, result));
        return result;
      }),
    checkProvisioning: ({ baseUrl, token }) =>
      gated('provisioning-check', { baseUrl, token }, async (): Promise<ProvisioningCheck> => {
        if (!(await permitted(baseUrl))) return { kind: 'provisioning-check', ...noAccess(), total: null, users: [] };
        return runProvisioningCheck({ baseUrl, token, fetch: deps.fetch, now });
      }),
  };
}
