// The test users the journal says the extension created and has not seen gone: removed at once
// when the token that created them is at hand (a background start, a popup opening, a capture),
// or when the admin asks with any token ("Remove test user"). Each removal is a gated run, so it
// never races the run that created the user, nor a second removal.
import * as J from '../core/journal';
import { removeTestUser } from '../core/scim/cleanup';
import type { CleanupResult } from '../core/scim/results';
import type { Deps } from './handlers';
import type { ScimRuns } from './scim-runs';

/** Removal results kept for the popup to report, newest last. */
const MAX_REPORTED = 5;

export interface TestUsers {
  /**
   * Removes the journal's open test users. `typed`: a token the admin gave for this (any token
   * then, on the admin's word); without one, only the stored token that created each user.
   */
  remove(options: { typed?: string | undefined; runId?: string | undefined }): Promise<CleanupResult[]>;
}

export function testUsers(deps: Deps, runs: ScimRuns): TestUsers {
  const { journal, vault, now } = deps;

  async function tokenFor(entry: J.TestUserEntry, typed: string | undefined): Promise<string | null> {
    if (typed?.trim()) return typed;
    const stored = await vault.get();
    if (!stored) return null;
    // Another token may open another organization at the same Base URL, where a lookup would
    // find no one and close the entry on a user still there.
    return entry.tokenFingerprint === null || stored.fingerprint === entry.tokenFingerprint ? stored.token : null;
  }

  async function removeOne(entry: J.TestUserEntry, token: string): Promise<CleanupResult | null> {
    const answer = await runs.gated('cleanup', { baseUrl: entry.baseUrl, token }, () =>
      removeTestUser({ baseUrl: entry.baseUrl, token, entry, fetch: deps.fetch, now }),
    );
    // Another run holds the Base URL: this entry waits for the next chance.
    if (!answer.ok) return null;
    const result = answer.result;
    const { code, detail, at } = result;
    const others = (cleaned: J.Journal['cleaned']) => cleaned.filter((r) => r.runId !== result.runId);
    await journal.update((j) => {
      const recorded =
        result.outcome === 'failed' ? J.onAttempt(j, entry.runId, { at, code, detail }) : J.onGone(j, entry.runId);
      return { ...recorded, cleaned: [...others(recorded.cleaned), result].slice(-MAX_REPORTED) };
    });
    return result;
  }

  return {
    async remove({ typed, runId }) {
      const open = J.leftovers(await journal.read(), runs.running()).filter((e) => !runId || e.runId === runId);
      const results: CleanupResult[] = [];
      for (const entry of open) {
        const token = await tokenFor(entry, typed);
        if (token === null) continue;
        const result = await removeOne(entry, token);
        if (result) results.push(result);
      }
      return results;
    },
  };
}
