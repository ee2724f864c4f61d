// Removing a test user the journal (core/journal.ts) says the extension created, after the run
// that created it was cut short or could not delete it. Careful by design: the user is found by
// its userName, and deleted only when it is the one the journal names (its id, or, when the run
// died before Trelica's answer, the rehearsal's own name on an address that the lookup before
// the create found free). Anyone else is left alone. Then its absence is confirmed.
import type { DiagnosisCode } from '../diagnosis';
import type { TestUserEntry } from '../journal';
import { JUMPCLOUD } from './dialects/jumpcloud';
import { filterPath } from './paths';
import { classify } from './classify';
import { openScimClient, type ScimRunOptions } from './inputs';
import { scrub } from './redact';
import type { CleanupOutcome, CleanupResult } from './results';
import { confirmGone, deleteUser, isNamed, REHEARSAL_NAME, type Run } from './rehearsal-steps';

export interface CleanupOptions extends ScimRunOptions {
  entry: TestUserEntry;
}

const REHEARSAL_FAMILY_NAMES: readonly string[] = [REHEARSAL_NAME.familyName, REHEARSAL_NAME.updatedFamilyName];

/** Whether this user is the one the journal entry says the extension created. */
export function isJournalled(entry: TestUserEntry, user: { id?: unknown; name?: unknown }): boolean {
  if (entry.userId !== undefined) return user.id === entry.userId;
  // The run stopped before Trelica's answer: the address was free just before the create, and
  // the user carries the name the rehearsal gives. Without both, it is not provably ours.
  const name = user.name as { givenName?: unknown; familyName?: unknown } | undefined;
  return (
    entry.absentBefore &&
    name?.givenName === REHEARSAL_NAME.givenName &&
    REHEARSAL_FAMILY_NAMES.includes(String(name.familyName))
  );
}

export async function removeTestUser(options: CleanupOptions): Promise<CleanupResult> {
  const now = options.now ?? (() => Date.now());
  const { entry } = options;
  const who = entry.userName;
  const result = (outcome: CleanupOutcome, code: DiagnosisCode, detail: string, secrets: readonly string[] = []) =>
    scrub({ runId: entry.runId, userName: who, outcome, code, detail, at: now() }, secrets);

  const opened = openScimClient(options, now);
  if (!opened.ok) return result('failed', opened.code, opened.detail);
  const { client } = opened;
  if (client.baseUrl !== entry.baseUrl) {
    const detail = `The test user ${who} was created under ${entry.baseUrl}, not ${client.baseUrl}: it can only be removed there.`;
    return result('failed', 'url-wrong-path', detail);
  }
  // Only the extension's own calls (lookup, DELETE, GET): no IdP's dialect is replayed here.
  const run: Run = { client, email: who, now, dialect: JUMPCLOUD, random: '' };
  const lookup = await client.request('GET', filterPath(who));
  const found = classify(lookup, 'list', now(), client.secrets);
  if (!found.ok) return result('failed', found.code, `Looking up ${who}: ${found.detail}`, client.secrets);
  const user = found.list?.Resources?.find(isNamed(who));
  if (!user) return result('already-gone', 'ok', `Trelica has no user ${who}: nothing is left behind.`);
  if (!isJournalled(entry, user)) {
    const detail = `Trelica has a user ${who} (id ${String(user.id)}), but not the one the extension created: it was left alone.`;
    return result('not-ours', 'ok', detail, client.secrets);
  }
  const id = String(user.id);
  const removal = await deleteUser(run, id);
  const confirmed = removal.leftover ? removal : await confirmGone(run, id);
  const failure = confirmed.leftover ?? confirmed.failure;
  if (failure) return result('failed', failure.code, failure.detail, client.secrets);
  return result('removed', 'ok', `Removed the test user ${who} (id ${id}) from Trelica.`, client.secrets);
}
