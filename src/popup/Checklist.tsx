import type { ChecklistItem, StepState } from '../core/checklist';
import type { StepId } from '../core/steps';

const STATE_WORDS: Readonly<Record<StepState, string>> = {
  done: 'Done',
  todo: 'To do',
  warning: 'Check this',
  blocked: 'Waiting',
};

const STATE_ICONS: Readonly<Record<StepState, string>> = { done: '✓', todo: '○', warning: '!', blocked: '–' };

interface Props {
  items: ChecklistItem[];
  error: string | null;
  onTick: (step: StepId, done: boolean) => void;
  onGrant: () => void;
  /** The chosen IdP's name, and the request for its console hosts ("grant-idp-access"). */
  idpName: string;
  onGrantIdp: () => void;
  onOpen: (url: string) => void;
}

export function Checklist({ items, error, ...actions }: Props) {
  // At a glance: warnings and the next thing to do are open; the rest is one line each.
  const next = items.find((i) => i.state === 'todo' || i.state === 'warning')?.id;
  const done = items.filter((i) => i.state === 'done').length;
  return (
    <section aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">Setup checklist</h2>
      <p class="hint">
        {done} of {items.length} steps done.
      </p>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <ol aria-label="Setup checklist" class="checklist">
        {items.map((item) => (
          <Step key={item.id} item={item} open={item.state === 'warning' || item.id === next} {...actions} />
        ))}
      </ol>
    </section>
  );
}

type StepProps = Omit<Props, 'items' | 'error'> & { item: ChecklistItem; open: boolean };

function Step({ item, open, onTick, onGrant, idpName, onGrantIdp, onOpen }: StepProps) {
  const titleId = `step-${item.id}`;
  const link = item.link;
  return (
    <li data-step={item.id} data-state={item.state} class={`step step-${item.state}`} aria-labelledby={titleId}>
      <details open={open}>
        <summary class="step-head">
          <span class="step-icon" aria-hidden="true">
            {STATE_ICONS[item.state]}
          </span>
          <h3 id={titleId}>{item.title}</h3>
          <span class="badge">{STATE_WORDS[item.state]}</span>
        </summary>
        <p class="instruction">{item.instruction}</p>
        <p class="why">{item.why}</p>
        {item.note && <p class="note">{item.note}</p>}
        <div class="step-actions">
          {item.id === 'grant-access' && (
            <button type="button" onClick={onGrant}>
              Grant access
            </button>
          )}
          {item.id === 'grant-idp-access' && (
            <button type="button" onClick={onGrantIdp}>
              Allow access to {idpName}
            </button>
          )}
          {link && (
            <a
              href={link}
              aria-describedby={titleId}
              target="_blank"
              rel="noreferrer"
              onClick={(event) => {
                event.preventDefault();
                onOpen(link);
              }}
            >
              Open {item.linkLabel}
            </a>
          )}
          {item.canTick && (
            <label class="tick">
              <input
                type="checkbox"
                aria-label={`Mark done: ${item.title}`}
                checked={item.state === 'done'}
                onChange={(event) => onTick(item.id, event.currentTarget.checked)}
              />
              Mark done
            </label>
          )}
        </div>
      </details>
    </li>
  );
}
