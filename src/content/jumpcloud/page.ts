// Is an SSO application's "Identity Management" tab on screen, and where? Decided by what a
// person sees: a selected tab or a visible heading named "Identity Management", holding the
// "Configuration Settings" box or the SCIM fields.
import { deepQueryAll, inDocument } from '../dom/deep';
import { findButton, findChoice, findHeading, findTextField, isToggleOn } from '../dom/find';
import { labelCandidates } from '../dom/labels';
import { buttonText, matchIndex } from '../dom/text';
import { isVisible } from '../dom/visibility';
import {
  ACTIVE_STATUS,
  API_TYPE,
  BASE_URL,
  CONFIG_TOGGLE,
  HEADINGS,
  IDENTITY_MANAGEMENT,
  SELECT_ALL,
  STATUS_BADGE,
  TAB_SELECTED,
  TABS,
  TOKEN_KEY,
  USER_GROUPS,
} from './selectors';

export interface IdentityManagementPage {
  /** The tab's content: where every field is searched. */
  root: HTMLElement;
  /** The "Configuration Settings" toggle or heading, when there is one. */
  configToggle: HTMLElement | null;
  /** The selected "Identity Management" tab, when the page has tabs. */
  tab: HTMLElement | null;
}

function selectedTab(doc: Document, names: readonly RegExp[]): HTMLElement | null {
  return (
    Array.from(doc.querySelectorAll<HTMLElement>(TABS)).find(
      (tab) =>
        // Text and state first; layout (a computed style per ancestor) only for that tab.
        matchIndex(buttonText(tab), names) >= 0 &&
        (tab.matches(TAB_SELECTED) || Boolean(tab.parentElement?.matches(TAB_SELECTED))) &&
        isVisible(tab),
    ) ?? null
  );
}

/**
 * What a selected tab shows: the panel it names (aria-controls) when that is visible and
 * `holds` the content; else, where a router's strip renders the view beside the tabs with no
 * panel (or an empty one, or none named), the innermost container around the strip that holds
 * it, never past a dialog, a main or the body; else the tab's own panel, empty.
 */
function contentOf(tab: HTMLElement, holds: (el: HTMLElement) => boolean): HTMLElement | null {
  const id = tab.getAttribute('aria-controls');
  const named = id ? tab.ownerDocument.getElementById(id) : null;
  const panel = named && isVisible(named) ? named : null;
  if (panel && holds(panel)) return panel;
  for (let up = tab.parentElement; up; up = up.parentElement) {
    if (holds(up)) return up;
    if (up.matches('[role="dialog"], main, body')) break;
  }
  // Nothing holds it anywhere: the tab's own panel, empty, is still what it shows.
  return panel;
}

export function findConfigToggle(root: ParentNode): HTMLElement | null {
  return (
    findButton(root, CONFIG_TOGGLE) ??
    findHeading(root, `${HEADINGS}, legend`, CONFIG_TOGGLE) ??
    findButton(root, CONFIG_TOGGLE, true)
  );
}

/** Whether the tab holds the form: looked for in the light DOM first, in shadow roots after. */
function holdsForm(root: HTMLElement, configToggle: HTMLElement | null): boolean {
  if (configToggle) return true;
  for (const deep of [false, true]) {
    const field = findTextField(root, BASE_URL, { deep }) ?? findTextField(root, TOKEN_KEY, { deep });
    if ((field && isVisible(field)) || findChoice(root, API_TYPE, { deep })) return true;
  }
  return false;
}

export function findIdentityManagement(doc: Document): IdentityManagementPage | null {
  const tab = selectedTab(doc, IDENTITY_MANAGEMENT);
  // No tabs: the tab's heading marks it, and its content is found the same way.
  const marker = tab ?? findHeading(doc, HEADINGS, IDENTITY_MANAGEMENT);
  const root = marker && contentOf(marker, (el) => holdsForm(el, findConfigToggle(el)));
  const configToggle = root && findConfigToggle(root);
  return root && holdsForm(root, configToggle) ? { root, configToggle, tab } : null;
}

/** Where the panel goes: just before the Configuration Settings box (inside the tab), never
 *  inside a web component's shadow root. */
export function panelAnchor(page: IdentityManagementPage): { el: Element; where: InsertPosition } {
  const toggle = page.configToggle && inDocument(page.configToggle);
  if (!toggle) return { el: page.root, where: 'afterbegin' };
  const box = toggle.closest('fieldset, [class*="card" i], [class*="box" i]');
  return { el: box && page.root.contains(box) && box !== page.root ? box : toggle, where: 'beforebegin' };
}

/** The groups' checkboxes a person sees in `root` (a "select all" is none of them). */
const groupBoxes = (root: Element): Element[] =>
  deepQueryAll(root, 'input[type="checkbox"], [role="checkbox"]').filter(
    (box) => isVisible(box) && !labelCandidates(box).some((text) => SELECT_ALL.test(text.toLowerCase())),
  );

/** The application's User Groups tab, when selected, and how many groups are ticked there. */
export function findUserGroups(doc: Document): { root: HTMLElement; bound: number } | null {
  const tab = selectedTab(doc, USER_GROUPS);
  const root = tab && contentOf(tab, (el) => groupBoxes(el).length > 0);
  return root ? { root, bound: groupBoxes(root).filter(isToggleOn).length } : null;
}

/** Whether the page shows this application's provisioning as already active. */
export function showsActive(doc: Document): boolean {
  return Array.from(doc.querySelectorAll(STATUS_BADGE)).some(
    (el) => ACTIVE_STATUS.test((el.textContent ?? '').trim().toLowerCase()) && isVisible(el),
  );
}
