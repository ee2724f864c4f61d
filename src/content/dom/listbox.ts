// The list a dropdown opens, and only that one. Libraries portal their lists to <body>, keep a
// closed one in the document (hidden, or fading out), or render it in a shadow root; reading
// "the last listbox on the page" picks another control's list. A list is this control's when
// the control names it (aria-controls / aria-owns, on itself or a part of it), when both are
// named by the same label, or when it is the one that opened after the click.
import { byIdNear, deepQueryAll, parentAcrossShadow } from './deep';
import { isVisible } from './visibility';
import { waitForElement } from './wait';

const LISTBOX = '[role="listbox"]';
const CLOSE_MS = 1000;

/** Every listbox a person can see now, shadow roots included. */
export function openListboxes(): HTMLElement[] {
  return deepQueryAll<HTMLElement>(document, LISTBOX).filter(isVisible);
}

const ids = (el: Element, attr: string): string[] => (el.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean);

/** The listbox an element names: itself, or the first one inside it. */
function asListbox(named: Element | null): HTMLElement | null {
  if (!named) return null;
  if (named.matches(LISTBOX)) return named as HTMLElement;
  return deepQueryAll<HTMLElement>(named, LISTBOX)[0] ?? null;
}

/** The control and the parts of it that may carry the ARIA references (wrapper, inner input). */
function partsOf(control: HTMLElement): Element[] {
  const parts: Element[] = [control, ...Array.from(control.querySelectorAll('[aria-controls], [aria-owns]'))];
  for (let up = parentAcrossShadow(control), level = 0; up && level < 2; up = parentAcrossShadow(up), level++)
    parts.push(up);
  return parts;
}

/** This control's open listbox, or null. `before`: the lists that were open before the click. */
export function boundListbox(control: HTMLElement, before: ReadonlySet<Element>): HTMLElement | null {
  for (const part of partsOf(control)) {
    for (const id of [...ids(part, 'aria-controls'), ...ids(part, 'aria-owns')]) {
      const box = asListbox(byIdNear(part, id));
      if (box && isVisible(box)) return box;
    }
  }
  const open = openListboxes();
  const labels = ids(control, 'aria-labelledby');
  const sameLabel = open.find((box) => ids(box, 'aria-labelledby').some((id) => labels.includes(id)));
  if (sameLabel) return sameLabel;
  const opened = open.filter((box) => !before.has(box));
  return opened.length === 1 ? opened[0]! : null;
}

/** The options of a list, including those slotted into it (a web component's light DOM). */
export function optionsOf(listbox: HTMLElement): HTMLElement[] {
  const options = deepQueryAll<HTMLElement>(listbox, '[role="option"]');
  for (const slot of deepQueryAll<HTMLSlotElement>(listbox, 'slot')) {
    for (const el of slot.assignedElements({ flatten: true })) {
      if (el.matches('[role="option"]')) options.push(el as HTMLElement);
      options.push(...deepQueryAll<HTMLElement>(el, '[role="option"]'));
    }
  }
  return options.filter((o) => o.getAttribute('aria-disabled') !== 'true');
}

export function selectedOption(options: readonly HTMLElement[]): HTMLElement | undefined {
  return options.find((o) => o.getAttribute('aria-selected') === 'true');
}

/** Resolves once the list is gone or hidden (closing animations included), or after CLOSE_MS. */
export async function waitClosed(listbox: HTMLElement, signal: AbortSignal): Promise<void> {
  await waitForElement(() => !listbox.isConnected || !isVisible(listbox), {
    signal,
    timeoutMs: CLOSE_MS,
    near: listbox,
  });
}
