// Whether a person could see and use an element. Layout-free on purpose (works in happy-dom
// and is cheap): the hidden attribute, display/visibility, type="hidden", inert subtrees.

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

function parentAcrossShadow(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Why a control cannot be changed by a person right now, or null when it can. */
export function whyNotEditable(el: Element): 'hidden' | 'disabled' | 'readonly' | null {
  if (!isVisible(el)) return 'hidden';
  if ((el as HTMLInputElement).disabled || el.closest('fieldset[disabled]') || el.getAttribute('aria-disabled') === 'true') {
    return 'disabled';
  }
  if ((el as HTMLInputElement).readOnly || el.getAttribute('aria-readonly') === 'true') return 'readonly';
  return null;
}
