// JumpCloud's own buttons, watched: when the admin clicks Test Connection or Activate, say at
// once what changed in the form since the fill (drift), then read what JumpCloud shows, record
// it, and after a failure offer "Find out why": the extension's own run on the form's values,
// its diagnosis shown in the page.
import { judgeOutcome, type OutcomeAction } from '../../core/outcome';
import { FIND_OUT_WHY } from '../button-labels';
import { send } from '../send';
import type { ScriptContext } from '../dom/context';
import { BUTTON } from '../dom/find';
import { buttonText, matchIndex } from '../dom/text';
import type { Lifecycle } from '../lifecycle';
import type { Panel } from '../panel';
import { formValues } from './form';
import { watchOutcome } from './outcome-watch';
import { ACTIVATE, TEST_CONNECTION } from './selectors';

export interface Watching {
  /** The panel and the form of the tab on screen, or null when it is not. */
  here(): { panel: Panel; root: HTMLElement } | null;
  /** Whether Group Management is on screen (JumpCloud shows it after a successful test). */
  groupManagementShown(): boolean;
  /** Activate was clicked (the Group Management guard warns again). */
  activating(): void;
}

export function watchJumpCloudButtons(ctx: ScriptContext, life: Lifecycle, watching: Watching): void {
  let watch: AbortController | null = null;

  async function findOutWhy(action: OutcomeAction, panel: Panel, root: HTMLElement): Promise<void> {
    panel.setBusy(true);
    panel.setStatus([
      action === 'activate'
        ? 'Rehearsing Activate in Trelica with the values in this form…'
        : 'Testing the connection with the values in this form…',
    ]);
    try {
      const reply = await send({ type: 'jumpcloud/find-out-why', action, ...formValues(root) });
      if (life.gone(reply, panel)) return;
      panel.setStatus(reply.ok ? [] : [reply.message], reply.ok ? 'info' : 'error');
      panel.setDiagnosis(reply.ok ? reply : null);
    } finally {
      panel.setBusy(false);
    }
  }

  /** What changed in the form since the fill, said at once (JumpCloud's servers are slower). */
  async function checkDrift(action: OutcomeAction, panel: Panel, root: HTMLElement): Promise<string> {
    const drift = await send({ type: 'jumpcloud/about-to', action, ...formValues(root) });
    life.tell(drift);
    const said = drift.ok ? drift.lines.join(' ') : '';
    if (said) panel.setAlert({ text: `Before JumpCloud answers: ${said}` });
    return said;
  }

  async function clicked(action: OutcomeAction, panel: Panel, root: HTMLElement): Promise<void> {
    panel.setDiagnosis(null);
    panel.setAlert(null);
    // Watching starts with the click: JumpCloud may answer before any message comes back.
    watch?.abort();
    watch = ctx.scope();
    const outcome = watchOutcome(action, watch.signal, watching.groupManagementShown);
    // Never let the drift check stand in the way of recording what JumpCloud said.
    const drift = checkDrift(action, panel, root).catch(() => '');
    const seen = await outcome;
    const changed = await drift;
    life.tell(await send({ type: 'jumpcloud/outcome', ...seen }));
    const result = judgeOutcome(seen);
    const said = `JumpCloud says: “${seen.text}”.`;
    if (result === 'failure') {
      const before = changed ? ` Before it answered, the extension saw: ${changed}` : '';
      panel.setAlert({
        text: `${said} It gives no reason.${before}`,
        action: { label: FIND_OUT_WHY, onClick: () => void findOutWhy(action, panel, root) },
      });
    } else if (result === 'success') {
      panel.setStatus([seen.text ? said : "JumpCloud's test passed: it now shows Group Management."]);
    } else if (!watch.signal.aborted) {
      panel.setStatus(['JumpCloud showed no clear result. If it worked, tick the step in the extension popup.']);
    }
  }

  ctx.listen(
    document,
    'click',
    (event: MouseEvent) => {
      const here = watching.here();
      if (!event.isTrusted || !here) return;
      const button = event
        .composedPath()
        .find((node): node is Element => node instanceof Element && node.matches(BUTTON));
      const text = button ? buttonText(button) : '';
      const action =
        matchIndex(text, TEST_CONNECTION) >= 0
          ? 'test-connection'
          : matchIndex(text, ACTIVATE) >= 0
            ? 'activate'
            : null;
      if (action === 'activate') watching.activating();
      if (action) void clicked(action, here.panel, here.root);
    },
    { capture: true },
  );
}
