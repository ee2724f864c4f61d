// Okta's own "Test Connector Configuration", watched: when the admin clicks it, say at once
// what changed in the form since the fill (drift), then read Okta's dialog, record what it
// said, and after a failure offer "Find out why": the extension's own test, with Okta's calls,
// on the form's values, its diagnosis shown in the page.
import { FIND_OUT_WHY } from '../button-labels';
import type { ScriptContext } from '../dom/context';
import { BUTTON } from '../dom/find';
import { buttonText, matchIndex } from '../dom/text';
import type { Lifecycle } from '../lifecycle';
import type { Panel } from '../panel';
import { send } from '../send';
import { watchDialog } from './dialog';
import { formValues } from './form';
import { TEST_CONNECTOR } from './selectors';

const action = 'test-connection';

export function watchOktaTest(
  ctx: ScriptContext,
  life: Lifecycle,
  here: () => { panel: Panel; root: HTMLElement } | null,
): void {
  let watch: AbortController | null = null;

  async function findOutWhy(panel: Panel, root: HTMLElement): Promise<void> {
    panel.setBusy(true);
    panel.setStatus(['Testing the values in this form as Okta calls Trelica…']);
    try {
      const reply = await send({ type: 'okta/find-out-why', action, ...formValues(root) });
      if (life.gone(reply, panel)) return;
      panel.setStatus(reply.ok ? [] : [reply.message], reply.ok ? 'info' : 'error');
      panel.setDiagnosis(reply.ok ? reply : null);
    } finally {
      panel.setBusy(false);
    }
  }

  async function clicked(panel: Panel, root: HTMLElement): Promise<void> {
    panel.setDiagnosis(null);
    panel.setAlert(null);
    // Watching starts with the click: Okta may answer before any message comes back.
    watch?.abort();
    watch = ctx.scope();
    const outcome = watchDialog(watch.signal);
    const values = formValues(root);
    // Never let the drift check stand in the way of recording what Okta said.
    const drift = send({ type: 'okta/about-to', action, ...values })
      .then((reply) => {
        life.tell(reply);
        const said = reply.ok ? reply.lines.join(' ') : '';
        if (said) panel.setAlert({ text: `Before Okta answers: ${said}` });
        return said;
      })
      .catch(() => '');
    const seen = await outcome;
    const changed = await drift;
    if (!seen) {
      if (!watch.signal.aborted) panel.setStatus(["Okta's dialog showed no clear result."]);
      return;
    }
    life.tell(await send({ type: 'okta/outcome', action, text: seen.text }));
    const said = `Okta says: “${seen.text}”.`;
    if (seen.result === 'failure') {
      const before = changed ? ` Before it answered, the extension saw: ${changed}` : '';
      panel.setAlert({
        text: `${said}${before}`,
        action: { label: FIND_OUT_WHY, onClick: () => void findOutWhy(panel, root) },
      });
    } else if (seen.crosses.length > 0) {
      panel.setAlert({
        text: `${said} It shows a cross for ${seen.crosses.join(', ')}: tick the matching provisioning actions and test again.`,
      });
    } else {
      panel.setStatus([
        said,
        'Next: click "Save", then enable Create Users, Update User Attributes and Deactivate Users under To App.',
      ]);
    }
  }

  ctx.listen(
    document,
    'click',
    (event: MouseEvent) => {
      const at = here();
      if (!event.isTrusted || !at) return;
      const button = event
        .composedPath()
        .find((node): node is Element => node instanceof Element && node.matches(BUTTON));
      if (button && matchIndex(buttonText(button), TEST_CONNECTOR) >= 0) void clicked(at.panel, at.root);
    },
    { capture: true },
  );
}
