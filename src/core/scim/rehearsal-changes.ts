// The rehearsal's steps between the create and the cleanup: reading the new user back, and the
// changes the IdP makes to it (a profile update, a deactivation) in its own dialect: one PATCH,
// or a GET and a whole-object PUT. A server that refuses the dialect's form gets the dialect's
// own diagnosis (put-refused, patch-refused), never a vague "not SCIM".
import type { Change } from './dialects';
import type { Exchange } from './client';
import { excerpt } from './redact';
import { scimErrorOf, type Classified } from './classify';
import type { RehearsalStepId } from './results';
import { judge, newUserOf, stepRecord, userPath, type Run, type StepDone } from './rehearsal-steps';

/** Statuses that mean "not this method" (405, 501) or "not this body" (400). */
const REFUSALS = new Set([400, 405, 501]);

/** The IdP's change, refused: 400 (the body's form), 405 or 501 (the method). */
function refusal(run: Run, exchange: Exchange): Classified | undefined {
  const code = run.dialect.refusedCode;
  const { outcome } = exchange;
  if (code === undefined || outcome.kind !== 'answer' || !REFUSALS.has(outcome.status)) return undefined;
  const words = scimErrorOf(outcome)?.detail ?? (outcome.json === undefined ? '' : outcome.text);
  const said = words ? ` The server said: "${excerpt(words, run.client.secrets, 120)}".` : '';
  return {
    ok: false,
    code,
    detail: `${exchange.method} ${exchange.path} answered ${outcome.status}: ${run.dialect.action} would fail here.${said}`,
  };
}

/** read-back: Okta reads the user it created before it records the assignment. */
export async function readBack(run: Run, userId: string): Promise<StepDone> {
  const read = await run.client.request('GET', userPath(userId));
  const user = judge(run, read, 'user');
  if (!user.ok) return { failure: user, step: stepRecord('read-back', 'failed', user.detail, read) };
  return { step: stepRecord('read-back', 'passed', `GET ${read.path} found the new user.`, read) };
}

/** update or deactivate, as the dialect sends it. */
export async function changeUser(run: Run, userId: string, id: RehearsalStepId, change: Change): Promise<StepDone> {
  const path = userPath(userId);
  const fail = (verdict: Classified & { ok: false }, exchange: Exchange): StepDone => ({
    failure: verdict,
    step: stepRecord(id, 'failed', verdict.detail, exchange),
  });
  let body: unknown;
  if (change.kind === 'patch') body = change.body;
  else {
    const read = await run.client.request('GET', path);
    const current = judge(run, read, 'user');
    if (!current.ok) return fail(current, read);
    body = change.change(read.outcome.kind === 'answer' ? (read.outcome.json as Record<string, unknown>) : {});
  }
  const method = change.kind === 'patch' ? 'PATCH' : 'PUT';
  const sent = await run.client.request(method, path, body);
  const refused = refusal(run, sent);
  if (refused && !refused.ok) return fail(refused, sent);
  // A PATCH may answer 204 with no body; Okta reads the user a PUT returns.
  const judged = judge(run, sent, change.kind === 'patch' ? 'user-or-empty' : 'user');
  if (!judged.ok) return fail(judged, sent);
  return { step: stepRecord(id, 'passed', change.done, sent) };
}

/** The dialect's changes after the create, in order; the first failure stops them. */
export async function changesAfterCreate(run: Run, userId: string, record: (done: StepDone) => StepDone) {
  const { dialect } = run;
  if (dialect.readBack) {
    const read = record(await readBack(run, userId));
    if (read.failure) return read.failure;
  }
  const updated = record(await changeUser(run, userId, 'update', dialect.update(newUserOf(run))));
  if (updated.failure || !dialect.deactivate) return updated.failure;
  return record(await changeUser(run, userId, 'deactivate', dialect.deactivate)).failure;
}
