// A guard on one setting that must stay off (JumpCloud's Group Management, Okta's "Push
// Groups": Trelica's SCIM server has no Groups). Whenever the box is on, a warning
// (role="alert") beside it says so and offers a one-click fix, which unticks it as a person's
// click would; when it goes off, the panel says so; when it disappears, so does the panel.
import type { ScriptContext } from './dom/context';
import { inDocument } from './dom/deep';
import { isToggleOn } from './dom/find';
import { clickLikeUser } from './dom/fill';
import { waitForElement } from './dom/wait';
import { createPanel, type Panel } from './panel';

export type ToggleState = 'on' | 'off' | 'absent';

/** What the guard says: its panel's title, the warning while the box is on, the fix's button,
 *  and what it says once the box is off. A tuple, not an object: its names then cost nothing
 *  in the build (each content script is held to 12 KB gzip). */
export type GuardWords = readonly [title: string, warning: string, fix: string, off: string];

export interface ToggleGuard {
  /** Looks at the page again; returns the box's state. */
  update(root: ParentNode | null): ToggleState;
  /** The admin clicked the console's button that would fail: warn again while it is on. */
  warnAgain(): void;
  stop(): void;
}

/** `find` returns the box only when a person can see it (or its label standing in for it). */
export function createToggleGuard(
  ctx: ScriptContext,
  find: (root: ParentNode) => HTMLElement | null,
  words: GuardWords,
  onChange: (state: ToggleState) => void,
): ToggleGuard {
  const [title, warning, fix, off] = words;
  let control: HTMLElement | null = null;
  let state: ToggleState = 'absent';
  let root: ParentNode | null = null;
  let panel: Panel | null = null;
  let listening: AbortController | null = null;

  const warn = (): void => {
    panel?.setStatus([]);
    panel?.setAlert({ text: warning, action: { label: fix, onClick: () => void turnOff() } });
  };

  async function turnOff(): Promise<void> {
    const box = control;
    if (!box || !isToggleOn(box)) return;
    // A click on the box itself toggles it even when a styled label stands in for it on screen.
    clickLikeUser(box);
    // Frameworks re-render on their next tick: wait for the page's own state to follow.
    await waitForElement(() => !isToggleOn(box), { signal: ctx.signal, timeoutMs: 800, near: box });
    update(root);
    if (state === 'on') panel?.setAlert({ text: `${warning} The extension could not: untick it by hand.` });
  }

  function place(at: HTMLElement): void {
    panel ??= createPanel(document, { title: title });
    const light = inDocument(at);
    const anchor = light !== at ? light : (at.closest('label') ?? at.parentElement ?? at);
    if (panel.host.nextElementSibling !== anchor) anchor.insertAdjacentElement('beforebegin', panel.host);
  }

  function listen(): void {
    if (listening) return;
    listening = ctx.scope();
    // Native checkboxes report changes only through events; role="checkbox" ones through
    // aria-checked, which the page watcher's observer sees.
    document.addEventListener('change', (e) => e.target === control && update(root), {
      capture: true,
      signal: listening.signal,
    });
  }

  function update(nextRoot: ParentNode | null): ToggleState {
    root = nextRoot;
    if (root) listen();
    control = root && find(root);
    const next: ToggleState = control ? (isToggleOn(control) ? 'on' : 'off') : 'absent';
    const previous = state;
    state = next;
    if (next === 'on' && control) {
      place(control);
      if (previous !== 'on') warn();
    } else if (panel) {
      if (next === 'off' && previous === 'on') {
        panel.setAlert(null);
        panel.setStatus([off]);
      } else if (next === 'absent') {
        panel.remove();
        panel = null;
      }
    }
    if (next !== previous) onChange(next);
    return next;
  }

  return {
    update,
    warnAgain() {
      if (state === 'on') warn();
    },
    stop() {
      listening?.abort();
      listening = null;
      panel?.remove();
      panel = null;
      control = null;
      root = null;
      state = 'absent';
    },
  };
}
