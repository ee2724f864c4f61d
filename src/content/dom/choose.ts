// Choosing an option in whatever the page uses: a native <select>, a radio group, or a custom
// dropdown (a control that opens a listbox, often portalled to <body> or kept in a shadow
// root, opening and closing with an animation). A different choice already made is reported
// as "kept", as for text fields.
import { byIdNear } from './deep';
import type { FillReason } from '../../core/messages';
import { ALREADY_SET, clickLikeUser, enterValue, filledIf, kept, pressKey, unavailable, type FillResult } from './fill';
import { radioLabel, type ChoiceControl } from './find';
import { boundListbox, openListboxes, optionsOf, selectedOption, waitClosed } from './listbox';
import { normalizeLabel } from './text';
import { isVisible, whyNotEditable } from './visibility';
import { waitForElement } from './wait';

/** What an unchosen control shows: "Select…", "Choose an option", "--", nothing. */
export const PLACEHOLDER = /^(select|choose|pick|please)\b|^-+|^none$|^$/;
const OPEN_MS = 800;
const TAKE_MS = 800;

const optionText = (el: Element): string => normalizeLabel(el.textContent ?? '');

/** `unchosen`: what a control shows before anyone chose (a console may add its default). */
export async function choose(
  control: ChoiceControl,
  want: RegExp,
  signal: AbortSignal,
  unchosen = PLACEHOLDER,
): Promise<FillResult> {
  if (control.kind === 'select') return chooseOption(control.el, want, undefined, unchosen);
  if (control.kind === 'radio') {
    const target = control.group.find((r) => want.test(normalizeLabel(radioLabel(r))));
    return target ? chooseRadio(target, control.group) : unavailable('no-option');
  }
  return chooseInDropdown(control.el, want, signal, unchosen);
}

/** Chooses in a native select. `blocked` is why a person could not (whyNotEditable): a caller
 *  whose select a widget stands in for on screen (Okta's Chosen) says null for a hidden one. */
export function chooseOption(
  select: HTMLSelectElement,
  want: RegExp,
  blocked: FillReason | null = whyNotEditable(select),
  unchosen = PLACEHOLDER,
): FillResult {
  if (blocked) return unavailable(blocked);
  const options = Array.from(select.options);
  const target = options.find((o) => want.test(normalizeLabel(o.text)));
  if (!target) return unavailable('no-option');
  if (target.selected) return ALREADY_SET;
  const current = select.selectedOptions[0];
  if (current && current.value !== '' && !current.disabled && !unchosen.test(normalizeLabel(current.text))) {
    return kept(current.text.trim());
  }
  enterValue(select, target.value);
  return filledIf(target.selected);
}

function chooseRadio(target: HTMLInputElement, group: HTMLInputElement[]): FillResult {
  if (target.checked) return ALREADY_SET;
  const other = group.find((r) => r.checked);
  if (other) return kept(radioLabel(other));
  const blocked = whyNotEditable(target);
  if (blocked) return unavailable(blocked);
  clickLikeUser(target);
  return filledIf(target.checked);
}

/** What the control shows as chosen: its value (a text box) or its text (a button or div). */
function shownValue(el: HTMLElement): string {
  return normalizeLabel(el instanceof HTMLInputElement ? el.value : (el.textContent ?? ''));
}

/** The option shows as chosen: in the control, or marked selected in its (still open) list. */
const took = (el: HTMLElement, target: Element, want: RegExp): boolean =>
  want.test(shownValue(el)) || (target.isConnected && target.getAttribute('aria-selected') === 'true');

async function chooseInDropdown(
  el: HTMLElement,
  want: RegExp,
  signal: AbortSignal,
  unchosen: RegExp,
): Promise<FillResult> {
  const blocked = whyNotEditable(el);
  // A library's select is often a readonly text box: it can still be chosen from.
  if (blocked && blocked !== 'readonly') return unavailable(blocked);
  const shown = shownValue(el);
  if (want.test(shown)) return ALREADY_SET;

  // Only a list that is this control's, or that was not open before the click, is ever read:
  // another dropdown's overlay may still be in the document, closing or kept for later.
  const before = new Set(openListboxes());
  const find = () => boundListbox(el, before);
  let listbox = find();
  if (!listbox) {
    clickLikeUser(el);
    listbox = await waitForElement(find, { signal, timeoutMs: OPEN_MS });
  }
  if (!listbox) {
    // Some dropdowns open from the keyboard only when the pointer sequence is not theirs.
    el.focus();
    pressKey(el, 'ArrowDown');
    listbox = await waitForElement(find, { signal, timeoutMs: OPEN_MS });
  }
  if (!listbox) return unavailable('no-listbox');

  const options = optionsOf(listbox);
  const target = options.find((o) => want.test(optionText(o)));
  const close = async (): Promise<void> => {
    pressKey(el, 'Escape');
    await waitClosed(listbox, signal);
  };
  if (!target) {
    await close();
    return unavailable('no-option');
  }
  // Already chosen, or another choice made before (never changed behind the admin's back).
  const chosen =
    selectedOption(options) ?? options.find((o) => o !== target && optionText(o) !== '' && shown === optionText(o));
  if (chosen === target) {
    await close();
    return ALREADY_SET;
  }
  if (chosen && !unchosen.test(optionText(chosen))) {
    await close();
    return kept((chosen.textContent ?? '').trim());
  }

  // The full pointer sequence: libraries choose on mousedown, mouseup or click.
  clickLikeUser(target);
  const accepted =
    Boolean(await waitForElement(() => took(el, target, want), { signal, timeoutMs: TAKE_MS })) ||
    (await chooseByKeyboard(el, listbox, target, want, signal));
  // The next control is opened only once this overlay is gone (and the page usable again); a
  // list the page leaves open is closed, never left over the form and the admin's next click.
  await waitClosed(listbox, signal);
  if (isVisible(listbox)) await close();
  // Some libraries show the choice in the control only once the list has closed.
  return filledIf(accepted || took(el, target, want));
}

/** ArrowDown until the wanted option is the active one, then Enter: the keyboard way. */
async function chooseByKeyboard(
  el: HTMLElement,
  listbox: HTMLElement,
  target: Element,
  want: RegExp,
  signal: AbortSignal,
): Promise<boolean> {
  const options = optionsOf(listbox);
  // The active option: named by aria-activedescendant, or focused (slotted options too).
  const active = (): Element | null => {
    const id = el.getAttribute('aria-activedescendant');
    if (id) return byIdNear(el, id);
    const focused = document.activeElement;
    return focused && (options.includes(focused as HTMLElement) || listbox.contains(focused)) ? focused : null;
  };
  // From the control, as a keyboard user starts: the click may have focused an option the
  // library does not count as its current one.
  el.focus();
  for (let step = 0; step <= options.length && !signal.aborted; step++) {
    const now = active();
    // Keys go where the widget listens: the control (aria-activedescendant) or the focused option.
    const keys = el.hasAttribute('aria-activedescendant') ? el : (now ?? el);
    if (now === target) {
      pressKey(keys, 'Enter');
      return Boolean(await waitForElement(() => took(el, target, want), { signal, timeoutMs: TAKE_MS }));
    }
    pressKey(keys, 'ArrowDown');
    // Frameworks move the active option on their next render: wait for it, briefly.
    await waitForElement(() => active() !== now, { signal, timeoutMs: 150 });
  }
  return false;
}
