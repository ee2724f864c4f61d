// The group guard (entra.md step 5, H): Trelica has no groups, so Mappings > "Provision
// Microsoft Entra ID Groups" (older "… Azure Active Directory Groups") must be Enabled "No".
// - On the Mappings list: the row's Enabled column says "Yes" → a warning with the way off
//   (open it, set Enabled to No, Save); nothing there to click for the admin.
// - On that mapping's own page: its "Enabled" control (a switch, a Yes/No choice group, a
//   dropdown) says Yes → the same warning, and a button that sets it to No as a person's click
//   would; saving stays the admin's click. The switch case is content/toggle-guard.ts's job
//   elsewhere; Entra's control is as often a two-option choice, so it is handled here for both.
import type { EntraGroups } from '../../core/idp/entra/facts';
import { SET_ENABLED_NO } from '../button-labels';
import type { ScriptContext } from '../dom/context';
import { choose } from '../dom/choose';
import { clickLikeUser } from '../dom/fill';
import { findChoice, findHeading, findToggle, isToggleOn, radioLabel, type ChoiceControl } from '../dom/find';
import { groupLabel, labelCandidates } from '../dom/labels';
import { matchIndex, normalizeLabel, shortOwnText } from '../dom/text';
import { isVisible } from '../dom/visibility';
import { waitForElement } from '../dom/wait';
import { createPanel, type Panel } from '../panel';
import { chosen } from './page';
import { ENABLED, GROUPS_MAPPING, HEADINGS, NO, ROWS, YES } from './selectors';

type Enabled = { kind: 'toggle'; el: HTMLElement } | ChoiceControl;

export interface GroupsSeen {
  state: EntraGroups;
  /** Where the warning goes: before this element. */
  at: Element | null;
  /** On the mapping's own page: its Enabled control. */
  enabled: Enabled | null;
}

const ABSENT: GroupsSeen = { state: 'absent', at: null, enabled: null };
const isGroupsName = (text: string | null): boolean =>
  text !== null && GROUPS_MAPPING.some((p) => p.test(normalizeLabel(text)));

function enabledControl(root: ParentNode): Enabled | null {
  const toggle = findToggle(root, ENABLED);
  if (toggle && isVisible(toggle)) return { kind: 'toggle', el: toggle };
  // Only a choice named "Enabled": findChoice also offers any Yes/No group that names nothing.
  const control = findChoice(root, { ...ENABLED, want: NO });
  const named = control && [groupLabel(control.el) ?? '', ...labelCandidates(control.el)];
  return control && isVisible(control.el) && named!.some((t) => matchIndex(t, ENABLED.labels) >= 0) ? control : null;
}

const isOn = (enabled: Enabled): boolean =>
  enabled.kind === 'toggle' ? isToggleOn(enabled.el) : YES.test(chosen(enabled));

/** The mapping's own page: its name shown (a heading, a label, or its Name field's value). */
function namesGroupsMapping(doc: Document): boolean {
  if (findHeading(doc, HEADINGS, GROUPS_MAPPING)) return true;
  return Array.from(doc.querySelectorAll('input')).some((i) => isGroupsName(i.value) && isVisible(i));
}

/** What the frame shows of the groups' mapping. */
export function readGroups(doc: Document): GroupsSeen {
  const enabled = enabledControl(doc.body);
  if (enabled && namesGroupsMapping(doc)) {
    // Before the whole control: inside one of its options, an option's input (Fluent's, spread
    // over it, transparent) would cover the warning's button.
    const at = enabled.el.closest('[role="radiogroup"]') ?? enabled.el.closest('div, fieldset') ?? enabled.el;
    return { state: isOn(enabled) ? 'on' : 'off', at, enabled };
  }
  // The Mappings list: the row naming it, and its Enabled cell ("Yes"/"No").
  for (const row of Array.from(doc.querySelectorAll(ROWS))) {
    const cells = Array.from(
      row.querySelectorAll('td, [role="gridcell"], [role="cell"], [role="rowheader"], a, button'),
    );
    if (!cells.some((c) => isGroupsName(shortOwnText(c, 80))) || !isVisible(row)) continue;
    const words = cells.map((c) => normalizeLabel(shortOwnText(c, 20) ?? ''));
    const table = row.closest('table, [role="grid"], ul, ol') ?? row;
    if (words.some((w) => YES.test(w))) return { state: 'on', at: table, enabled: null };
    if (words.some((w) => NO.test(w))) return { state: 'off', at: table, enabled: null };
  }
  return ABSENT;
}

const WARNING = '"Provision Microsoft Entra ID Groups" is enabled, but Trelica has no groups.';
const WAY_OFF = 'Open it under Mappings, set Enabled to "No", then click "Save".';

/** Watches the groups' mapping as the page changes; reports each new state. */
export function createGroupsGuard(ctx: ScriptContext, onChange: (state: EntraGroups) => void) {
  let seen = ABSENT;
  let panel: Panel | null = null;

  async function turnOff(): Promise<void> {
    const enabled = seen.enabled;
    if (!enabled) return;
    // A person's click on the switch, or on "No" (a choice group, a dropdown's option).
    if (enabled.kind === 'toggle') clickLikeUser(enabled.el);
    else if (enabled.kind === 'radio') {
      const no = enabled.group.find((r) => NO.test(normalizeLabel(radioLabel(r))));
      if (no) clickLikeUser(no);
    } else await choose(enabled, NO, ctx.signal, YES);
    // Frameworks re-render on their next tick: wait for the page's own state to follow.
    await waitForElement(() => !isOn(enabled), { signal: ctx.signal, timeoutMs: 800 });
    update(document);
    if (seen.state === 'on') panel?.setAlert({ text: `${WARNING} The extension could not change it: ${WAY_OFF}` });
  }

  function update(doc: Document): EntraGroups {
    const before = seen.state;
    const hadControl = seen.enabled !== null;
    seen = readGroups(doc);
    if (seen.state === 'on' && seen.at) {
      panel ??= createPanel(document, { title: 'SCIM setup assistant: group provisioning' });
      if (panel.host.nextElementSibling !== seen.at) seen.at.insertAdjacentElement('beforebegin', panel.host);
      // From the Mappings list to the mapping's own page (still on): the warning gains its button.
      if (before !== 'on' || hadControl !== (seen.enabled !== null)) {
        panel.setStatus([]);
        panel.setAlert(
          seen.enabled
            ? {
                text: `${WARNING} Set Enabled to "No", then click "Save".`,
                action: { label: SET_ENABLED_NO, onClick: () => void turnOff() },
              }
            : { text: `${WARNING} ${WAY_OFF}` },
        );
      }
    } else if (panel && seen.state === 'off' && before === 'on') {
      panel.setAlert(null);
      panel.setStatus([seen.enabled ? 'Enabled is "No" now: click "Save" to keep it.' : 'Group provisioning is off.']);
    } else if (seen.state === 'absent') {
      panel?.remove();
      panel = null;
    }
    if (seen.state !== before) onChange(seen.state);
    return seen.state;
  }

  return {
    update,
    stop(): void {
      panel?.remove();
      panel = null;
      seen = ABSENT;
    },
  };
}
