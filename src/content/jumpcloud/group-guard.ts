// The Group Management guard. Trelica's SCIM server has no Groups, so activation fails while
// JumpCloud's "Enable management of User Groups and Group Membership" is on. Whenever that
// checkbox is on (it appears, ticked, after Test Connection, or the admin ticks it) a warning
// (role="alert") says so and offers "Turn off Group Management", which unticks it as a click
// would. Clicking "Activate" while it is on repeats the warning (explain.ts sees the click).
import type { GroupManagement } from '../../core/messages';
import { TURN_OFF_GROUP_MANAGEMENT } from '../button-labels';
import type { ScriptContext } from '../dom/context';
import { inDocument } from '../dom/deep';
import { findToggle, isToggleOn } from '../dom/find';
import { clickLikeUser } from '../dom/fill';
import { isVisible } from '../dom/visibility';
import { waitForElement } from '../dom/wait';
import { createPanel, type Panel } from '../panel';
import { GROUP_MANAGEMENT } from './selectors';

export const GUARD_WARNING =
  'Group Management is on. Trelica has no groups, so activation will fail while it is on. Turn Group Management off before you click "Activate".';

export interface GroupGuard {
  /** Looks at the page again; returns the checkbox state. */
  update(root: ParentNode | null): GroupManagement;
  /** The admin clicked JumpCloud's Activate: warn again while Group Management is on. */
  activating(): void;
  stop(): void;
}

export function createGroupGuard(ctx: ScriptContext, onChange: (state: GroupManagement) => void): GroupGuard {
  let control: HTMLElement | null = null;
  let state: GroupManagement = 'absent';
  let root: ParentNode | null = null;
  let panel: Panel | null = null;
  let listening: AbortController | null = null;

  const warn = (): void => {
    panel?.setStatus([]);
    panel?.setAlert({
      text: GUARD_WARNING,
      action: { label: TURN_OFF_GROUP_MANAGEMENT, onClick: () => void turnOff() },
    });
  };

  async function turnOff(): Promise<void> {
    const box = control;
    if (!box || !isToggleOn(box)) return;
    clickLikeUser(box);
    // Frameworks re-render on their next tick: wait for the page's own state to follow.
    await waitForElement(() => !isToggleOn(box), { signal: ctx.signal, timeoutMs: 800, near: box });
    update(root);
    if (state === 'on')
      panel?.setAlert({ text: `${GUARD_WARNING} It could not be turned off from here: untick it by hand.` });
  }

  function place(at: HTMLElement): void {
    panel ??= createPanel(document, { title: 'SCIM setup assistant: Group Management' });
    const light = inDocument(at);
    const anchor = light !== at ? light : (at.closest('label') ?? at.parentElement ?? at);
    if (panel.host.nextElementSibling !== anchor) anchor.insertAdjacentElement('beforebegin', panel.host);
  }

  function listen(): void {
    if (listening) return;
    listening = ctx.scope();
    const { signal } = listening;
    // Native checkboxes report changes only through events; role="checkbox" ones through
    // aria-checked, which the page watcher's observer sees.
    document.addEventListener(
      'change',
      (e) => {
        if (e.target === control) update(root);
      },
      { capture: true, signal },
    );
  }

  function update(nextRoot: ParentNode | null): GroupManagement {
    root = nextRoot;
    if (root) listen();
    // Light DOM first (cheap, every scan); a web component's switch lives in its shadow root.
    const found = root
      ? (findToggle(root, GROUP_MANAGEMENT) ?? findToggle(root, GROUP_MANAGEMENT, { deep: true }))
      : null;
    control = found && isVisible(found) ? found : null;
    const next: GroupManagement = control ? (isToggleOn(control) ? 'on' : 'off') : 'absent';
    const previous = state;
    state = next;
    if (next === 'on' && control) {
      place(control);
      if (previous !== 'on') warn();
    } else if (panel) {
      if (next === 'off' && previous === 'on') {
        panel.setAlert(null);
        panel.setStatus(['Group Management is off. You can click "Activate".']);
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
    activating() {
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
