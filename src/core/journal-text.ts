// What the popup says about the journal (core/journal.ts): a test user left in Trelica, a run cut
// short, what was removed. Words only; the popup formats the times it is given.
import type { InterruptedRun, RunKind, TestUserEntry } from './journal';
import type { CleanupResult } from './scim/results';

const RUN_NAMES: Readonly<Record<RunKind, string>> = {
  'connection-test': 'connection test',
  rehearsal: 'activation rehearsal',
  'provisioning-check': 'provisioning check',
  cleanup: 'removal of a leftover test user',
};

/** Where an admin deletes a user by hand, in Trelica's own words. */
export const DELETE_BY_HAND =
  'To delete it by hand: in Trelica, open the People page, search for the address, open that person and delete them.';

export function leftoverAlert(entry: TestUserEntry, time: string): string {
  return `A test user the extension created is still in Trelica: ${entry.userName} (created at ${time} under ${entry.baseUrl}). Its rehearsal did not get to delete it.`;
}

/** What the admin can do to let the extension remove it, given whether a token is at hand. */
export function leftoverHelp(tokenPresent: boolean): string {
  return tokenPresent
    ? 'Click "Remove test user": the extension finds it by its address and deletes it only if it is the one it created.'
    : 'Capture the token on Trelica\'s SCIM page ("Send to the extension") or paste it under Bearer token, then click "Remove test user".';
}

export function interruptedNote(run: InterruptedRun, time: string): string {
  const email = run.testEmail ? ` with ${run.testEmail}` : '';
  return `The ${RUN_NAMES[run.kind]}${email} started at ${time} did not finish: the browser or the extension stopped during it. Run it again when you are ready.`;
}

export function cleanedNote(result: CleanupResult): string {
  switch (result.outcome) {
    case 'removed':
      return `Removed the test user ${result.userName}, which a run that did not finish had left in Trelica.`;
    case 'already-gone':
      return `The test user ${result.userName} is no longer in Trelica: nothing was left behind.`;
    case 'not-ours':
      return `${result.detail} Check it in Trelica if you do not know it.`;
    case 'failed':
      return `Could not remove the test user ${result.userName}: ${result.detail}`;
  }
}
