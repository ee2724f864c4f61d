import type { State } from '../core/messages';
import { send } from './send';

interface Props {
  reset: State['resetNote'];
  onState: (state: State) => void;
  onError: (message: string) => void;
}

/** Stored state found damaged (or of a shape no release wrote) and reset: said once, until dismissed. */
export function ResetNote({ reset, onState, onError }: Props) {
  if (reset.length === 0) return null;
  return (
    <div role="alert" class="note reset-note">
      <p id="reset-note-text">Some saved progress could not be read and was reset: {reset.join(', ')}.</p>
      <button
        type="button"
        class="link-button"
        aria-describedby="reset-note-text"
        onClick={() =>
          void send({ type: 'popup/dismiss-reset-note' }).then((reply) =>
            reply.ok ? onState(reply.state) : onError(reply.message),
          )
        }
      >
        Dismiss
      </button>
    </div>
  );
}
