// What JumpCloud's "Activate" does, step by step, with the admin's test email: look the user up,
// create it, update it with one PatchOp, delete it, and check it is gone (rehearsal-steps.ts).
// Once a user exists in Trelica, the delete is always attempted, whatever failed before: a
// rehearsal must not leave a stray user behind, and when it cannot help it, it says which one
// (cleanup-failed + userId).
import { checkTestEmail, describeEmailProblem } from '../email';
import { openScimClient, type ScimRunOptions } from './inputs';
import { scrub } from './redact';
import {
  checkAbsent,
  confirmGone,
  createUser,
  deleteUser,
  stepRecord,
  updateUser,
  type Removal,
  type Run,
  type StepDone,
  type Verdict,
} from './rehearsal-steps';
import { REHEARSAL_STEP_IDS, type RehearsalResult, type RehearsalStep, type RehearsalStepId } from './results';
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
}

/** A client and the checked test email, or the verdict refusing the inputs. */
function prepare(options: RehearsalOptions, now: () => number): { ok: true; run: Run } | (Verdict & { ok: false }) {
  const opened = openScimClient(options, now);
  if (!opened.ok) return opened;
  const domains = options.registeredDomains ?? null;
  const check = checkTestEmail(options.testEmail, domains);
  const problem = check.problems[0];
  if (problem !== undefined || check.email === null) {
    const code = problem === 'domain-not-registered' ? 'domain-not-registered' : 'email-invalid';
    return { ok: false, code, detail: describeEmailProblem(problem ?? 'invalid', domains) };
  }
  return { ok: true, run: { client: opened.client, email: check.email, now } };
}

/** A stray user matters most; the first failure explains it, so it leads the sentence. */
function overallVerdict(email: string, failure: Verdict | undefined, removal: Removal | undefined): Verdict {
  const leftover = removal?.leftover;
  if (leftover)
    return { ...leftover, detail: failure ? `${failure.detail} Then: ${leftover.detail}` : leftover.detail };
  const ok: Verdict = {
    code: 'ok',
    detail: `Created, updated and deleted the test user ${email}: JumpCloud's Activate should work with this test email.`,
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
        steps: REHEARSAL_STEP_IDS.map((id) => steps.get(id) ?? stepRecord(id, 'skipped', 'Not reached.')),
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
  const { secrets } = run.client;

  const absent = record(await checkAbsent(run));
  if (absent.failure) return finish(absent.failure, email, undefined, secrets);

  const journal = options.journal;
  await journal?.creating({ userName: email, baseUrl: run.client.baseUrl });
  const created = record(await createUser(run));
  const { userId } = created;
  let updated: StepDone | undefined;
  let removal: Removal | undefined;
  if (userId === undefined) {
    // Left open when the create may have happened unseen: the journal's cleanup looks again.
    if (created.surelyAbsent) await journal?.gone();
    record({ step: stepRecord('delete', 'skipped', 'No test user was created, so there is nothing to delete.') });
  } else {
    await journal?.created(userId);
    // The test user exists from here on: it is deleted here, once, whatever the update does.
    // A create that failed but left the user anyway is not updated, only deleted.
    try {
      if (!created.failure) updated = record(await updateUser(run, userId));
    } finally {
      const deleted = record(await deleteUser(run, userId));
      removal = deleted.leftover ? deleted : record(await confirmGone(run, userId));
    }
    if (removal?.step.outcome === 'passed') await journal?.gone();
  }
  return finish(overallVerdict(email, created.failure ?? updated?.failure, removal), email, userId, secrets);
}
