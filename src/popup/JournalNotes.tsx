import { useState } from 'preact/hooks';
import { send } from './send';
import type { State } from '../core/messages';
import { cleanedNote, DELETE_BY_HAND, interruptedNote, leftoverAlert, leftoverHelp } from '../core/journal-text';
import { ActionButton } from './ActionButton';
import type { Run } from './types';

export const REMOVING = 'Removing the test user a run that did not finish left in Trelica…';

const clock = (at: number) => new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

interface Props {
  journal: State['journal'];
  tokenPresent: boolean;
  /** The token field as typed: "Remove test user" uses it first, like every run. */
  typedToken: string;
  busy: boolean;
  run: Run;
  onState: (state: State) => void;
}

/**
 * What the extension left half-way: a test user still in Trelica (an alert, with the way to
 * remove it by hand or in one click), a run cut short, and what was removed since.
 */
export function JournalNotes({ journal, tokenPresent, typedToken, busy, run, onState }: Props) {
  const [error, setError] = useState<string | null>(null);
  const { testUsers, interrupted, cleaned } = journal;
  if (testUsers.length === 0 && !interrupted && cleaned.length === 0 && !error) return null;

  const remove = () =>
    run(REMOVING, async () => {
      const reply = await send({
        type: 'popup/remove-test-users',
        ...(typedToken.trim() ? { token: typedToken } : {}),
      });
      if (!reply.ok) return setError(reply.message);
      setError(
        reply.results.length === 0 && reply.state.journal.testUsers.length > 0
          ? 'Nothing was removed: the extension has no token for this Trelica yet.'
          : null,
      );
      onState(reply.state);
    });
  const dismiss = () =>
    void send({ type: 'popup/dismiss-notes' }).then((reply) =>
      reply.ok ? onState(reply.state) : setError(reply.message),
    );

  return (
    <section aria-labelledby="journal-heading" class="journal">
      <h2 id="journal-heading">Left half-way</h2>
      {testUsers.length > 0 && (
        <div role="alert">
          {testUsers.map((entry) => (
            <p key={entry.runId} class="warning" data-leftover={entry.userName}>
              {leftoverAlert(entry, clock(entry.at))}
              {entry.lastAttempt && <span class="detail"> Last try: {entry.lastAttempt.detail}</span>}
            </p>
          ))}
          <p class="hint">{DELETE_BY_HAND}</p>
          <p class="hint">{leftoverHelp(tokenPresent || typedToken.trim() !== '')}</p>
          <ActionButton busy={busy} onClick={() => void remove()}>
            Remove test user
          </ActionButton>
        </div>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {(interrupted || cleaned.length > 0) && (
        <div role="status">
          {interrupted && <p class="note">{interruptedNote(interrupted, clock(interrupted.startedAt))}</p>}
          {cleaned.map((result) => (
            <p key={result.runId} class={result.outcome === 'failed' ? 'note error' : 'note'}>
              {cleanedNote(result)}
            </p>
          ))}
          <button type="button" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      )}
    </section>
  );
}
