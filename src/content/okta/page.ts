// Is a section of an Okta app's Provisioning tab on screen, and where? Decided by what a person
// sees: a visible heading "SCIM Connection" (Integration) or "Provisioning to App" (To App), or,
// without one, a visible SCIM connector base URL field. A hidden tab's panel shows neither, so
// the General tab (or any other) is never taken for the Provisioning tab.
import { findButton, findHeading, findTextField, findToggle, type FieldSpec } from '../dom/find';
import { isVisible, whyNotEditable } from '../dom/visibility';
import {
  BASE_URL,
  EDIT,
  EDIT_FALLBACKS,
  HEADINGS,
  PROVISIONING_TO_APP,
  SCIM_CONNECTION,
  TO_APP,
  TOKEN,
} from './selectors';

export interface Section {
  /** The section's form (or box): where its fields and buttons are searched. */
  root: HTMLElement;
  /** Its heading, when it has one. */
  heading: HTMLElement | null;
}

// A section's box: the form around its heading (Courage's form.o-form), or a section-like
// container. A heading's own wrapper (a header row with the Edit link) is not one.
const BOX = 'form, fieldset, section, article, [role="region"], [role="group"], [role="tabpanel"], [role="dialog"]';

function sectionAround(heading: HTMLElement): HTMLElement {
  return heading.parentElement?.closest<HTMLElement>(BOX) ?? heading.parentElement ?? heading;
}

function editableField(root: ParentNode, spec: FieldSpec): HTMLElement | null {
  const el = findTextField(root, spec);
  return el && !whyNotEditable(el) ? el : null;
}

/** The SCIM Connection section (Provisioning > Integration), in view or edit mode. */
export function findIntegration(doc: Document): Section | null {
  const heading = findHeading(doc, HEADINGS, SCIM_CONNECTION);
  if (heading) return { root: sectionAround(heading), heading };
  // No heading (a layout nobody has seen): the SCIM base URL field a person could type into,
  // by its own words or Okta's form name only (an app's General tab may have a "Base URL").
  const field = editableField(doc, { labels: BASE_URL.labels.slice(0, 2), fallbacks: BASE_URL.fallbacks!.slice(0, 1) });
  return field ? { root: sectionAround(field), heading: null } : null;
}

/** The "Provisioning to App" section (Provisioning > To App). */
export function findToApp(doc: Document): Section | null {
  const heading = findHeading(doc, HEADINGS, PROVISIONING_TO_APP);
  return heading ? { root: sectionAround(heading), heading } : null;
}

/** The section's own "Edit" (shown in view mode only). */
export function findEdit(root: HTMLElement): HTMLElement | null {
  const byWords = findButton(root, EDIT);
  if (byWords) return byWords;
  for (const selector of EDIT_FALLBACKS) {
    const el = Array.from(root.querySelectorAll<HTMLElement>(selector)).find((e) => isVisible(e));
    if (el) return el;
  }
  return null;
}

/** Whether the SCIM Connection form is open for editing (a field a person could type into). */
export const integrationEditing = (root: ParentNode): boolean =>
  Boolean(editableField(root, BASE_URL) ?? editableField(root, TOKEN));

/** Whether To App's boxes can be changed now (the form is in edit mode). */
export function toAppEditing(root: ParentNode): boolean {
  return TO_APP.some(({ labels }) => {
    const box = findToggle(root, { labels });
    return box !== null && !(box as HTMLInputElement).disabled && box.getAttribute('aria-disabled') !== 'true';
  });
}

/** Where the panel goes: before the section's heading row (inside the section). */
export function panelAnchor(section: Section): { el: Element; where: InsertPosition } {
  const head = section.heading?.parentElement;
  if (head && head !== section.root && section.root.contains(head)) return { el: head, where: 'beforebegin' };
  return { el: section.root, where: 'afterbegin' };
}
