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
  onOpen: (url: string) => void;
}

export function Checklist({ items, error, onTick, onGrant, onOpen }: Props) {
  return (
    <section aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">Setup checklist</h2>
      {error && <p role="alert" class="error">{error}</p>}
      <ol aria-label="Setup checklist" class="checklist">
        {items.map((item) => (
          <Step key={item.id} item={item} onTick={onTick} onGrant={onGrant} onOpen={onOpen} />
        ))}
      </ol>
    </section>
  );
}

function Step({ item, onTick, onGrant, onOpen }: Omit<Props, 'items' | 'error'> & { item: ChecklistItem }) {
  const titleId = `step-${item.id}`;
  const link = item.link;
  return (
    <li data-step={item.id} data-state={item.state} class={`step step-${item.state}`} aria-labelledby={titleId}>
      <div class="step-head">
        <span class="step-icon" aria-hidden="true">
          {STATE_ICONS[item.state]}
        </span>
        <h3 id={titleId}>{item.title}</h3>
        <span class="badge">{STATE_WORDS[item.state]}</span>
      </div>
      <p class="instruction">{item.instruction}</p>
      <p class="why">{item.why}</p>
      {item.note && <p class="note">{item.note}</p>}
      <div class="step-actions">
        {item.id === 'grant-access' && (
          <button type="button" onClick={onGrant}>
            Grant access
          </button>
        )}
        {link && (
          <a
            href={link}
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
    </li>
  );
}
