// What the IdP does when a user is assigned, step by step, with the admin's test email, in the
// IdP's dialect (dialects/): look the user up, create it, then what the IdP does next (JumpCloud:
// one PatchOp; Okta: read back, then GET and PUT to update and to deactivate; Entra: PATCH to
// update and to disable), then the extension deletes its test user and checks it is gone.
// Once a user exists in Trelica, the delete is always attempted, whatever failed before: a
// rehearsal must not leave a stray user behind, and when it cannot help it, it says which one
// (cleanup-failed + userId).
import { checkTestEmail, describeEmailProblem } from '../email';
import { randomHex } from '../random';
import { dialectFor, stepsOf, type Dialect, type DialectId } from './dialects';
import { openScimClient, type ScimRunOptions } from './inputs';
import { scrub } from './redact';
import { changesAfterCreate } from './rehearsal-changes';
import {
  checkAbsent,
  confirmGone,
  createUser,
  deleteUser,
  stepRecord,
  type Removal,
  type Run,
  type StepDone,
  type Verdict,
} from './rehearsal-steps';
import type { RehearsalResult, RehearsalStep, RehearsalStepId } from './results';
import { describeTested } from '../tested';

export { REHEARSAL_NAME } from './rehearsal-steps';

/**
 * Where the run records the test user it creates (core/journal.ts), so a run cut short leaves a
 * name behind rather than a stray account. `creating` is awaited before the create is sent: if
 * it fails, nothing is created.
 */
export interface CreateJournal {
  creating(entry: { userName: string; baseUrl: string }): Promise<void>;
  created(userId: string): Promise<void>;
  /** The test user is confirmed gone, or was surely never created. */
  gone(): Promise<void>;
}

export interface RehearsalOptions extends ScimRunOptions {
  /** As the admin gave it: checked here before anything is sent. */
  testEmail: string;
  /** Domains ticked for "User requests" in Trelica; null or absent when unknown. */
  registeredDomains?: readonly string[] | null;
  journal?: CreateJournal;
  /** The IdP whose calls are replayed; JumpCloud when absent. */
  dialect?: DialectId;
  /** Hex for ids the IdP makes up (Okta's externalId; tests pass a fixed one). */
  random?: () => string;
}

/** A client and the checked test email, or the verdict refusing the inputs. */
function prepare(options: RehearsalOptions, now: () => number): { ok: true; run: Run } | (Verdict & { ok: false }) {
  const dialect = dialectFor(options.dialect, options.baseUrl);
  const opened = openScimClient(options, now, dialect.headers);
  if (!opened.ok) return opened;
  const domains = options.registeredDomains ?? null;
  const check = checkTestEmail(options.testEmail, domains);
  const problem = check.problems[0];
  if (problem !== undefined || check.email === null) {
    const code = problem === 'domain-not-registered' ? 'domain-not-registered' : 'email-invalid';
    return { ok: false, code, detail: describeEmailProblem(problem ?? 'invalid', domains) };
  }
  const random = options.random?.() ?? randomHex(16);
  return { ok: true, run: { client: opened.client, email: check.email, now, dialect, random } };
}

const PAST: Partial<Record<RehearsalStepId, string>> = {
  create: 'Created',
  'read-back': 'read back',
  update: 'updated',
  deactivate: 'deactivated',
  delete: 'deleted',
};

/** "Created, updated and deleted": what a passing run did, in order. */
function doneWords(dialect: Dialect): string {
  const words = stepsOf(dialect).flatMap((id) => PAST[id] ?? []);
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** A stray user matters most; the first failure explains it, so it leads the sentence. */
function overallVerdict(run: Run, failure: Verdict | undefined, removal: Removal | undefined): Verdict {
  const leftover = removal?.leftover;
  if (leftover)
    return { ...leftover, detail: failure ? `${failure.detail} Then: ${leftover.detail}` : leftover.detail };
  const ok: Verdict = {
    code: 'ok',
    detail: `${doneWords(run.dialect)} the test user ${run.email}: ${run.dialect.action} should work with this test email.`,
  };
  return failure ?? removal?.failure ?? ok;
}

export async function runRehearsal(options: RehearsalOptions): Promise<RehearsalResult> {
  const now = options.now ?? (() => Date.now());
  const tested = await describeTested(options);
  const steps = new Map<RehearsalStepId, RehearsalStep>();
  const record = <T extends StepDone>(done: T): T => {
    steps.set(done.step.id, done.step);
    return done;
  };
  const stepIds = stepsOf(dialectFor(options.dialect, options.baseUrl));
  const finish = (
    verdict: Verdict,
    testEmail: string,
    userId?: string,
    secrets: readonly string[] = [],
  ): RehearsalResult =>
    scrub(
      {
        kind: 'rehearsal',
        verdict: verdict.code,
        detail: verdict.detail,
        testEmail: testEmail.slice(0, 320),
        ...(userId === undefined ? {} : { userId }),
        steps: stepIds.map((id) => steps.get(id) ?? stepRecord(id, 'skipped', 'Not reached.')),
        ...(verdict.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: verdict.retryAfterSeconds }),
        tested,
        at: now(),
      },
      secrets,
    );

  // Nothing is sent until the Base URL, the token and the test email all pass their checks.
  const ready = prepare(options, now);
  if (!ready.ok) return finish(ready, options.testEmail.trim());
  const { run } = ready;
  const { email } = run;
  // The dialect's own values (Okta's placeholder password) are never quoted back either.
  const secrets = [...run.client.secrets, ...run.dialect.secrets];

  const absent = record(await checkAbsent(run));
  if (absent.failure) return finish(absent.failure, email, undefined, secrets);

  const journal = options.journal;
  await journal?.creating({ userName: email, baseUrl: run.client.baseUrl });
  const created = record(await createUser(run));
  const { userId } = created;
  let changeFailure: Verdict | undefined;
  let removal: Removal | undefined;
  if (userId === undefined) {
    // Left open when the create may have happened unseen: the journal's cleanup looks again.
    if (created.surelyAbsent) await journal?.gone();
    record({ step: stepRecord('delete', 'skipped', 'No test user was created, so there is nothing to delete.') });
  } else {
    await journal?.created(userId);
    // The test user exists from here on: it is deleted here, once, whatever the changes do.
    // A create that failed but left the user anyway is not changed, only deleted.
    try {
      if (!created.failure) changeFailure = await changesAfterCreate(run, userId, record);
    } finally {
      const deleted = record(await deleteUser(run, userId));
      removal = deleted.leftover ? deleted : record(await confirmGone(run, userId));
    }
    if (removal?.step.outcome === 'passed') await journal?.gone();
  }
  return finish(overallVerdict(run, created.failure ?? changeFailure, removal), email, userId, secrets);
}
