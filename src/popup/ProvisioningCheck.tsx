import { useState } from 'preact/hooks';
import { send } from './send';
import type { PopupFields } from '../core/fields';
import type { ProvisioningCheck as Check } from '../core/scim/results';
import { ActionButton } from './ActionButton';
import { RunVerdict } from './Verdict';
import { useScimRun } from './useScimRun';
import type { Run } from './types';

interface Props {
  fields: PopupFields;
  busy: boolean;
  run: Run;
  /** When the chosen IdP's users reach Trelica (its profile's words). */
  hint: string;
}

/** Once the setup is saved: how many users Trelica holds over SCIM, and the newest. Read-only. */
export function ProvisioningCheck({ fields, busy, run, hint }: Props) {
  const [result, setResult] = useState<Check | null>(null);
  const { refusal, start } = useScimRun(
    run,
    'Reading the users Trelica holds…',
    () =>
      send({
        type: 'popup/check-provisioning',
        baseUrl: fields.baseUrl,
        ...(fields.token.trim() ? { token: fields.token } : {}),
      }),
    setResult,
  );
  return (
    <section aria-labelledby="provisioning-heading">
      <h2 id="provisioning-heading">Provisioning check</h2>
      <p class="hint">Reads (never changes) the users Trelica holds over SCIM: {hint}</p>
      <ActionButton busy={busy} onClick={() => void start()}>
        Check provisioning
      </ActionButton>
      <RunVerdict label="Provisioning check verdict" refusal={refusal} result={result} stale={[]} />
      {!refusal && result && result.users.length > 0 && (
        <ul aria-label="Users in Trelica, newest first" class="recent-users">
          {result.users.map((user) => (
            <li key={user.userName}>
              {user.userName}
              {user.changed && <span class="hint"> ({new Date(user.changed).toLocaleString()})</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
