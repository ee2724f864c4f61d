// The page as a person sees it includes what web components render in their (open) shadow
// roots: a Shoelace or Lit input keeps its <input> and <label> there. These helpers cross
// those boundaries. A deep query walks every element once: fine after a click, not per frame.

/** The parent, or the shadow host when `el` is at the top of a shadow root. */
export function parentAcrossShadow(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Whether `el` is `ancestor` or inside it, shadow roots included. */
export function containsDeep(ancestor: Element, el: Element): boolean {
  for (let node: Element | null = el; node; node = parentAcrossShadow(node)) if (node === ancestor) return true;
  return false;
}

/** Every element matching `selector` in `root` and in each open shadow root below it, in tree order. */
export function deepQueryAll<T extends Element = Element>(root: ParentNode, selector: string): T[] {
  const found: T[] = [];
  const visit = (scope: ParentNode): void => {
    for (const el of Array.from(scope.querySelectorAll('*'))) {
      if (el.matches(selector)) found.push(el as T);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  return found;
}

/** An element by id, looked up in `el`'s own tree first (a shadow root), then the document. */
export function byIdNear(el: Element, id: string): Element | null {
  const root = el.getRootNode() as Document | ShadowRoot;
  return root.getElementById?.(id) ?? el.ownerDocument.getElementById(id);
}

/** The element itself, or the outermost shadow host (in the document's own tree) it is inside:
 *  where our own UI may go, never into a web component's shadow root. */
export function inDocument(el: Element): Element {
  let node = el;
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = node.getRootNode()) node = root.host;
  return node;
}
