// The small control both content scripts inject: a host element with a shadow root, so the
// page's styles do not reach in and ours do not leak out. It holds at most one button, a
// status line (role="status") and a warning (role="alert") with one action. Buttons act only
// on trusted clicks (a real user's click, or Enter/Space on the focused button).

import { inDocument, parentAcrossShadow } from './dom/deep';
import { markOurs } from './dom/ours';

export interface PanelAction {
  label: string;
  onClick(): void;
}

export interface Panel {
  readonly host: HTMLElement;
  /** Lines of the status message (role="status"); an empty list clears it. */
  setStatus(lines: readonly string[], tone?: 'info' | 'error'): void;
  /** The extension's own diagnosis (role="status", data-diagnosis), or null to remove it. */
  setDiagnosis(
    d: { code: string; title: string; lines: readonly string[]; link: { label: string; href: string } } | null,
  ): void;
  /** Secondary buttons under the status ("Pick Token Key"...); an empty list removes them. */
  setActions(actions: readonly PanelAction[]): void;
  /** Shows (or, with null, removes) the warning. Showing it again re-announces it. */
  setAlert(alert: { text: string; action?: PanelAction } | null): void;
  setBusy(busy: boolean): void;
  /** Turns the main button off for good, saying why. */
  disable(reason: string): void;
  remove(): void;
}

// Written compact: it ships inside the content script, which is held to 12 KB gzip. The
// host itself is reset by pin(), so the box carries the font, color and margin.
const STYLE =
  '.box{margin:8px 0;font:14px/1.4 system-ui,sans-serif;color:#1d2330;border:1px solid #8a94a6;border-radius:6px;padding:8px 12px;background:#f6f8fb}' +
  '.title{font-weight:600;margin:0 0 6px}' +
  'button{font:inherit;padding:4px 12px;border-radius:4px;border:1px solid #2b5fd9;background:#2b5fd9;color:#fff;cursor:pointer}' +
  'button:focus-visible{outline:3px solid #f2b705;outline-offset:2px}' +
  'button:disabled{opacity:.6;cursor:default}' +
  'p{margin:4px 0}' +
  '.error{color:#a11919}' +
  '[role=alert]{border-left:4px solid #c62828;background:#fdecea;padding:6px 10px;margin-top:6px}' +
  ':empty{display:none}' +
  '[role=alert] button{background:#c62828;border-color:#c62828}' +
  '.actions{display:flex;flex-wrap:wrap;gap:6px;margin-top:6px}' +
  '.actions button{background:#fff;color:#1b4fc4}' +
  '.diagnosis{border-left:4px solid #1b4fc4;background:#fff;padding:6px 10px;margin-top:6px}' +
  'a{color:#1b4fc4}';

function paragraphs(doc: Document, lines: readonly string[]): HTMLParagraphElement[] {
  return lines.map((line) => {
    const p = doc.createElement('p');
    p.textContent = line;
    return p;
  });
}

// The host's own styles, pinned: the page's CSS could otherwise make the panel transparent,
// tiny or moved under something it wants clicked (click-jacking our buttons). `all` resets
// every property the page could set (opacity, transform, filter, position, zoom...), and an
// inline !important declaration beats any stylesheet's.
function pin(host: HTMLElement): void {
  host.style.setProperty('all', 'initial', 'important');
  host.style.setProperty('display', 'block', 'important');
}

/** How opaque the element really is: its opacity times its ancestors'. */
function shownOpacity(el: Element): number {
  let opacity = 1;
  for (let node: Element | null = el; node; node = parentAcrossShadow(node))
    opacity *= Number(getComputedStyle(node).opacity || 1);
  return opacity;
}

/**
 * A real click on a button the admin could see: trusted, the panel visible and mostly opaque,
 * and, for a pointer click, the button itself the topmost thing under the pointer (nothing of
 * the page laid over it, no page element the click was meant for under a see-through panel).
 */
function meant(event: MouseEvent, button: HTMLButtonElement): boolean {
  if (!event.isTrusted) return false;
  const host = inDocument(button) as HTMLElement;
  if (host.checkVisibility && !host.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
  if (shownOpacity(host) < 0.5) return false;
  // A keyboard activation has no pointer position (detail 0).
  if (event.detail === 0) return true;
  const hit = (button.getRootNode() as ShadowRoot).elementFromPoint?.(event.clientX, event.clientY);
  return hit === null || hit === undefined ? false : button.contains(hit);
}

function trustedButton(doc: Document, action: PanelAction): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = action.label;
  button.addEventListener('click', (event) => {
    if (meant(event, button)) action.onClick();
  });
  return button;
}

export function createPanel(doc: Document, options: { title: string; action?: PanelAction }): Panel {
  const host = markOurs(doc.createElement('div'));
  pin(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const box = doc.createElement('div');
  box.className = 'box';
  const title = doc.createElement('p');
  title.className = 'title';
  title.textContent = options.title;
  box.append(title);
  const main = options.action ? trustedButton(doc, options.action) : null;
  if (main) box.append(main);
  const status = doc.createElement('div');
  status.setAttribute('role', 'status');
  const actions = doc.createElement('div');
  actions.className = 'actions';
  const diagnosis = doc.createElement('div');
  diagnosis.className = 'diagnosis';
  diagnosis.setAttribute('role', 'status');
  let alert = doc.createElement('div');
  alert.setAttribute('role', 'alert');
  box.append(status, actions, alert, diagnosis);
  shadow.append(style, box);
  let dead = false;

  return {
    host,
    setStatus(lines, tone = 'info') {
      status.className = tone === 'error' ? 'error' : '';
      status.replaceChildren(...paragraphs(doc, lines));
    },
    setDiagnosis(d) {
      diagnosis.replaceChildren();
      diagnosis.removeAttribute('data-diagnosis');
      if (!d) return;
      diagnosis.setAttribute('data-diagnosis', d.code);
      const title = doc.createElement('strong');
      title.textContent = d.title;
      const link = doc.createElement('a');
      link.href = d.link.href;
      link.target = '_blank';
      link.rel = 'noreferrer';
      link.textContent = d.link.label;
      diagnosis.append(title, ...paragraphs(doc, d.lines), link);
    },
    setActions(list) {
      actions.replaceChildren(...list.map((action) => trustedButton(doc, action)));
    },
    setAlert(next) {
      // A fresh node each time, so assistive technology announces a repeated warning again.
      const fresh = doc.createElement('div');
      fresh.setAttribute('role', 'alert');
      if (next) {
        fresh.append(...paragraphs(doc, [next.text]));
        if (next.action) fresh.append(trustedButton(doc, next.action));
      }
      alert.replaceWith(fresh);
      alert = fresh;
    },
    setBusy(busy) {
      if (main) main.disabled = busy || dead;
      box.setAttribute('aria-busy', String(busy));
    },
    disable(reason) {
      dead = true;
      if (main) main.disabled = true;
      status.className = 'error';
      status.replaceChildren(...paragraphs(doc, [reason]));
    },
    remove() {
      host.remove();
    },
  };
}
