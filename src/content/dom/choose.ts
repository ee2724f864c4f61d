// Choosing an option in whatever the page uses: a native <select>, a radio group, or a custom
// dropdown (a button that opens a listbox, often portalled elsewhere in the document). A
// different choice already made is reported as "kept", as for text fields.
import type { ChoiceControl } from './find';
import { clickLikeUser, enterValue, pressKey, type FillResult } from './fill';
import { radioLabel } from './find';
import { normalizeLabel } from './text';
import { isVisible, whyNotEditable } from './visibility';
import { waitForElement } from './wait';

/** What an unchosen control shows: "Select…", "Choose an option", "--", nothing. */
const PLACEHOLDER = /^(select|choose|pick|please)\b|^-+|^none$|^$/;

export async function choose(control: ChoiceControl, want: RegExp, signal: AbortSignal): Promise<FillResult> {
  if (control.kind === 'select') return chooseInSelect(control.el, want);
  if (control.kind === 'radio') return chooseRadio(control.el, control.group);
  return chooseInDropdown(control.el, want, signal);
}

function chooseInSelect(select: HTMLSelectElement, want: RegExp): FillResult {
  const blocked = whyNotEditable(select);
  if (blocked) return { outcome: 'unavailable', reason: blocked };
  const options = Array.from(select.options);
  const target = options.find((o) => want.test(normalizeLabel(o.text)));
  if (!target) return { outcome: 'unavailable', reason: 'no-option' };
  if (target.selected) return { outcome: 'already-set' };
  const current = select.selectedOptions[0];
  if (current && current.value !== '' && !current.disabled && !PLACEHOLDER.test(normalizeLabel(current.text))) {
    return { outcome: 'kept', reason: 'other-value', current: current.text.trim() };
  }
  enterValue(select, target.value);
  return target.selected ? { outcome: 'filled' } : { outcome: 'unavailable', reason: 'rejected' };
}

function chooseRadio(target: HTMLInputElement, group: HTMLInputElement[]): FillResult {
  if (target.checked) return { outcome: 'already-set' };
  const other = group.find((r) => r.checked);
  if (other) return { outcome: 'kept', reason: 'other-value', current: radioLabel(other) };
  const blocked = whyNotEditable(target);
  if (blocked) return { outcome: 'unavailable', reason: blocked };
  clickLikeUser(target);
  return target.checked ? { outcome: 'filled' } : { outcome: 'unavailable', reason: 'rejected' };
}

function shownValue(el: HTMLElement): string {
  return normalizeLabel(el instanceof HTMLInputElement ? el.value : (el.textContent ?? ''));
}

function listboxOf(el: HTMLElement): HTMLElement | null {
  const doc = el.ownerDocument;
  for (const attr of ['aria-controls', 'aria-owns']) {
    for (const id of (el.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean)) {
      const target = doc.getElementById(id);
      const box = target?.matches('[role="listbox"]') ? target : target?.querySelector<HTMLElement>('[role="listbox"]');
      if (box && isVisible(box)) return box;
    }
  }
  const open = Array.from(doc.querySelectorAll<HTMLElement>('[role="listbox"]')).filter(isVisible);
  return open[open.length - 1] ?? null;
}

async function chooseInDropdown(el: HTMLElement, want: RegExp, signal: AbortSignal): Promise<FillResult> {
  const blocked = whyNotEditable(el);
  if (blocked) return { outcome: 'unavailable', reason: blocked };
  const shown = shownValue(el);
  if (want.test(shown)) return { outcome: 'already-set' };
  const hadListbox = listboxOf(el);
  if (!hadListbox) clickLikeUser(el);
  let listbox = await waitForElement(() => listboxOf(el), { signal, timeoutMs: 800 });
  if (!listbox) {
    // Some dropdowns open from the keyboard only when the pointer sequence is not theirs.
    pressKey(el, 'ArrowDown');
    listbox = await waitForElement(() => listboxOf(el), { signal, timeoutMs: 800 });
  }
  if (!listbox) return { outcome: 'unavailable', reason: 'no-listbox' };
  const options = Array.from(listbox.querySelectorAll<HTMLElement>('[role="option"]'));
  const target = options.find((o) => want.test(normalizeLabel(o.textContent ?? '')));
  if (!target) {
    pressKey(el, 'Escape');
    return { outcome: 'unavailable', reason: 'no-option' };
  }
  // Another option already chosen: say so rather than change the admin's choice.
  const chosen = options.find((o) => o !== target && normalizeLabel(o.textContent ?? '') !== '' && shown.includes(normalizeLabel(o.textContent ?? '')));
  if (chosen && !PLACEHOLDER.test(shown)) {
    pressKey(el, 'Escape');
    return { outcome: 'kept', reason: 'other-value', current: (chosen.textContent ?? '').trim() };
  }
  clickLikeUser(target);
  const accepted = await waitForElement(() => want.test(shownValue(el)) || target.getAttribute('aria-selected') === 'true', {
    signal,
    timeoutMs: 800,
  });
  return accepted ? { outcome: 'filled' } : { outcome: 'unavailable', reason: 'rejected' };
}
