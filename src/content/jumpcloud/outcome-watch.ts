// After the admin clicks JumpCloud's own Test Connection or Activate: watch, for a bounded
// time, what the page shows (a toast, an alert, an inline message, the status badge), and
// report the first thing that reads as success or failure (core/outcome.ts); or nothing.
// One observer for the duration only; never a timer loop.
import { classifyOutcome, OUTCOME_TEXT_MAX, type OutcomeAction } from '../../core/outcome';
import { isOurs } from '../dom/ours';
import { isVisible } from '../dom/visibility';

/** JumpCloud's servers call the SCIM API before the page answers: allow them time. */
export const OUTCOME_MS = 20_000;

// Where consoles put what they say: roles, and the class names toast libraries use.
const NOTICE =
  '[role="alert"], [role="status"], [class*="toast" i], [class*="snackbar" i], [class*="notif" i], [class*="message" i], [class*="alert" i], [class*="badge" i], [class*="chip" i], [class*="tag" i]';

const textOf = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** An element of `el` (or `el`) whose text reads as an answer: where it is, and the text. */
function answerIn(el: Element): { at: Element; text: string } | null {
  if (isOurs(el)) return null;
  for (const candidate of [el, ...Array.from(el.querySelectorAll(NOTICE))]) {
    const text = textOf(candidate);
    if (text.length <= OUTCOME_TEXT_MAX && classifyOutcome(text) !== 'unknown') return { at: candidate, text };
  }
  return null;
}

export interface Watched {
  action: OutcomeAction;
  /** What JumpCloud said ("" when nothing readable came in time). */
  text: string;
  /** For a test: Group Management appeared meanwhile (JumpCloud shows it after a success). */
  groupManagementAppeared: boolean;
}

/**
 * Resolves with the first answer the page shows, or when `groupManagementShown()` turns true
 * after a test, or with nothing after OUTCOME_MS or when `signal` ends.
 */
export function watchOutcome(
  action: OutcomeAction,
  signal: AbortSignal,
  groupManagementShown: () => boolean,
): Promise<Watched> {
  const hadGroupManagement = groupManagementShown();
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (text: string, appeared = false): void => {
      observer.disconnect();
      clearTimeout(timer);
      signal.removeEventListener('abort', stop);
      resolve({ action, text, groupManagementAppeared: appeared });
    };
    const stop = (): void => finish('');
    // An answer put in the page hidden (to be shown by a transition, or pre-rendered and
    // toggled) counts once it is visible: it is kept until then.
    const pending = new Set<Element>();
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const nodes =
          record.type === 'childList'
            ? Array.from(record.addedNodes)
            : [record.type === 'characterData' ? record.target.parentElement : record.target];
        for (const node of nodes) if (node instanceof Element) pending.add(node);
      }
      for (const el of pending) {
        const answer = el.isConnected ? answerIn(el) : null;
        if (!answer) pending.delete(el);
        else if (isVisible(answer.at)) return finish(answer.text);
      }
      if (action === 'test-connection' && !hadGroupManagement && groupManagementShown()) finish('', true);
    });
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['style', 'class', 'hidden', 'aria-hidden'],
    });
    signal.addEventListener('abort', stop, { once: true });
    timer = setTimeout(stop, OUTCOME_MS);
  });
}
