// The Entra content script, in either of the two kinds of frames it is injected into (./signs.ts):
// - a blade's frame: "Fill from Trelica" on the provisioning form (either UI), drift at "Test
//   Connection" and "Find out why" (./explain.ts), Pick for fields not found, the group guard on
//   the Mappings list and the groups' mapping (./groups.ts), Provision on demand's answer, and
//   what the blade shows (UI, app kind, provisioning status) as entra/observation;
// - the shell's top frame: the notification Entra shows after "Test Connection", as
//   entra/outcome (./outcome.ts). Nothing is shown there.
import { FILL_FROM_TRELICA } from '../button-labels';
import { ScriptContext } from '../dom/context';
import { BUTTON } from '../dom/find';
import { buttonText, matchIndex } from '../dom/text';
import { waitForElement } from '../dom/wait';
import { watchPage } from '../dom/watch';
import { lifecycle, type Lifecycle } from '../lifecycle';
import { createPanel, type Panel } from '../panel';
import { pickable, pickFlow } from '../pick-field';
import { shareable } from '../shareable';
import { watchEntraTest } from './explain';
import { fillForm } from './form';
import { createGroupsGuard } from './groups';
import { readOnDemand, readTestNotices } from './outcome';
import { appKind, findForm, provisioningStatus, type Form } from './page';
import { ENTRA_FIELD_NAMES, isEntraPickable, pickAndFill } from './pick';
import { PROVISION } from './selectors';
import { sendEntra } from './send';
import { ENTRA_FRAME_SIGNS, ENTRA_SHELL_SIGNS, inShellTop } from './signs';

const MOVED = 'The page changed after your click, so filling stopped. Click "Fill from Trelica" again.';
const TITLE = 'SCIM setup assistant';
/** Provision on demand runs Entra's whole cycle for one user: allow it time. */
const ON_DEMAND_MS = 120_000;

export function startEntraScript(): ScriptContext {
  const ctx = new ScriptContext('entra');
  const life = lifecycle(ctx);
  if (inShellTop(new URL(location.href))) watchShell(ctx, life);
  else watchFrame(ctx, life);
  return ctx;
}

/** The shell's top frame: each test answer its notifications show, reported once. */
function watchShell(ctx: ScriptContext, life: Lifecycle): void {
  const reported = new WeakSet<Element>();
  let notices: Element[] = [];
  watchPage(ctx, {
    ...ENTRA_SHELL_SIGNS,
    // The notices and their container: the next toast goes beside the last.
    areas: () => notices.map((n) => n.parentElement ?? n),
    scan() {
      const said = readTestNotices(document.body);
      notices = said.map((s) => s.at);
      for (const { at, text } of said) {
        if (reported.has(at)) continue;
        reported.add(at);
        void sendEntra({ type: 'entra/outcome', action: 'test-connection', text }).then(life.tell);
      }
      return notices.length > 0;
    },
    leave() {
      notices = [];
    },
  });
}

function watchFrame(ctx: ScriptContext, life: Lifecycle): void {
  let panel: Panel | null = null;
  let form: Form | null = null;
  let observed = '';

  const observe = (seen: Parameters<typeof sendEntra<'entra/observation'>>[0]): void =>
    void sendEntra(seen).then(life.tell);
  const groups = createGroupsGuard(ctx, (state) => observe({ type: 'entra/observation', groups: state }));
  const test = watchEntraTest(
    ctx,
    life,
    () => (form ? panel : null),
    (p) => picks.offer(p),
  );
  const picks = pickFlow(ctx, life, {
    names: ENTRA_FIELD_NAMES,
    pick: pickAndFill,
    values: () => sendEntra({ type: 'entra/fill' }),
    filled: (result) => sendEntra({ type: 'entra/filled', results: [result], picked: true }),
    remember: (field, locator) => sendEntra({ type: 'entra/remember-field', field, locator }),
    more: () => [test.findOutWhy()].filter((a) => a !== null),
  });

  async function fill(): Promise<void> {
    const at = form;
    const p = panel;
    if (!at || !p) return;
    const startUrl = location.href;
    const stillHere = (): boolean => !ctx.signal.aborted && location.href === startUrl && form !== null;
    picks.stop();
    p.setBusy(true);
    p.setStatus(['Getting the values captured from Trelica…']);
    try {
      const reply = await sendEntra({ type: 'entra/fill' });
      if (!reply.ok) {
        if (!life.gone(reply, p)) p.setStatus([reply.message], 'error');
        return;
      }
      if (!stillHere()) return p.setStatus([MOVED], 'error');
      const results = await fillForm(
        at.ui,
        { baseUrl: reply.baseUrl, token: reply.token, remembered: reply.remembered },
        { signal: ctx.signal, stillHere },
      );
      if (results === 'moved') return p.setStatus([MOVED], 'error');
      const words = await sendEntra({
        type: 'entra/filled',
        results: results.map(shareable),
        ...(at.ui ? { ui: at.ui } : {}),
      });
      if (life.gone(words, p)) return;
      p.setStatus(words.ok ? words.lines : [words.message]);
      picks.offer(p, pickable(results).filter(isEntraPickable));
    } finally {
      p.setBusy(false);
    }
  }

  // Provision on demand: its answer, once "Provision" was clicked.
  let onDemand: AbortController | null = null;
  async function provisioned(): Promise<void> {
    onDemand?.abort();
    onDemand = ctx.scope();
    const before = readOnDemand(document.body)?.at;
    const said = await waitForElement(
      () => {
        const now = readOnDemand(document.body);
        return now && now.at !== before ? now : null;
      },
      { signal: onDemand.signal, timeoutMs: ON_DEMAND_MS },
    );
    if (said) void sendEntra({ type: 'entra/outcome', action: 'provision-on-demand', text: said.text }).then(life.tell);
  }
  ctx.listen(
    document,
    'click',
    (event: MouseEvent) => {
      const button = event.composedPath().find((n): n is Element => n instanceof Element && n.matches(BUTTON));
      if (event.isTrusted && button && matchIndex(buttonText(button), PROVISION) >= 0) void provisioned();
    },
    { capture: true },
  );

  watchPage(ctx, {
    ...ENTRA_FRAME_SIGNS,
    scan() {
      form = findForm(document);
      if (form) {
        panel ??= createPanel(document, {
          title: TITLE,
          action: { label: FILL_FROM_TRELICA, onClick: () => void fill() },
        });
        if (panel.host.nextElementSibling !== form.anchor) form.anchor.insertAdjacentElement('beforebegin', panel.host);
      } else if (!life.keepsPanel) panel?.remove();
      const grouped = groups.update(document);
      // The app's kind is read where the form is (the gallery app's blade shows its one mode).
      const seen = { ui: form?.ui ?? null, app: form && appKind(document, form), status: provisioningStatus(document) };
      const key = JSON.stringify(seen);
      if (key !== observed) {
        observed = key;
        const { ui, app, status } = seen;
        observe({
          type: 'entra/observation',
          ...(ui ? { ui } : {}),
          ...(app ? { app } : {}),
          ...(status ? { status } : {}),
        });
      }
      return form !== null || grouped !== 'absent' || seen.app !== null || seen.status !== null;
    },
    leave() {
      form = null;
      picks.stop();
      groups.stop();
      if (!life.keepsPanel) panel?.remove();
    },
  });
}
