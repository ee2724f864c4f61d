// The rehearsal's steps around the create, in the order rehearsal.ts runs them. Each sends what
// the IdP (the run's dialect) sends at that point and returns the step as the result records
// it, plus what the run needs next. None throws: the client reports failures as data, and so
// do these. The changes after the create are in rehearsal-changes.ts.
import type { DiagnosisCode } from '../diagnosis';
import { classify, type Classified, type Expectation } from './classify';
import type { Exchange, ScimClient } from './client';
import type { Dialect, NewUser } from './dialects';
import { userPath } from './paths';
import { createMayHaveHappened, judgeCreate } from './rehearsal-create';
import type { RehearsalStep, RehearsalStepId } from './results';

export { userPath } from './paths';

export const REHEARSAL_NAME = { givenName: 'SCIM', familyName: 'Rehearsal', updatedFamilyName: 'Rehearsal Updated' };

export type Verdict = { code: DiagnosisCode; detail: string; retryAfterSeconds?: number };

/** What every step needs: a client for checked inputs, the checked test email, the IdP's calls. */
export interface Run {
  client: ScimClient;
  email: string;
  now: () => number;
  dialect: Dialect;
  /** Random hex for ids the IdP makes up (Okta's externalId). */
  random: string;
}

/** The test user as the dialect's bodies are made from it. */
export const newUserOf = (run: Run): NewUser => ({ email: run.email, names: REHEARSAL_NAME, random: run.random });

/** A step as the result records it, and the failure it ends the run with, if any. */
export interface StepDone {
  step: RehearsalStep;
  failure?: Verdict;
}

export function stepRecord(
  id: RehearsalStepId,
  outcome: RehearsalStep['outcome'],
  detail: string,
  exchange?: Exchange,
): RehearsalStep {
  return { id, outcome, detail, ...(exchange ? { evidence: exchange.evidence } : {}) };
}

export function judge(run: Run, exchange: Exchange, expect: Expectation): Classified {
  return classify(exchange, expect, run.now(), run.client.secrets);
}

/** Only a user with exactly this userName counts: never take (or delete) someone else's account. */
export const isNamed = (email: string) => (r: Record<string, unknown>) =>
  String(r['userName']).toLowerCase() === email.toLowerCase();

/** 1. check-absent: the rehearsal needs a new user (and JumpCloud's Activate fails on a taken address). */
export async function checkAbsent(run: Run): Promise<StepDone> {
  const { client, email, dialect } = run;
  const lookup = await client.request('GET', dialect.lookupPath(email));
  const found = judge(run, lookup, 'list');
  const fail = (verdict: Verdict): StepDone => ({
    step: stepRecord('check-absent', 'failed', verdict.detail, lookup),
    failure: verdict,
  });
  if (!found.ok) return fail(found);
  const resources = found.list?.Resources ?? [];
  if (resources.length > 0 && !resources.some(isNamed(email))) {
    // Other users came back: the filter was ignored, and the IdP would misread this too.
    return fail({
      code: 'not-scim',
      detail: `GET ${lookup.path} listed other users: the server ignores the userName filter.`,
    });
  }
  if ((found.list?.totalResults ?? 0) > 0) {
    const existingId = resources.find(isNamed(email))?.id;
    const detail = `Trelica already has a user with userName ${email}${existingId ? ` (id ${existingId})` : ''}: ${dialect.onExisting} Pick a new test email.`;
    return fail({ code: 'user-exists', detail });
  }
  return { step: stepRecord('check-absent', 'passed', `No user has the userName ${email} yet.`, lookup) };
}

/**
 * 2. create. `userId` is set whenever the test user exists afterwards, even after a failed
 * create: the server may have created the user before failing, so a lookup looks for it.
 */
export async function createUser(run: Run): Promise<StepDone & { userId?: string; surelyAbsent?: boolean }> {
  const { client, email, dialect } = run;
  const created = await client.request('POST', '/Users', dialect.createBody(newUserOf(run)));
  const made = judgeCreate(created, run.now(), client.secrets);
  if (made.ok) {
    const userId = made.user?.id;
    return { userId, step: stepRecord('create', 'passed', `Created the test user ${email} (id ${userId}).`, created) };
  }
  if (!createMayHaveHappened(created))
    return { failure: made, surelyAbsent: true, step: stepRecord('create', 'failed', made.detail, created) };
  const recheck = judge(run, await client.request('GET', dialect.lookupPath(email)), 'list');
  const userId = recheck.ok ? recheck.list?.Resources?.find(isNamed(email))?.id : undefined;
  // Only a lookup that worked and found no one proves the create left nothing behind.
  const surelyAbsent = recheck.ok && userId === undefined;
  const detail =
    made.detail +
    (userId
      ? ` A lookup found the user anyway (id ${userId}), so it is deleted below.`
      : ` If Trelica created ${email} anyway, delete it by hand.`);
  return { userId, surelyAbsent, failure: { ...made, detail }, step: stepRecord('create', 'failed', detail, created) };
}

/** What removing the test user left: `leftover` when it is still in Trelica (cleanup-failed). */
export interface Removal extends StepDone {
  leftover?: Verdict;
}

const leftoverNote = (email: string, id: string) =>
  `The test user ${email} (id ${id}) is still in Trelica: delete it there by hand.`;

/** delete: the extension's own cleanup, whatever the IdP does. */
export async function deleteUser(run: Run, userId: string): Promise<Removal> {
  const deleted = await run.client.request('DELETE', userPath(userId));
  const gone = judge(run, deleted, 'empty');
  if (!gone.ok) {
    const leftover: Verdict = { code: 'cleanup-failed', detail: `${gone.detail} ${leftoverNote(run.email, userId)}` };
    return { step: stepRecord('delete', 'failed', gone.detail, deleted), leftover };
  }
  return {
    step: stepRecord('delete', 'passed', `Deleted the test user (${deleted.evidence.status ?? 'no status'}).`, deleted),
  };
}

/** confirm-gone: a server may answer a DELETE and keep the user (deactivated, say). */
export async function confirmGone(run: Run, userId: string): Promise<Removal> {
  const path = userPath(userId);
  const check = await run.client.request('GET', path);
  if (check.outcome.kind === 'answer' && check.outcome.status === 404) {
    return { step: stepRecord('confirm-gone', 'passed', `GET ${path} answered 404: the user is gone.`, check) };
  }
  const still = judge(run, check, 'user');
  if (!still.ok) return { step: stepRecord('confirm-gone', 'failed', still.detail, check), failure: still };
  const how = still.user?.active === false ? ' It was only deactivated.' : '';
  const detail = `DELETE ${path} succeeded, but GET ${path} still finds the user.${how} ${leftoverNote(run.email, userId)}`;
  return { step: stepRecord('confirm-gone', 'failed', detail, check), leftover: { code: 'cleanup-failed', detail } };
}
