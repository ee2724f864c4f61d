// The Okta content script: on an app's Provisioning tab it offers "Fill from Trelica" on the
// SCIM Connection form, guards against "Push Groups", reads Okta's "Test Connector
// Configuration" dialog, and reports (and offers to tick) To App's three actions. Idle on
// other pages of the admin console (route listeners only) and on the app's other tabs (plus
// the animationstart trick).
import type { OktaField, PushGroups, ToApp } from '../../core/idp/okta/facts';
import { OKTA_FIELD_NAMES } from '../../core/field-names';
import { ENABLE_TO_APP, FILL_FROM_TRELICA, UNTICK_PUSH_GROUPS } from '../button-labels';
import { ScriptContext } from '../dom/context';
import { findToggle } from '../dom/find';
import { toggleHandle } from '../dom/toggle';
import { watchPage } from '../dom/watch';
import { lifecycle } from '../lifecycle';
import { createPanel, type Panel } from '../panel';
import { pickable, pickActions } from '../pick-field';
import { send } from '../send';
import { shareable } from '../shareable';
import { createToggleGuard } from '../toggle-guard';
import { watchOktaTest } from './explain';
import { fillForm } from './form';
import { findIntegration, findToApp, panelAnchor, type Section } from './page';
import { isOktaPickable, pickAndFill, type OktaPickable } from './pick';
import { PUSH_GROUPS } from './selectors';
import { OKTA_SIGNS } from './signs';
import { enableToApp, readToApp } from './to-app';

const MOVED = 'The page changed after your click, so filling stopped. Click "Fill from Trelica" again.';
const TITLE = 'SCIM setup assistant';

/** To App's three as the page shows them (Trelica needs all three; "Sync Password" stays off). */
const toAppWords = (state: ToApp | null): string[] =>
  state
    ? [
        `To App: Create Users ${state.create ? 'on' : 'off'}, Update User Attributes ${state.update ? 'on' : 'off'}, Deactivate Users ${state.deactivate ? 'on' : 'off'}.`,
      ]
    : [];

export function startOktaScript(): ScriptContext {
  const ctx = new ScriptContext('okta');
  const life = lifecycle(ctx);
  let panel: Panel | null = null;
  let toAppPanel: Panel | null = null;
  let integration: Section | null = null;
  let toApp: Section | null = null;
  let picking: AbortController | null = null;
  let toPick: OktaPickable[] = [];
  let sentToApp = '';

  const guard = createToggleGuard(
    ctx,
    (root) => {
      const box = findToggle(root, PUSH_GROUPS);
      return box && toggleHandle(box) ? box : null;
    },
    [
      `${TITLE}: Push Groups`,
      '"Push Groups" is ticked, but Trelica has no groups: untick it before you save.',
      UNTICK_PUSH_GROUPS,
      '"Push Groups" is off.',
    ],
    (pushGroups: PushGroups) => void send({ type: 'okta/observation', pushGroups }).then(life.tell),
  );

  function offerPicks(p: Panel, fields: OktaPickable[]): void {
    toPick = fields;
    p.setActions(pickActions(fields, OKTA_FIELD_NAMES, (field) => startPick(field, p)));
  }

  function startPick(field: OktaPickable, p: Panel): void {
    picking?.abort();
    picking = ctx.scope();
    void pickAndFill(field, {
      signal: picking.signal,
      values: () => send({ type: 'okta/fill' }),
      status: (lines, tone) => p.setStatus(lines, tone),
      picked(picked, result, locator) {
        const done = result.outcome === 'filled' || result.outcome === 'already-set';
        void send({ type: 'okta/filled', results: [shareable({ field: picked, ...result })], picked: true }).then(
          (reply) => {
            p.setStatus(reply.ok ? reply.lines : [reply.message], done ? 'info' : 'error');
            life.tell(reply);
          },
        );
        if (!done) return;
        offerPicks(
          p,
          toPick.filter((f) => f !== picked),
        );
        void send({ type: 'okta/remember-field', field: picked, locator }).then(life.tell);
      },
    });
  }

  async function fill(): Promise<void> {
    const here = integration;
    const p = panel;
    if (!here || !p) return;
    const startUrl = location.href;
    // "Edit" may re-render the section: the page is still the one clicked on while the URL is.
    const stillHere = (): boolean => !ctx.signal.aborted && location.href === startUrl && integration !== null;
    picking?.abort();
    p.setBusy(true);
    p.setStatus(['Getting the values captured from Trelica…']);
    try {
      const reply = await send({ type: 'okta/fill' });
      if (!reply.ok) {
        if (!life.gone(reply, p)) p.setStatus([reply.message], 'error');
        return;
      }
      if (!stillHere()) return p.setStatus([MOVED], 'error');
      const results = await fillForm(
        here,
        { baseUrl: reply.baseUrl, token: reply.token, remembered: reply.remembered },
        { signal: ctx.signal, stillHere },
      );
      if (results === 'moved') return p.setStatus([MOVED], 'error');
      const pushGroups = guard.update(findIntegration(document)?.root ?? null);
      const words = await send({ type: 'okta/filled', results: results.map(shareable), pushGroups });
      if (life.gone(words, p)) return;
      p.setStatus(words.ok ? words.lines : [words.message]);
      offerPicks(p, pickable<OktaField>(results).filter(isOktaPickable));
    } finally {
      p.setBusy(false);
    }
  }

  async function tickToApp(): Promise<void> {
    const here = toApp;
    const p = toAppPanel;
    if (!here || !p) return;
    p.setBusy(true);
    try {
      const all = await enableToApp(here, ctx.signal);
      const state = readToApp(here.root);
      p.setStatus(
        [...toAppWords(state), all ? 'Now click "Save".' : 'Tick the others by hand.'],
        all ? 'info' : 'error',
      );
    } finally {
      p.setBusy(false);
    }
  }

  function place(p: Panel, at: Section): void {
    if (p.host.isConnected && at.root.contains(p.host)) return;
    const { el, where } = panelAnchor(at);
    el.insertAdjacentElement(where, p.host);
  }

  function observeToApp(at: Section): void {
    const state = readToApp(at.root);
    toAppPanel ??= createPanel(document, {
      title: `${TITLE}: To App`,
      action: { label: ENABLE_TO_APP, onClick: () => void tickToApp() },
    });
    place(toAppPanel, at);
    const key = JSON.stringify(state);
    if (key === sentToApp) return;
    sentToApp = key;
    toAppPanel.setStatus(toAppWords(state));
    if (state) void send({ type: 'okta/observation', toApp: state }).then(life.tell);
  }

  watchOktaTest(ctx, life, () => (integration && panel ? { panel, root: integration.root } : null));

  watchPage(ctx, {
    ...OKTA_SIGNS,
    areas: () => [integration?.root, toApp?.root].filter((el): el is HTMLElement => Boolean(el)),
    scan() {
      integration = findIntegration(document);
      toApp = findToApp(document);
      if (integration) {
        panel ??= createPanel(document, {
          title: TITLE,
          action: { label: FILL_FROM_TRELICA, onClick: () => void fill() },
        });
        place(panel, integration);
        guard.update(integration.root);
      } else {
        guard.stop();
        if (!life.keepsPanel) panel?.remove();
      }
      if (toApp) observeToApp(toApp);
      else toAppPanel?.remove();
      return integration !== null || toApp !== null;
    },
    leave() {
      integration = null;
      toApp = null;
      picking?.abort();
      guard.stop();
      toAppPanel?.remove();
      if (!life.keepsPanel) panel?.remove();
    },
  });
  return ctx;
}
