// What Okta's "Test Connector Configuration" dialog says: "Connector configured successfully"
// with a tick or a cross per capability, or Okta's error words ("Error authenticating: null.
// The connector configuration could not be tested…"). Read once the dialog shows either, for a
// bounded time after the admin's click (dom/wait: one observer for the duration, no timer loop).
import { findHeading } from '../dom/find';
import { labelledByText } from '../dom/labels';
import { isOurs } from '../dom/ours';
import { matchIndex, normalizeLabel } from '../dom/text';
import { isVisible } from '../dom/visibility';
import { waitForElement } from '../dom/wait';
import { CAPABILITIES, CONFIGURED, CROSS, DIALOG, DIALOG_TITLE, HEADINGS, NOT_CONFIGURED } from './selectors';

/** Okta's servers call the SCIM API before the dialog answers: allow them time. */
export const DIALOG_MS = 20_000;
/** Longest text kept of what Okta said (okta/outcome takes 300). */
const TEXT_MAX = 300;

export interface DialogOutcome {
  result: 'success' | 'failure';
  /** Okta's words, verbatim. */
  text: string;
  /** Capabilities Trelica needs that Okta shows with a cross. */
  crosses: string[];
}

const textOf = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The visible dialog titled "Test Connector Configuration", or null. */
export function findTestDialog(doc: Document): HTMLElement | null {
  return (
    Array.from(doc.querySelectorAll<HTMLElement>(DIALOG)).find(
      (dialog) =>
        !isOurs(dialog) &&
        (matchIndex(labelledByText(dialog), DIALOG_TITLE) >= 0 ||
          findHeading(dialog, HEADINGS, DIALOG_TITLE) !== null) &&
        isVisible(dialog),
    ) ?? null
  );
}

/** The capabilities Trelica needs ticked that the dialog shows with a cross. */
function crossed(dialog: Element): string[] {
  const rows = Array.from(dialog.querySelectorAll('li, tr, [role="row"], [role="listitem"], p, div'));
  return CAPABILITIES.filter((name) => {
    const wanted = normalizeLabel(name);
    // The row: the innermost element whose text starts with the capability's name.
    const row = rows.filter((el) => normalizeLabel(textOf(el)).startsWith(wanted) && textOf(el).length <= 80).pop();
    const cell = row?.closest('li, tr, [role="row"], [role="listitem"]') ?? row;
    // Its markup: icon classes, aria-label and title words, glyphs.
    return cell ? CROSS.test(cell.outerHTML) : false;
  });
}

/** What the dialog says now, or null while it is still testing (or not there). */
export function readDialog(doc: Document): DialogOutcome | null {
  const dialog = findTestDialog(doc);
  if (!dialog) return null;
  const all = textOf(dialog);
  if (CONFIGURED.test(all)) {
    return { result: 'success', text: 'Connector configured successfully', crosses: crossed(dialog) };
  }
  // The error itself: the shortest visible element of the dialog saying so.
  const failing = Array.from(dialog.querySelectorAll('[role="alert"], p, li, div, span'))
    .filter((el) => NOT_CONFIGURED.test(textOf(el)) && isVisible(el))
    .sort((a, b) => textOf(a).length - textOf(b).length)[0];
  return failing ? { result: 'failure', text: textOf(failing).slice(0, TEXT_MAX), crosses: [] } : null;
}

/** The dialog's answer once it shows one, or null after DIALOG_MS or when `signal` ends. */
export function watchDialog(signal: AbortSignal): Promise<DialogOutcome | null> {
  return waitForElement(() => readDialog(document), { signal, timeoutMs: DIALOG_MS });
}
