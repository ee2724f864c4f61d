import { fieldName, rememberedRows } from '../core/locators';
import type { State } from '../core/messages';
import { send } from './send';

interface Props {
  remembered: State['remembered'];
  onState: (state: State) => void;
  onError: (message: string) => void;
}

/** Fields the admin picked by hand on a console: what was remembered, and a way to forget it. */
export function RememberedFields({ remembered, onState, onError }: Props) {
  const rows = rememberedRows(remembered);
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="remembered-heading">
      <h2 id="remembered-heading">Fields you picked</h2>
      <p class="hint">Looked for there first on that console, as long as they keep their label. No value is kept.</p>
      <ul class="remembered">
        {rows.map(({ origin, field, label }) => {
          const id = `remembered-${new URL(origin).host.replace(/\W/g, '-')}-${field}`;
          return (
            <li key={id}>
              <span id={id}>
                {fieldName(origin, field)} on {new URL(origin).host}
                {label && <> (labelled “{label}”)</>}
              </span>{' '}
              <button
                type="button"
                class="link-button"
                aria-describedby={id}
                onClick={() =>
                  void send({ type: 'popup/forget-field', origin, field }).then((reply) =>
                    reply.ok ? onState(reply.state) : onError(reply.message),
                  )
                }
              >
                Forget
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
