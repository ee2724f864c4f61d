// What JumpCloud's "Activate" does, step by step, with the admin's test email: look the user up,
// create it, update it with one PatchOp, delete it, and check it is gone. Once a user exists in
// Trelica, the delete is always attempted, whatever failed before: a rehearsal must not leave a
// stray user behind, and when it cannot help it, it says which one (cleanup-failed + userId).
import type { DiagnosisCode } from '../diagnosis';
import { checkTestEmail, describeEmailProblem } from '../email';
import { classify, type Failure } from './classify';
import type { Exchange } from './client';
import { filterPath } from './connection-test';
import { openScimClient, type ScimRunOptions } from './inputs';
import { scrub } from './redact';
import { createMayHaveHappened, judgeCreate } from './rehearsal-create';
import { REHEARSAL_STEP_IDS, type RehearsalResult, type RehearsalStep, type RehearsalStepId } from './results';
import { newUserBody, replaceOpBody } from './schemas';
import { describeTested } from '../tested';

export interface RehearsalOptions extends ScimRunOptions {
  /** As the admin gave it: checked here before anything is sent. */
  testEmail: string;
  /** Domains ticked for "User requests" in Trelica; null or absent when unknown. */
  registeredDomains?: readonly string[] | null;
}

export const REHEARSAL_NAME = { givenName: 'SCIM', familyName: 'Rehearsal', updatedFamilyName: 'Rehearsal Updated' };

type Verdict = { code: DiagnosisCode; detail: string; retryAfterSeconds?: number };

