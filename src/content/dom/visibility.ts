// Whether a person could see and use an element. Layout-free on purpose (works in happy-dom
// and is cheap): the hidden attribute, display/visibility, type="hidden", inert subtrees.
import { parentAcrossShadow } from './deep';

export function isVisible(el: Element): boolean {
  if (!el.isConnected) return false;
  if (el instanceof HTMLInputElement && el.type === 'hidden') return false;
  const view = el.ownerDocument.defaultView;
  for (let node: Element | null = el; node; node = parentAcrossShadow(node)) {
    if ((node as HTMLElement).hidden) return false;
    if (node.hasAttribute('inert')) return false;
    if (node.tagName === 'TEMPLATE') return false;
    const style = view?.getComputedStyle(node);
    if (style && (style.display === 'none' || (node === el && style.visibility === 'hidden'))) return false;
  }
  return true;
}

/** Hidden from assistive technology by an ancestor: a decoy or a closed overlay, not a field. */
function ariaHidden(el: Element): boolean {
  for (let node: Element | null = el; node; node = parentAcrossShadow(node))
    if (node.getAttribute('aria-hidden') === 'true') return true;
  return false;
}

/** Why a control cannot be changed by a person right now, or null when it can. */
export function whyNotEditable(el: Element): 'hidden' | 'disabled' | 'readonly' | null {
  if (!isVisible(el)) return 'hidden';
  if ((el as HTMLInputElement).disabled || el.closest('fieldset[disabled], [aria-disabled="true"]')) return 'disabled';
  if ((el as HTMLInputElement).readOnly || el.getAttribute('aria-readonly') === 'true') return 'readonly';
  // Checked last: libraries hide their own native inputs this way behind a visible control.
  if (ariaHidden(el)) return 'hidden';
  return null;
}
