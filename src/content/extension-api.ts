// The extension API, as the content scripts reach it, resolved so that no page element can
// stand in for it. In Chrome's isolated world neither `chrome` nor `browser` is an own
// property of the global until first read, so a page's <form id="browser">, <img name=
// "browser"> or <embed name="chrome"> answers those names (named access on Window): with both
// names taken, a script whose world is first created at document_idle finds only page elements
// (verified in Chromium; tests/e2e/security-page.test.ts fails when the early script runs at
// document_idle). So the early script (content/early/index.ts) runs at document_start, before
// the page has any element: the world is created with the API in place, and it keeps the
// API's objects on the isolated world's own global, where the page cannot reach; their runtime
// is read from them when first needed, and the later scripts take it from there too. Only an
// object that is not a DOM node and whose runtime.sendMessage is a function is ever used.

export interface Runtime {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
}

const isApi = (value: unknown): value is { runtime: Runtime } => {
  if (typeof value !== 'object' || value === null || value instanceof Node || value instanceof HTMLCollection)
    return false;
  const runtime = (value as { runtime?: unknown }).runtime;
  return (
    typeof runtime === 'object' &&
    runtime !== null &&
    !(runtime instanceof Node) &&
    typeof (runtime as Runtime).sendMessage === 'function'
  );
};

/** The runtime of `chrome` or `browser`, whichever is the real API; null outside an extension. */
export function resolveRuntime(scope: object = globalThis): Runtime | null {
  for (const name of ['chrome', 'browser']) {
    let candidate: unknown;
    try {
      candidate = (scope as Record<string, unknown>)[name];
    } catch {
      continue; // a dead wrapper (Firefox, after the extension went away)
    }
    if (isApi(candidate)) return candidate.runtime;
  }
  return null;
}

/** Where the early script keeps the API it took: the isolated world's global, never the page's. */
const KEPT = Symbol.for('scim-setup-assistant/api');

type Scope = Record<symbol, Record<string, unknown> | undefined>;

/**
 * At document_start (content/early/index.ts): takes `chrome` and `browser` as they are while
 * nothing can stand in for them. Their `runtime` is read and checked (resolveRuntime) only when
 * first needed, from these very objects: reading it builds the runtime's bindings (about 10 KB
 * of heap in Chromium 156, measured by the bench), which a page we do not serve never needs.
 */
export function keepRuntime(scope: object = globalThis): void {
  const kept: Record<string, unknown> = {};
  for (const name of ['chrome', 'browser']) {
    try {
      const value = (scope as Record<string, unknown>)[name];
      if (typeof value === 'object' && value !== null) kept[name] = value;
    } catch {
      // a dead wrapper (Firefox), as in resolveRuntime
    }
  }
  if (Object.keys(kept).length > 0) (scope as Scope)[KEPT] = kept;
}

/** The runtime of the API the early script kept (never what the names say now), or, without one
 *  (e.g. in unit tests), resolved now. */
export function extensionRuntime(scope: object = globalThis): Runtime | null {
  return resolveRuntime((scope as Scope)[KEPT] ?? scope);
}

/** Whether the early script kept an API (without building its runtime's bindings). */
export function keptApi(scope: object = globalThis): boolean {
  return (scope as Scope)[KEPT] !== undefined;
}
