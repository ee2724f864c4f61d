// What an Entra blade's frame shows, decided by what a person sees: the provisioning form in
// either UI (its fields by their words), which app it is (the old gallery one cannot provision),
// and the provisioning status. The frame is the blade: the form is searched in the whole
// document, a field a person can type into preferred (dom/find.ts), so a read-only "Tenant URL"
// of another app or a hidden copy of a field never stands in for the form's.
import type { EntraAppKind, EntraStatus, EntraUi } from '../../core/idp/entra/facts';
import {
  findButton,
  findChoice,
  findHeading,
  findTextField,
  findToggle,
  isToggleOn,
  radioLabel,
  type ChoiceControl,
} from '../dom/find';
import { normalizeLabel, shortOwnText } from '../dom/text';
import { isVisible, whyNotEditable } from '../dom/visibility';
import {
  AUTH_METHOD,
  BASE_URL,
  CLASSIC_WORDS,
  GALLERY_WORDS,
  HEADINGS,
  MANUAL_ONLY,
  MODE,
  NEW_WORDS,
  ON,
  START_PROVISIONING,
  STATUS,
  STOP_PROVISIONING,
  TOKEN,
} from './selectors';

export interface Form {
  ui: EntraUi | null;
  /** Where the panel goes: before this element. */
  anchor: Element;
}

/** A control a person can see (a library's readonly text box drawing a dropdown counts). */
function shown<T extends Element>(el: T | null | undefined): T | null {
  return el && isVisible(el) ? el : null;
}

const choice = (doc: Document, spec: typeof MODE): ChoiceControl | null => {
  const found = findChoice(doc.body, spec);
  return found && shown(found.el) ? found : null;
};

/** What a choice control shows as chosen, normalized ("" when nothing). */
export function chosen(control: ChoiceControl): string {
  if (control.kind === 'select') return normalizeLabel(control.el.selectedOptions[0]?.text ?? '');
  if (control.kind === 'radio') {
    const on = control.group.find((r) => r.checked);
    return on ? normalizeLabel(radioLabel(on)) : '';
  }
  const el = control.el;
  return normalizeLabel(el instanceof HTMLInputElement ? el.value : (el.textContent ?? ''));
}

/** The provisioning form in a frame, or null. */
export function findForm(doc: Document): Form | null {
  const body = doc.body;
  const mode = choice(doc, MODE);
  const method = choice(doc, AUTH_METHOD);
  const field = shown(findTextField(body, BASE_URL)) ?? shown(findTextField(body, TOKEN));
  const first = mode?.el ?? method?.el ?? (field && !whyNotEditable(field) ? field : null);
  if (!first) return null;
  const heading = (words: readonly RegExp[]) => findHeading(doc, HEADINGS, words);
  const ui: EntraUi | null = method || heading(NEW_WORDS) ? 'new' : mode || heading(CLASSIC_WORDS) ? 'classic' : null;
  // Before the form's box, or before the first control's own wrapper (its label and box).
  const anchor = first.closest('form, section, fieldset') ?? first.parentElement?.parentElement ?? first;
  return { ui, anchor: anchor === body ? (body.firstElementChild ?? body) : anchor };
}

/**
 * The gallery app, where the page says so (L: entra.md names the fact, not the page's words):
 * Entra's sentence for a gallery app without automatic provisioning, or a Provisioning Mode
 * that offers only "Manual". "non-gallery" when the form can be set to provision.
 */
export function appKind(doc: Document, form: Form | null): EntraAppKind | null {
  const says = Array.from(doc.body.querySelectorAll('p, span, div')).some((el) => {
    const text = shortOwnText(el, 300);
    return text !== null && GALLERY_WORDS.test(text) && isVisible(el);
  });
  if (says) return 'gallery';
  const mode = choice(doc, MODE);
  if (mode?.kind === 'select') {
    const options = Array.from(mode.el.options).filter((o) => o.value !== '');
    if (options.length > 0 && options.every((o) => MANUAL_ONLY.test(normalizeLabel(o.text)))) return 'gallery';
  } else if (mode && whyNotEditable(mode.el) === 'disabled' && MANUAL_ONLY.test(chosen(mode))) return 'gallery';
  const credentials = findTextField(doc.body, BASE_URL);
  return form && (form.ui === 'new' || (credentials && !whyNotEditable(credentials))) ? 'non-gallery' : null;
}

/** "Provisioning Status" On/Off (classic), or the Start/Stop provisioning button shown (newer). */
export function provisioningStatus(doc: Document): EntraStatus | null {
  const body = doc.body;
  const toggle = shown(findToggle(body, STATUS));
  if (toggle) return isToggleOn(toggle) ? 'on' : 'off';
  // An On/Off choice group (Fluent's ChoiceGroup, or a select).
  const picked = findChoice(body, { ...STATUS, want: ON });
  if (picked && shown(picked.el)) return ON.test(chosen(picked)) ? 'on' : 'off';
  if (findButton(body, STOP_PROVISIONING)) return 'on';
  if (findButton(body, START_PROVISIONING)) return 'off';
  return null;
}
