// Entra's own "Test Connection", watched from the form's frame: at the admin's click, say at
// once what changed in the form since the fill (drift, entra/about-to), then watch the frame for
// a message bar with the test's answer for a bounded time.
//
// Where "Find out why" is offered, and why here: the answer to the test normally shows in the
// shell's notifications, in the TOP frame, which the form's frame cannot see (cross-origin) and
// which holds none of the form's values. The extension's own test needs those values, token
// included, and the token goes only to the frame that asked for it (ENTRA.md, sender rules): so
// the button lives in this frame's panel, from the click on, worded for the notification the
// admin reads. A message bar in this frame saying the test failed gets it as an alert too. The
// shell's script only records what the notification said (entra/outcome), which ticks or
// quotes the checklist step; it never asks for values.
import { FIND_OUT_WHY } from '../button-labels';
import type { ScriptContext } from '../dom/context';
import { BUTTON } from '../dom/find';
import { buttonText, matchIndex } from '../dom/text';
import { waitForElement } from '../dom/wait';
import type { Lifecycle } from '../lifecycle';
import type { Panel, PanelAction } from '../panel';
import { formValues } from './form';
import { readTestNotices } from './outcome';
import { TEST_CONNECTION } from './selectors';
import { sendEntra } from './send';

/** Entra's servers call Trelica before it answers: allow them time. */
export const ANSWER_MS = 30_000;

const action = 'test-connection';

export interface TestWatch {
  /** "Find out why", once a test was clicked (null before). */
  findOutWhy(): PanelAction | null;
}

export function watchEntraTest(
  ctx: ScriptContext,
  life: Lifecycle,
  here: () => Panel | null,
  actionsChanged: (panel: Panel) => void,
): TestWatch {
  let watch: AbortController | null = null;
  let offered: PanelAction | null = null;

  async function findOutWhy(panel: Panel): Promise<void> {
    panel.setBusy(true);
    panel.setStatus(['Testing the values in this form as Entra calls Trelica…']);
    try {
      const reply = await sendEntra({ type: 'entra/find-out-why', action, ...formValues() });
      if (life.gone(reply, panel)) return;
      panel.setStatus(reply.ok ? [] : [reply.message], reply.ok ? 'info' : 'error');
      panel.setDiagnosis(reply.ok ? reply : null);
    } finally {
      panel.setBusy(false);
    }
  }

  async function clicked(panel: Panel): Promise<void> {
    panel.setDiagnosis(null);
    panel.setAlert(null);
    watch?.abort();
    watch = ctx.scope();
    // The answers already on screen (an older test's) are not this one's.
    const before = new Set(readTestNotices(document).map((s) => s.at));
    const answer = waitForElement(() => readTestNotices(document).find((s) => !before.has(s.at)), {
      signal: watch.signal,
      timeoutMs: ANSWER_MS,
    });
    offered = { label: FIND_OUT_WHY, onClick: () => void findOutWhy(panel) };
    actionsChanged(panel);
    panel.setStatus(['Entra answers in a notification. If it says the credentials are invalid: "Find out why".']);
    const values = formValues();
    const drift = await sendEntra({ type: 'entra/about-to', action, ...values });
    life.tell(drift);
    const changed = drift.ok ? drift.lines.join(' ') : '';
    if (changed) panel.setAlert({ text: `Before Entra answers: ${changed}` });
    const seen = await answer;
    if (!seen) return;
    life.tell(await sendEntra({ type: 'entra/outcome', action, text: seen.text }));
    const said = `Entra says: “${seen.text}”.`;
    if (seen.result === 'failure') {
      const before = changed ? ` Before it answered, the extension saw: ${changed}` : '';
      panel.setAlert({ text: said + before, action: { label: FIND_OUT_WHY, onClick: () => void findOutWhy(panel) } });
    } else {
      offered = null;
      actionsChanged(panel);
      panel.setStatus([said]);
    }
  }

  ctx.listen(
    document,
    'click',
    (event: MouseEvent) => {
      const panel = here();
      if (!event.isTrusted || !panel) return;
      const button = event
        .composedPath()
        .find((node): node is Element => node instanceof Element && node.matches(BUTTON));
      if (button && matchIndex(buttonText(button), TEST_CONNECTION) >= 0) void clicked(panel);
    },
    { capture: true },
  );

  return { findOutWhy: () => offered };
}