export async function runRehearsal(options: RehearsalOptions): Promise<RehearsalResult> {
  const now = options.now ?? (() => Date.now());
  const tested = await describeTested(options);
  const steps = new Map<RehearsalStepId, RehearsalStep>(
    REHEARSAL_STEP_IDS.map((id) => [id, { id, outcome: 'skipped', detail: 'Not reached.' }]),
  );
  const record = (id: RehearsalStepId, outcome: RehearsalStep['outcome'], detail: string, exchange?: Exchange) =>
    steps.set(id, { id, outcome, detail, ...(exchange ? { evidence: exchange.evidence } : {}) });
  const finish = (verdict: Verdict, testEmail: string, userId?: string, secrets: readonly string[] = []): RehearsalResult =>
    scrub(
      {
        kind: 'rehearsal',
        verdict: verdict.code,
        detail: verdict.detail,
        testEmail: testEmail.slice(0, 320),
        ...(userId === undefined ? {} : { userId }),
        steps: [...steps.values()],
        ...(verdict.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: verdict.retryAfterSeconds }),
        tested,
        at: now(),
      },
      secrets,
    );

  // Nothing is sent until the Base URL, the token and the test email all pass their checks.
  const opened = openScimClient(options, now);
  if (!opened.ok) return finish(opened, options.testEmail.trim());
  const domains = options.registeredDomains ?? null;
  const emailCheck = checkTestEmail(options.testEmail, domains);
  const problem = emailCheck.problems[0];
  if (problem !== undefined || emailCheck.email === null) {
    const detail = describeEmailProblem(problem ?? 'invalid', domains);
    const code = problem === 'domain-not-registered' ? 'domain-not-registered' : 'email-invalid';
    return finish({ code, detail }, options.testEmail.trim());
  }
  const email = emailCheck.email;
  const { client } = opened;
  const { secrets } = client;
  const judge = (exchange: Exchange, expect: Parameters<typeof classify>[1]) => classify(exchange, expect, now(), secrets);

  // 1. check-absent: JumpCloud's Activate fails on an address that is taken.
  const lookup = await client.request('GET', filterPath(email));
  const found = judge(lookup, 'list');
  if (!found.ok) {
    record('check-absent', 'failed', found.detail, lookup);
    return finish(found, email, undefined, secrets);
  }
  const resources = found.list?.Resources ?? [];
  const isMine = (r: (typeof resources)[number]) => String(r['userName']).toLowerCase() === email.toLowerCase();
  if (resources.length > 0 && !resources.some(isMine)) {
    // Other users came back: the filter was ignored, and JumpCloud would misread this too.
    const detail = `GET ${lookup.path} listed other users: the server ignores the userName filter.`;
    record('check-absent', 'failed', detail, lookup);
    return finish({ code: 'not-scim', detail }, email, undefined, secrets);
  }
  if ((found.list?.totalResults ?? 0) > 0) {
    const existingId = resources.find(isMine)?.id;
    const detail = `Trelica already has a user with userName ${email}${existingId ? ` (id ${existingId})` : ''}: JumpCloud's Activate would fail. Pick a new test email.`;
    record('check-absent', 'failed', detail, lookup);
    return finish({ code: 'user-exists', detail }, email, undefined, secrets);
  }
  record('check-absent', 'passed', `No user has the userName ${email} yet.`, lookup);

  let userId: string | undefined;
  let failure: Failure | undefined;
  let cleanup: Verdict | undefined;
  let afterCleanup: Verdict | undefined;
  try {
    // 2. create
    const { givenName, familyName, updatedFamilyName } = REHEARSAL_NAME;
    const created = await client.request('POST', '/Users', newUserBody(email, givenName, familyName));
    const made = judgeCreate(created, now(), secrets);
    if (made.ok) {
      userId = made.user?.id;
      record('create', 'passed', `Created the test user ${email} (id ${userId}).`, created);
    } else {
      failure = made;
      let detail = made.detail;
      if (createMayHaveHappened(created)) {
        // The server may have created the user before failing: find it, so it can be deleted.
        const recheck = judge(await client.request('GET', filterPath(email)), 'list');
        // Only a user with exactly this userName: never delete someone else's account.
        userId = recheck.ok ? recheck.list?.Resources?.find(isMine)?.id : undefined;
        detail += userId
          ? ` A lookup found the user anyway (id ${userId}), so it is deleted below.`
          : ` If Trelica created ${email} anyway, delete it by hand.`;
        failure = { ...made, detail };
      }
      record('create', 'failed', detail, created);
    }

    // 3. update: one replace op with a path, as JumpCloud sends (only after a clean create).
    if (userId !== undefined && !failure) {
      const patched = await client.request('PATCH', `/Users/${encodeURIComponent(userId)}`, replaceOpBody('name.familyName', updatedFamilyName));
      const update = judge(patched, 'user-or-empty');
      if (update.ok) record('update', 'passed', `Changed name.familyName with a PatchOp replace.`, patched);
      else {
        failure = update;
        record('update', 'failed', update.detail, patched);
      }
    }
  } finally {
    if (userId !== undefined) {
      const result = await removeUser(userId);
      cleanup = result.cleanup;
      afterCleanup = result.confirm;
    } else {
      record('delete', 'skipped', 'No test user was created, so there is nothing to delete.');
    }
  }

  // 4 and 5: delete, then check it is gone. Never throws: the client reports failures as data.
  async function removeUser(id: string): Promise<{ cleanup?: Verdict; confirm?: Verdict }> {
    const path = `/Users/${encodeURIComponent(id)}`;
    const leftover = `The test user ${email} (id ${id}) is still in Trelica: delete it there by hand.`;
    const deleted = await client.request('DELETE', path);
    const gone = judge(deleted, 'empty');
    if (!gone.ok) {
      record('delete', 'failed', gone.detail, deleted);
      return { cleanup: { code: 'cleanup-failed', detail: `${gone.detail} ${leftover}` } };
    }
    record('delete', 'passed', `Deleted the test user (${deleted.evidence.status ?? 'no status'}).`, deleted);
    const check = await client.request('GET', path);
    if (check.outcome.kind === 'answer' && check.outcome.status === 404) {
      record('confirm-gone', 'passed', `GET ${path} answered 404: the user is gone.`, check);
      return {};
    }
    const still = judge(check, 'user');
    if (still.ok) {
      const how = still.user?.active === false ? ' It was only deactivated.' : '';
      const detail = `DELETE ${path} succeeded, but GET ${path} still finds the user.${how} ${leftover}`;
      record('confirm-gone', 'failed', detail, check);
      return { cleanup: { code: 'cleanup-failed', detail } };
    }
    record('confirm-gone', 'failed', still.detail, check);
    return { confirm: still };
  }

  const ok: Verdict = {
    code: 'ok',
    detail: `Created, updated and deleted the test user ${email}: JumpCloud's Activate should work with this test email.`,
  };
  // A stray user matters most; the first failure explains it, so it leads the sentence.
  const verdict = cleanup ? { ...cleanup, detail: failure ? `${failure.detail} Then: ${cleanup.detail}` : cleanup.detail } : (failure ?? afterCleanup ?? ok);
  return finish(verdict, email, userId, secrets);
}
