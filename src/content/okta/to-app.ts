// Provisioning > To App > "Provisioning to App": Trelica's article enables "Create Users",
// "Update User Attributes" and "Deactivate Users" (and leaves "Sync Password"). Read as the
// page shows them, and ticked on the admin's click ("Edit" first when the form is in view
// mode); saving stays the admin's click.
import type { ToApp } from '../../core/idp/okta/facts';
import { clickLikeUser } from '../dom/fill';
import { findToggle, isToggleOn } from '../dom/find';
import { setToggle } from '../dom/toggle';
import { waitForElement } from '../dom/wait';
import { findEdit, toAppEditing, type Section } from './page';
import { TO_APP } from './selectors';

/** Each of the three as the page shows it, or null when the section shows none of them. */
export function readToApp(root: ParentNode): ToApp | null {
  const state: Partial<ToApp> = {};
  let seen = false;
  for (const { key, labels } of TO_APP) {
    const box = findToggle(root, { labels });
    seen ||= box !== null;
    state[key] = box !== null && isToggleOn(box);
  }
  return seen ? (state as ToApp) : null;
}

/** Ticks the three (clicking "Edit" first when needed); whether all three are on after. */
export async function enableToApp(section: Section, signal: AbortSignal): Promise<boolean> {
  if (!toAppEditing(section.root)) {
    const edit = findEdit(section.root);
    if (edit) clickLikeUser(edit);
    await waitForElement(() => toAppEditing(section.root), { signal, timeoutMs: 1500 });
  }
  for (const { labels } of TO_APP) {
    const box = findToggle(section.root, { labels });
    if (box) await setToggle(box, true, signal);
  }
  const now = readToApp(section.root);
  return now !== null && now.create && now.update && now.deactivate;
}
