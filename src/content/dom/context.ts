// A content script's lifetime, after WXT's ContentScriptContext: one AbortController whose
// signal removes every listener and observer the script added. It ends when the extension is
// reloaded or updated under the page ("Extension context invalidated": runtime.id disappears),
// or when a newer copy of the same script starts in this page. Checked on every event we
// handle, so an idle script needs no timer to notice.

const STARTED = 'scim-assistant:started';

interface RuntimeLike {
  runtime?: { id?: string };
}

export function isExtensionAlive(): boolean {
  const g = globalThis as unknown as { chrome?: RuntimeLike; browser?: RuntimeLike };
  try {
    return Boolean(g.chrome?.runtime?.id ?? g.browser?.runtime?.id);
  } catch {
    return false; // Firefox throws on a dead wrapper's property access
  }
}

export function isInvalidationError(message: string): boolean {
  return /context invalidated|extension context|receiving end does not exist/i.test(message);
}

export class ScriptContext {
  readonly #controller = new AbortController();
  readonly #id = Math.random().toString(36).slice(2);
  readonly #startedAt = performance.now();

  constructor(readonly name: string) {
    // A newer copy of this script announces itself; the older one steps aside. Messages are
    // delivered later, so an older copy's announcement may arrive after a newer copy started:
    // only a copy that started later (or one too old to say when) counts as newer.
    this.listen(window, 'message', (event: MessageEvent) => {
      const data = event.data as { type?: string; name?: string; id?: string; at?: unknown } | null;
      if (data?.type !== STARTED || data.name !== name || data.id === this.#id) return;
      const at = typeof data.at === 'number' ? data.at : Infinity;
      if (at > this.#startedAt || (at === this.#startedAt && String(data.id) > this.#id)) this.abort();
    });
    window.postMessage({ type: STARTED, name, id: this.#id, at: this.#startedAt }, '*');
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** False once aborted; aborts (cleaning up) when the extension is gone. */
  get isValid(): boolean {
    if (this.signal.aborted) return false;
    if (!isExtensionAlive()) this.abort();
    return !this.signal.aborted;
  }

  abort(): void {
    if (!this.signal.aborted) this.#controller.abort();
  }

  onInvalidated(callback: () => void): void {
    if (this.signal.aborted) callback();
    else this.signal.addEventListener('abort', callback, { once: true });
  }

  listen<E extends Event>(target: EventTarget, type: string, handler: (event: E) => void, options: AddEventListenerOptions = {}): void {
    target.addEventListener(type, handler as EventListener, { ...options, signal: this.signal });
  }

  /** A child scope (e.g. "while the page is served") that also ends with the script. */
  scope(): AbortController {
    const child = new AbortController();
    this.onInvalidated(() => child.abort());
    return child;
  }
}
