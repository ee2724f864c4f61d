// What both content scripts do when the extension goes away under the page (reloaded or
// updated: "Extension context invalidated") or answers at all: one place, so both say the same.
import { isInvalidationError, type ScriptContext } from './dom/context';
import type { Panel } from './panel';

export const RELOADED = 'The extension was reloaded or updated. Reload this page to use it again.';

export interface Lifecycle {
  /** For fire-and-forget messages: a reply saying the extension is gone ends the script. */
  tell(reply: { ok: boolean; message?: string }): void;
  /**
   * For a click's reply: true when the extension is gone, after the panel says so for good
   * (it then stays when the script ends; see keepsPanel).
   */
  gone(reply: { ok: boolean; message?: string }, panel: Panel): boolean;
  /** Whether a panel must stay to tell the admin the extension went away. */
  readonly keepsPanel: boolean;
}

export function lifecycle(ctx: ScriptContext): Lifecycle {
  let keep = false;
  const dead = (reply: { ok: boolean; message?: string }) =>
    !reply.ok && Boolean(reply.message) && isInvalidationError(reply.message!);
  return {
    tell(reply) {
      if (dead(reply)) ctx.abort();
    },
    gone(reply, panel) {
      if (!dead(reply)) return false;
      panel.disable(RELOADED);
      keep = true;
      ctx.abort();
      return true;
    },
    get keepsPanel() {
      return keep;
    },
  };
}
