// A content script's lifetime, after WXT's ContentScriptContext: one AbortController whose
// signal removes every listener and observer the script added. It ends when the extension is
// reloaded or updated under the page ("Extension context invalidated": runtime.id disappears),
// or when a newer copy of the same script starts. Checked on every event we handle, so an idle
// script needs no timer to notice.
//
// Nothing of this is visible to the page: copies meet in a registry on the content script's
// own global (Chrome's isolated world, Firefox's sandbox), never through window messages,
// which any page script could send to switch the extension off.
import { extensionRuntime, type Runtime } from '../extension-api';

const REGISTRY = Symbol.for('scim-setup-assistant/running');

type Registry = Map<string, () => void>;

function registry(): Registry {
  const g = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (g[REGISTRY] ??= new Map());
}

export function isInvalidationError(message: string): boolean {
  return /context invalidated|extension context|receiving end does not exist/i.test(message);
}

export class ScriptContext {
  readonly #controller = new AbortController();
  readonly #runtime: Runtime | null = extensionRuntime();

  constructor(readonly name: string) {
    // An older copy in this global (the extension was reloaded under the page) steps aside.
    const running = registry();
    running.get(name)?.();
    const stepAside = () => this.abort();
    running.set(name, stepAside);
    this.onInvalidated(() => running.get(name) === stepAside && running.delete(name));
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** Whether the extension is still there (runtime.id disappears when it is reloaded). */
  get extensionAlive(): boolean {
    try {
      return Boolean(this.#runtime?.id);
    } catch {
      return false; // Firefox throws on a dead wrapper's property access
    }
  }

  /** False once aborted; aborts (cleaning up) when the extension is gone. */
  get isValid(): boolean {
    if (this.signal.aborted) return false;
    if (!this.extensionAlive) this.abort();
    return !this.signal.aborted;
  }

  abort(): void {
    if (!this.signal.aborted) this.#controller.abort();
  }

  onInvalidated(callback: () => void): void {
    if (this.signal.aborted) callback();
    else this.signal.addEventListener('abort', callback, { once: true });
  }

  listen<E extends Event>(
    target: EventTarget,
    type: string,
    handler: (event: E) => void,
    options: AddEventListenerOptions = {},
  ): void {
    target.addEventListener(type, handler as EventListener, { ...options, signal: this.signal });
  }

  /** A child scope (e.g. "while the page is served") that also ends with the script. */
  scope(): AbortController {
    const child = new AbortController();
    this.onInvalidated(() => child.abort());
    return child;
  }
}
