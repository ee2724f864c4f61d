// The JumpCloud content script: on an SSO application's Identity Management tab it offers
// "Fill from Trelica" and guards against Group Management. Idle on other routes (route
// listeners only) and on other tabs of an application (plus the animationstart trick).
import type { GroupManagement, JumpCloudField } from '../../core/messages';
import { FILL_FROM_TRELICA } from '../button-labels';
import { send } from '../send';
import { shareable } from '../shareable';
import { ScriptContext } from '../dom/context';
import { watchPage } from '../dom/watch';
import { lifecycle } from '../lifecycle';
import { createPanel, type Panel } from '../panel';
import { fillForm } from './form';
import { createGroupGuard } from './group-guard';
import { watchJumpCloudButtons } from './explain';
import { findIdentityManagement, findUserGroups, panelAnchor, showsActive, type IdentityManagementPage } from './page';
import { pickActions } from '../pick-field';
import { FIELD_NAMES } from '../../core/field-names';
import { pickable, pickAndFill } from './pick';
import { JUMPCLOUD_SIGNS } from './signs';

const MOVED = 'The page changed after your click: filling stopped. Click "Fill from Trelica" again.';

export function startJumpCloudScript(): ScriptContext {
  const ctx = new ScriptContext('jumpcloud');
  const life = lifecycle(ctx);
  let panel: Panel | null = null;
  let page: IdentityManagementPage | null = null;
  let picking: AbortController | null = null;
  let toPick: JumpCloudField[] = [];
  // The User Groups tab when it is on screen, and the count last reported.
  let groups: HTMLElement | null = null;
  let sentBound: number | null = null;

  const observe = (groupManagement: GroupManagement): void => {
    void send({ type: 'jumpcloud/observation', groupManagement }).then(life.tell);
  };
  const guard = createGroupGuard(ctx, observe);

  function offerPicks(p: Panel, fields: JumpCloudField[]): void {
    toPick = fields;
    p.setActions(pickActions(fields, FIELD_NAMES, (field) => startPick(field, p)));
  }

  function startPick(field: JumpCloudField, p: Panel): void {
    picking?.abort();
    picking = ctx.scope();
    void pickAndFill(field, {
      signal: picking.signal,
      values: () => send({ type: 'jumpcloud/fill' }),
      status: (lines, tone) => p.setStatus(lines, tone),
      picked(picked, result, locator) {
        const done = result.outcome === 'filled' || result.outcome === 'already-set';
        void send({ type: 'jumpcloud/filled', results: [shareable({ field: picked, ...result })], picked: true }).then(
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
        void send({ type: 'jumpcloud/remember-field', field: picked, locator }).then(life.tell);
      },
    });
  }

  async function fill(): Promise<void> {
    const here = page;
    const p = panel;
    if (!here || !p) return;
    const startUrl = location.href;
    const stillHere = (): boolean =>
      !ctx.signal.aborted && location.href === startUrl && here.root.isConnected && page?.root === here.root;
    picking?.abort();
    p.setBusy(true);
    p.setStatus(['Getting the values captured from Trelica…']);
    try {
      const activeConfiguration = showsActive(document);
      const reply = await send({ type: 'jumpcloud/fill', activeConfiguration });
      if (!reply.ok) {
        if (!life.gone(reply, p)) p.setStatus([reply.message], 'error');
        return;
      }
      if (!stillHere()) return p.setStatus([MOVED], 'error');
      // The background normalized both when it stored them (core/base-url, core/token), and
      // suggested a new test address on a registered domain when the admin set none.
      const { baseUrl, token, testEmail } = reply;
      const results = await fillForm(
        here,
        { baseUrl, token, testEmail, remembered: reply.remembered },
        { signal: ctx.signal, stillHere },
      );
      if (results === 'moved') return p.setStatus([MOVED], 'error');
      const groupManagement = guard.update(here.root);
      const emailFilled = results.some((r) => r.field === 'test-email' && r.outcome === 'filled');
      const suggestedTestEmail = reply.suggested && emailFilled && testEmail ? testEmail : undefined;
      const words = await send({
        type: 'jumpcloud/filled',
        results: results.map(shareable),
        groupManagement,
        suggestedTestEmail,
        activeConfiguration,
      });
      if (life.gone(words, p)) return;
      p.setStatus(words.ok ? words.lines : [words.message]);
      offerPicks(p, pickable(results));
    } finally {
      p.setBusy(false);
    }
  }

  function showPanel(at: IdentityManagementPage): void {
    panel ??= createPanel(document, {
      title: 'SCIM setup assistant',
      action: { label: FILL_FROM_TRELICA, onClick: () => void fill() },
    });
    if (panel.host.isConnected && at.root.contains(panel.host)) return;
    const { el, where } = panelAnchor(at);
    el.insertAdjacentElement(where, panel.host);
  }

  watchJumpCloudButtons(ctx, life, {
    here: () => (page && panel ? { panel, root: page.root } : null),
    groupManagementShown: () => (page ? guard.update(page.root) !== 'absent' : false),
    activating: () => guard.warnAgain(),
  });

  const watcher = watchPage(ctx, {
    ...JUMPCLOUD_SIGNS,
    // The tab's panel, and the tab itself (its selection lives outside the panel).
    areas: () => [...(page ? [page.root, ...(page.tab ? [page.tab] : [])] : []), ...(groups ? [groups] : [])],
    scan() {
      const seen = findUserGroups(document);
      groups = seen?.root ?? null;
      if (seen && seen.bound !== sentBound) {
        sentBound = seen.bound;
        void send({ type: 'jumpcloud/observation', boundGroups: seen.bound }).then(life.tell);
      }
      page = findIdentityManagement(document);
      if (!page) {
        panel?.remove();
        guard.stop();
        return groups !== null;
      }
      showPanel(page);
      guard.update(page.root);
      return true;
    },
    leave() {
      page = null;
      groups = null;
      picking?.abort();
      guard.stop();
      if (!life.keepsPanel) panel?.remove();
    },
  });
  // A group's checkbox changes its state without touching the DOM: count again after a click
  // (a mouse's, a label's, or Space's). Not on change: a web component's inner checkbox fires
  // it inside its shadow root only, where the document never hears it.
  ctx.listen(document, 'click', () => groups && watcher.rescan(), { capture: true });
  return ctx;
}
